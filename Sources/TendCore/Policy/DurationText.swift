import Foundation

/// Durations as people write them: "30m", "4h", "2d", "1h30m", "90s", or in Chinese "30分钟",
/// "4小时", "2天", "1小时30分".
public enum DurationText {
    /// The longest duration read: three years. Longer is no promise to a customer and no service
    /// level, and a bound here keeps every instant computed from a duration inside what the store
    /// can hold.
    public static let longest: TimeInterval = 1095 * 86400

    public static func parse(_ text: String) -> TimeInterval? {
        try? read(text, field: "")
    }

    /// The duration, or why `text` is not one Tend takes.
    public static func read(_ text: String, field: String) throws(InputRefusal) -> TimeInterval {
        // No duration takes more than a few dozen characters to write; a pasted page is not one.
        guard text.utf8.count <= 64 else { throw .notADuration(field: field, text: text) }
        let body = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !body.isEmpty else { throw .notADuration(field: field, text: text) }
        var total: TimeInterval = 0
        var digits = ""
        var sawUnit = false
        var rest = Substring(body)
        while let character = rest.first {
            if character.isASCII && character.isNumber {
                digits.append(character)
                rest = rest.dropFirst()
                continue
            }
            guard !digits.isEmpty, let value = Double(digits),
                  let (unit, length) = units.lazy.compactMap({ name, seconds in rest.hasPrefix(name) ? (seconds, name.count) : nil }).first
            else { throw .notADuration(field: field, text: text) }
            rest = rest.dropFirst(length)
            // Checked part by part, so no sum of huge parts is ever formed.
            total += value * unit
            guard total <= longest else { throw .durationTooLong(field: field, text: text) }
            digits = ""
            sawUnit = true
        }
        guard digits.isEmpty, sawUnit else { throw .notADuration(field: field, text: text) }
        return total
    }

    /// Unit names, longest first so that "小时" is not read as "小" and "分钟" wins over "分".
    private static let units: [(String, TimeInterval)] = [
        ("分钟", 60), ("小时", 3600), ("星期", 604_800),
        ("s", 1), ("m", 60), ("h", 3600), ("d", 86400), ("w", 604_800),
        ("秒", 1), ("分", 60), ("时", 3600), ("天", 86400), ("日", 86400), ("周", 604_800),
    ]

    /// The shortest honest rendering: "45m", "3h", "1d2h", "-20m"; in Chinese "45分", "3时",
    /// "1天2时". Total: an interval too large for whole minutes (it cannot come from a duration
    /// read here) is shown at the largest.
    public static func format(_ interval: TimeInterval, _ lang: Language = .en) -> String {
        let (day, hour, minute) = lang == .zh ? ("天", "时", "分") : ("d", "h", "m")
        guard !interval.isNaN else { return "0" + minute }
        let sign = interval < 0 ? "-" : ""
        let largest = Double(Int.max / 2)
        var minutes = Int(min((abs(interval) / 60).rounded(.down), largest))
        let days = minutes / 1440
        minutes -= days * 1440
        let hours = minutes / 60
        minutes -= hours * 60
        if days > 0 { return "\(sign)\(days)\(day)" + (hours > 0 ? "\(hours)\(hour)" : "") }
        if hours > 0 { return "\(sign)\(hours)\(hour)" + (minutes > 0 ? "\(minutes)\(minute)" : "") }
        return "\(sign)\(minutes)\(minute)"
    }
}
