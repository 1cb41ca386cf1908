import Foundation

/// An amount of money in integer minor units (fen, cents) with its ISO currency code. Never a float.
public struct Money: Sendable, Hashable, Comparable {
    public var minorUnits: Int64
    public var currency: String

    public init(minorUnits: Int64, currency: String) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Parses "50", "50.5", "50.00", "¥1,280.00" or "CNY 12.30" into minor units (two decimals).
    /// A currency written in the text must match `currency`.
    public static func parse(_ text: String, currency: String) -> Money? {
        var body = text.trimmingCharacters(in: .whitespaces).uppercased()
        for prefix in [currency.uppercased(), "¥", "￥", "$", "€", "£"] where body.hasPrefix(prefix) {
            body = String(body.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        body = body.replacingOccurrences(of: ",", with: "")
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int64(parts[0]), whole >= 0,
              parts[0].allSatisfy(\.isASCII) else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy(\.isNumber), let value = Int64(digits)
            else { return nil }
            fraction = digits.count == 1 ? value * 10 : value
        }
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        return Money(minorUnits: scaled + fraction, currency: currency)
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
}
