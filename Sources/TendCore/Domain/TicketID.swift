/// A short, human ticket identifier: `T-1042`.
public struct TicketID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let number: Int32

    public init(_ number: Int32) { self.number = number }

    /// Accepts "T-1042", "t-1042", "T1042" or "1042".
    public init?(parsing text: String) {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.first == "T" || body.first == "t" { body = body.dropFirst() }
        if body.first == "-" { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int32(body), value > 0
        else { return nil }
        number = value
    }

    public var description: String { "T-\(number)" }

    public static func < (lhs: TicketID, rhs: TicketID) -> Bool { lhs.number < rhs.number }
}
