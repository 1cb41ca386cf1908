import Foundation

/// Durations as people write them: "30m", "4h", "2d", "1h30m", "90s".
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
        for character in body {
            if character.isASCII && character.isNumber {
                digits.append(character)
                continue
            }
            guard !digits.isEmpty, let value = Double(digits) else { throw .notADuration(field: field, text: text) }
            let unit: TimeInterval
            switch character {
            case "s": unit = 1
            case "m": unit = 60
            case "h": unit = 3600
            case "d": unit = 86400
            case "w": unit = 604_800
            default: throw .notADuration(field: field, text: text)
            }
            // Checked part by part, so no sum of huge parts is ever formed.
            total += value * unit
            guard total <= longest else { throw .durationTooLong(field: field, text: text) }
            digits = ""
            sawUnit = true
        }
        guard digits.isEmpty, sawUnit else { throw .notADuration(field: field, text: text) }
        return total
    }

    /// The shortest honest rendering: "45m", "3h", "1d2h", "-20m". Total: an interval too large
    /// for whole minutes (it cannot come from a duration read here) is shown at the largest.
    public static func format(_ interval: TimeInterval) -> String {
        guard !interval.isNaN else { return "0m" }
        let sign = interval < 0 ? "-" : ""
        let largest = Double(Int.max / 2)
        var minutes = Int(min((abs(interval) / 60).rounded(.down), largest))
        let days = minutes / 1440
        minutes -= days * 1440
        let hours = minutes / 60
        minutes -= hours * 60
        if days > 0 { return "\(sign)\(days)d" + (hours > 0 ? "\(hours)h" : "") }
        if hours > 0 { return "\(sign)\(hours)h" + (minutes > 0 ? "\(minutes)m" : "") }
        return "\(sign)\(minutes)m"
    }
}
