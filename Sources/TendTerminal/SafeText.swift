/// Customer text is data, never terminal codes: every control character (C0, DEL, C1, and so the
/// start of every ESC/CSI/OSC sequence) is shown as a visible escape before it reaches a terminal.
public enum SafeText {
    /// One line: line breaks become "↵", tabs a space.
    public static func line(_ text: String) -> String { render(text, keepNewlines: false) }

    /// Several lines: line breaks kept, everything else made visible.
    public static func block(_ text: String) -> String { render(text, keepNewlines: true) }

    private static func render(_ text: String, keepNewlines: Bool) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out.append(contentsOf: (keepNewlines ? "\n" : "↵").unicodeScalars)
            case 0x09: out.append(" ")
            case 0x0D: if !keepNewlines { out.append(contentsOf: "↵".unicodeScalars) }
            case 0x1B: out.append(contentsOf: "\\e".unicodeScalars)
            case _ where needsEscape(scalar):
                out.append(contentsOf: "\\x\(String(scalar.value, radix: 16, uppercase: false).leftPadded(2))".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
