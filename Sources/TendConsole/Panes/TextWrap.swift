import TendCore
import TendTerminal

/// Wraps text to a width in cells: Latin text breaks at spaces where it can, CJK text anywhere
/// between characters (as Chinese typesetting does), never inside a grapheme.
enum TextWrap {
    /// Punctuation that may not begin a line (避头点).
    static let noLineStart: Set<Character> = ["，", "。", "、", "！", "？", "；", "：", "”", "’", "）", "》", "」", "』", "…", ",", ".", "!", "?", ";", ":", ")"]

    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in SafeText.block(text).split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            var lastSpace: String.Index?
            for character in paragraph {
                let cells = DisplayWidth.of(character)
                if used + cells > width {
                    // Break at the last space only when what follows it is a short word; in
                    // Chinese text a distant space would leave a ragged, half-empty line.
                    if let space = lastSpace, character != " ", DisplayWidth.of(String(line[space...])) <= max(4, width / 3) {
                        result.append(String(line[..<space]))
                        line = String(line[line.index(after: space)...])
                        used = DisplayWidth.of(line)
                    } else if TextWrap.noLineStart.contains(character), line.count > 1 {
                        // Chinese typesetting never starts a line with closing punctuation:
                        // the last character moves down with it.
                        let last = line.removeLast()
                        result.append(line)
                        line = String(last)
                        used = DisplayWidth.of(last)
                    } else {
                        result.append(line)
                        line = ""
                        used = 0
                    }
                    lastSpace = nil
                    if character == " " && line.isEmpty { continue }
                }
                if character == " " { lastSpace = line.endIndex }
                line.append(character)
                used += cells
            }
            result.append(line)
        }
        return result
    }
}
