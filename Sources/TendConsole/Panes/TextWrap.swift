import TendCore
import TendTerminal

/// Wraps text to a width in cells: Latin text breaks at spaces where it can, CJK text anywhere
/// between characters (as Chinese typesetting does), never inside a grapheme.
enum TextWrap {
    /// Punctuation that may not begin a line (避头点).
    static let noLineStart: Set<Character> = ["，", "。", "、", "！", "？", "；", "：", "”", "’", "）", "》", "」", "』", "…", ",", ".", "!", "?", ";", ":", ")"]

    /// The most lines one text wraps into, then "…". A pane shows a few dozen; a megabyte pasted
    /// into one field would otherwise be escaped and wrapped again on every frame.
    static let maxLines = 500

    static func lines(_ text: String, width: Int, ellipsis: String = "…") -> [String] {
        guard width > 0 else { return [] }
        // Every character takes a cell or more: no more than this can fill `maxLines` lines.
        let end = text.index(text.startIndex, offsetBy: width * maxLines, limitedBy: text.endIndex) ?? text.endIndex
        var result: [String] = []
        for paragraph in SafeText.block(String(text[..<end])).split(separator: "\n", omittingEmptySubsequences: false) {
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
                        // the last character moves down with it, and the one before that when
                        // the last is closing punctuation too (。 then ”).
                        var carried = String(line.removeLast())
                        while let first = carried.first, TextWrap.noLineStart.contains(first), line.count > 1 {
                            carried.insert(line.removeLast(), at: carried.startIndex)
                        }
                        result.append(line)
                        line = carried
                        used = DisplayWidth.of(carried)
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
        guard end < text.endIndex || result.count > maxLines else { return result }
        return result.prefix(maxLines) + [ellipsis]
    }
}
