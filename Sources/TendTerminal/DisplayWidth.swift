import CNcursesw

/// How many terminal cells text takes: the model ncursesw itself uses (libc `wcwidth` per scalar),
/// applied per grapheme so that a cluster never splits. Needs `TerminalLocale.setUp()` first.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first, scalar.isASCII {
            return scalar.value >= 0x20 && scalar.value < 0x7F ? 1 : 0
        }
        // A ZWJ emoji sequence is drawn as one 2-cell glyph but wcwidth would count each part.
        if scalars.contains(where: { $0.value == 0x200D }) { return 2 }
        var width = 0
        for scalar in scalars {
            let cells = Int(wcwidth(wchar_t(bitPattern: scalar.value)))
            width += max(0, cells)
        }
        return width
    }

    public static func of(_ text: String) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Cuts `text` to at most `width` cells on a grapheme boundary, ending with `ellipsis` when cut.
    /// Never leaves half a wide glyph: the freed cell is padded with a space by `fit`.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        guard of(text) > width else { return text }
        let room = width - of(ellipsis)
        guard room >= 0 else { return String(repeating: ".", count: width) }
        var out = ""
        var used = 0
        for character in text {
            let cells = of(character)
            if used + cells > room { break }
            out.append(character)
            used += cells
        }
        return out + ellipsis
    }

    /// Exactly `width` cells: truncated with an ellipsis or padded with spaces.
    public static func fit(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }
}
