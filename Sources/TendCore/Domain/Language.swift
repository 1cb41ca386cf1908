/// The two languages Tend speaks. Every user-facing word exists in both.
public enum Language: String, Sendable, CaseIterable {
    case en, zh

    /// Picks the language from a locale string such as `LANG=zh_CN.UTF-8`.
    public static func fromLocale(_ value: String?) -> Language {
        guard let value = value?.lowercased(), !value.isEmpty else { return .en }
        return value.hasPrefix("zh") ? .zh : .en
    }

    /// Picks a wording: `lang.pick("Queue", "队列")`.
    public func pick(_ english: String, _ chinese: String) -> String {
        self == .zh ? chinese : english
    }
}
