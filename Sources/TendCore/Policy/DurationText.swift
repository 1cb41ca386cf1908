import Foundation

/// Durations as people write them: "30m", "4h", "2d", "1h30m", "90s".
public enum DurationText {
    public static func parse(_ text: String) -> TimeInterval? {
        let body = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !body.isEmpty else { return nil }
        var total: TimeInterval = 0
        var digits = ""
        var sawUnit = false
        for character in body {
            if character.isASCII && character.isNumber {
                digits.append(character)
                continue
            }
            guard let value = Double(digits), !digits.isEmpty else { return nil }
            switch character {
            case "s": total += value
            case "m": total += value * 60
            case "h": total += value * 3600
            case "d": total += value * 86400
            case "w": total += value * 604_800
            default: return nil
            }
            digits = ""
            sawUnit = true
        }
        guard digits.isEmpty, sawUnit else { return nil }
        return total
    }

    /// The shortest honest rendering: "45m", "3h", "1d2h", "-20m".
    public static func format(_ interval: TimeInterval) -> String {
        let sign = interval < 0 ? "-" : ""
        var minutes = Int((abs(interval) / 60).rounded(.down))
        let days = minutes / 1440
        minutes -= days * 1440
        let hours = minutes / 60
        minutes -= hours * 60
        if days > 0 { return "\(sign)\(days)d" + (hours > 0 ? "\(hours)h" : "") }
        if hours > 0 { return "\(sign)\(hours)h" + (minutes > 0 ? "\(minutes)m" : "") }
        return "\(sign)\(minutes)m"
    }
}
