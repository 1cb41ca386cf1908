/// Information minimisation (信息最小化): contacts shown in lists and redacted exports are masked.
public enum Masking {
    /// "13812345678" → "138****5678"; "li.ming@example.com" → "l***@example.com"; else keeps the ends.
    public static func contact(_ value: String) -> String {
        let characters = Array(value)
        if let at = characters.firstIndex(of: "@"), at > 0 {
            return String(characters[0]) + "***" + String(characters[at...])
        }
        let digits = characters.filter(\.isNumber).count
        if digits >= 7 && characters.count >= 7 {
            return String(characters.prefix(3)) + String(repeating: "*", count: characters.count - 7) + String(characters.suffix(4))
        }
        guard characters.count > 4 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(2)) + String(repeating: "*", count: characters.count - 4) + String(characters.suffix(2))
    }

    /// "王小明" → "王**"; "Alice Chen" → "A*********".
    public static func name(_ value: String) -> String {
        guard let first = value.first else { return "" }
        return String(first) + String(repeating: "*", count: max(0, value.count - 1))
    }
}
