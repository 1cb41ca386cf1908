import Foundation

/// An amount of money in integer minor units (fen, cents) with its ISO currency code. Never a float.
public struct Money: Sendable, Hashable, Comparable {
    public var minorUnits: Int64
    public var currency: String

    public init(minorUnits: Int64, currency: String) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// The largest amount read from outside, in minor units: 10,000,000.00. No complaint is settled
    /// for more, and sums of many such amounts stay far from overflowing.
    public static let largestMinorUnits: Int64 = 1_000_000_000

    public static func largest(currency: String) -> Money { Money(minorUnits: largestMinorUnits, currency: currency) }

    public static func parse(_ text: String, currency: String) -> Money? {
        try? read(text, currency: currency, field: "")
    }

    /// Reads "50", "50.5", "50.00", "¥1,280.00" or "CNY 12.30" into minor units (two decimals), up
    /// to `largest`. A currency written in the text must match `currency`.
    public static func read(_ text: String, currency: String, field: String) throws(InputRefusal) -> Money {
        // No amount takes more than a few dozen characters to write; a pasted page is not one.
        guard text.utf8.count <= 64 else { throw .notAnAmount(field: field, text: text) }
        var body = text.trimmingCharacters(in: .whitespaces).uppercased()
        for prefix in [currency.uppercased(), "¥", "￥", "$", "€", "£"] where body.hasPrefix(prefix) {
            body = String(body.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        body = body.replacingOccurrences(of: ",", with: "")
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .notAnAmount(field: field, text: text)
        }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int64(digits)
            else { throw .notAnAmount(field: field, text: text) }
            fraction = digits.count == 1 ? value * 10 : value
        }
        // Any run of digits is an amount; one too long for Int64 is simply too large.
        guard let whole = Int64(parts[0]), whole <= largestMinorUnits / 100, whole * 100 + fraction <= largestMinorUnits else {
            throw .amountTooLarge(field: field, text: text, largest: largest(currency: currency))
        }
        return Money(minorUnits: whole * 100 + fraction, currency: currency)
    }

    /// "¥128.50" for CNY, "USD 12.00" otherwise.
    public var formatted: String {
        let sign = minorUnits < 0 ? "-" : ""
        let magnitude = minorUnits.magnitude
        let whole = magnitude / 100, cents = magnitude % 100
        let number = "\(whole).\(cents < 10 ? "0" : "")\(cents)"
        switch currency {
        case "CNY": return "\(sign)¥\(number)"
        default: return "\(sign)\(currency) \(number)"
        }
    }

    /// The plain decimal, for exports: "128.50".
    public var decimal: String {
        let magnitude = minorUnits.magnitude
        let cents = magnitude % 100
        return "\(minorUnits < 0 ? "-" : "")\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }

    /// Minor units added up without trapping or wrapping: a total of amounts read from outside
    /// stops at the largest value instead.
    public static func saturatingSum(_ lhs: Int64, _ rhs: Int64) -> Int64 {
        let (sum, overflow) = lhs.addingReportingOverflow(rhs)
        return overflow ? (rhs > 0 ? .max : .min) : sum
    }
}
