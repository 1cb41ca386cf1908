/// Bars and weekly lines drawn with characters: Unicode blocks in eighths where the terminal can
/// draw them, plain ASCII where it cannot (`--ascii`, a locale that is not UTF-8).
public enum BlockChart {
    private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    private static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    private static let asciiLevels: [Character] = ["_", ".", "-", "~", "=", "+", "*", "#"]

    /// A bar `share` (0…1) of `width` cells long, in eighths of a cell. A share above nothing is
    /// never drawn as nothing: a small count still shows.
    public static func bar(_ share: Double, width: Int, ascii: Bool) -> String {
        guard width > 0, share.isFinite else { return "" }
        let clamped = min(1, max(0, share))
        if ascii {
            let cells = Int((clamped * Double(width)).rounded())
            return String(repeating: "#", count: clamped > 0 ? max(1, cells) : 0)
        }
        let eighthsLong = Int((clamped * Double(width * 8)).rounded())
        let shown = clamped > 0 ? max(1, eighthsLong) : 0
        var text = String(repeating: "█", count: shown / 8)
        if shown % 8 > 0 { text.append(eighths[shown % 8 - 1]) }
        return text
    }

    /// One character a value, scaled from the lowest level to the highest value (or `top`); a
    /// value missing (a week with nothing to judge) is a space.
    public static func sparkline(_ values: [Double?], top: Double? = nil, ascii: Bool) -> String {
        let marks = ascii ? asciiLevels : levels
        let highest = top ?? values.compactMap { $0 }.max() ?? 0
        return String(values.map { value -> Character in
            guard let value, value.isFinite else { return " " }
            guard highest > 0 else { return marks[0] }
            let level = Int((min(1, max(0, value / highest)) * Double(marks.count - 1)).rounded())
            return marks[level]
        })
    }
}
