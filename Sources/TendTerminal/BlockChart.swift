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

    /// One character a value, from the lowest value shown (the lowest level) to the highest (the
    /// highest), as sparklines are drawn: a week at 94% beside weeks at 98% shows, where a line
    /// from zero would be flat. A value missing (a week with nothing to judge) is a space; values
    /// all alike sit in the middle.
    public static func sparkline(_ values: [Double?], ascii: Bool) -> String {
        let marks = ascii ? asciiLevels : levels
        let known = values.compactMap { $0 }.filter(\.isFinite)
        let lowest = known.min() ?? 0, highest = known.max() ?? 0
        return String(values.map { value -> Character in
            guard let value, value.isFinite else { return " " }
            guard highest > lowest else { return marks[marks.count / 2] }
            let level = Int(((value - lowest) / (highest - lowest) * Double(marks.count - 1)).rounded())
            return marks[min(marks.count - 1, max(0, level))]
        })
    }
}
