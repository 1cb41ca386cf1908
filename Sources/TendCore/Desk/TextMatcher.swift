/// A substring search over UTF-8 bytes that folds ASCII letters, used to search a million tickets
/// in well under a frame: no String bridging, no allocation per ticket.
public struct TextMatcher: Sendable {
    private let needle: [UInt8]

    public init?(_ text: String) {
        let folded = Array(text.utf8).map(TextMatcher.fold)
        guard !folded.isEmpty else { return nil }
        needle = folded
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }

    public func matches(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ contains($0) }) { return found }
        return contains(Array(text.utf8))
    }

    private func contains(_ hay: [UInt8]) -> Bool { hay.withUnsafeBufferPointer { contains($0) } }

    private func contains(_ hay: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count
        guard hay.count >= n else { return false }
        return needle.withUnsafeBufferPointer { pattern -> Bool in
            let first = pattern[0]
            var i = 0
            let last = hay.count - n
            while i <= last {
                if TextMatcher.fold(hay[i]) == first {
                    var j = 1
                    while j < n && TextMatcher.fold(hay[i + j]) == pattern[j] { j += 1 }
                    if j == n { return true }
                }
                i += 1
            }
            return false
        }
    }

    public func matches(_ ticket: Ticket) -> Bool {
        matches(ticket.intake.customer.name) || matches(ticket.intake.pet.name) || matches(ticket.intake.description)
            || matches(ticket.intake.branch) || matches(ticket.id.description)
    }
}
