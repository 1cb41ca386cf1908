/// Customer text is data, never terminal codes: the one escaping path for everything Tend shows or
/// writes as text. Control characters (C0, DEL, C1, and so the start of every ESC/CSI/OSC
/// sequence), line and paragraph separators and bidi controls are shown as visible escapes
/// (`\e`, `\x07`, `\x9b`, `\u202e`) before they reach a terminal, a screen cell or a CSV cell.
/// JSON, which must give the text back exactly, escapes the same characters its own way.
public enum SafeText {
    /// One line (a table cell, a field, a screen row): line breaks become "↵", tabs a space.
    public static func line(_ text: String) -> String { render(text, .line) }

    /// Several lines (a description, a CSV cell): line breaks kept, tabs a space.
    public static func block(_ text: String) -> String { render(text, .block) }

    /// Whatever the command line writes to standard output or error: its own line breaks and
    /// tab stops kept, every other control made visible, nothing else changed.
    public static func output(_ text: String) -> String { render(text, .output) }

    /// A value quoted inside a message: one line, in quotes, cut to `limit` characters so that a
    /// megabyte-long value does not become a megabyte-long message.
    public static func quoted(_ text: String, limit: Int = 60) -> String {
        let cut = text.count > limit ? String(text.prefix(limit)) + "…" : text
        return "\"" + line(cut) + "\""
    }

    /// Characters that are never written raw, anywhere: C0 controls, DEL, C1 controls, the
    /// Unicode line and paragraph separators, and the bidi controls that reorder what follows
    /// them (U+202A–202E, U+2066–2069, U+200E/200F, U+061C).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    private enum Layout { case line, block, output }

    private static func render(_ text: String, _ layout: Layout) -> String {
        guard needsWork(text, layout) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let previous = index > 0 ? scalars[index - 1] : nil
            switch scalar.value {
            case 0x0A where layout == .line: out.append("↵")
            case 0x0A: out.append("\n")
            case 0x0D where index + 1 < scalars.count && scalars[index + 1] == "\n": break
            case 0x0D: out.append(layout == .line ? "↵" : "\n")
            case 0x09: out.append(layout == .output ? "\t" : " ")
            case 0x1B: out.append(contentsOf: "\\e".unicodeScalars)
            case _ where isControl(scalar): out.append(contentsOf: visible(scalar).unicodeScalars)
            case _ where layout != .output && startsACharacter(scalar, after: previous):
                // A lone combining mark would join the border or column before it: give it the
                // dotted circle Unicode uses to show a mark on its own.
                out.append("◌")
                out.append(scalar)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether anything needs changing: one quick pass, so clean text (nearly all of it) is
    /// returned as it is.
    private static func needsWork(_ text: String, _ layout: Layout) -> Bool {
        if layout == .output { return hasControlBytes(text) }
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if isControl(scalar) && !(layout == .block && scalar == "\n") { return true }
            if startsACharacter(scalar, after: previous) { return true }
            previous = scalar
        }
        return false
    }

    /// `isControl` (less the line feed and tab) read straight off the UTF-8 bytes: a whole export
    /// of many megabytes passes through here on its way to standard output.
    private static func hasControlBytes(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(hasControlBytes)
    }

    private static func hasControlBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0, beforeThat: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 && byte != 0x0A && byte != 0x09 || byte == 0x7F { return true }
            if byte >= 0x80 && byte <= 0xBF {
                if previous == 0xC2 && byte <= 0x9F { return true }                 // U+0080–009F
                if previous == 0xD8 && byte == 0x9C { return true }                 // U+061C
                if beforeThat == 0xE2 && previous == 0x80 && (byte == 0x8E || byte == 0x8F || (0xA8...0xAE).contains(byte)) {
                    return true                                                     // U+200E/F, U+2028–202E
                }
                if beforeThat == 0xE2 && previous == 0x81 && (0xA6...0xA9).contains(byte) { return true } // U+2066–2069
            }
            beforeThat = previous
            previous = byte
        }
        return false
    }

    /// A combining mark with nothing to combine with: at the start, or after a control or another
    /// format character, where every grapheme breaks.
    private static func startsACharacter(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> Bool {
        guard scalar.value >= 0x300, isMark(scalar) else { return false }
        guard let previous else { return true }
        if isControl(previous) { return true }
        return previous.properties.generalCategory == .format && previous.value != 0x200C && previous.value != 0x200D
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// `\x07` for C0 and C1 controls, `\u202e` for the rest, in lower case as the existing escapes.
    private static func visible(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return scalar.value <= 0xFF ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
            : "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
