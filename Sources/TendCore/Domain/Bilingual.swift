/// Words in both languages; whoever shows them picks one.
public struct Bilingual: Sendable, Hashable {
    public let en: String
    public let zh: String

    public init(_ en: String, _ zh: String) {
        self.en = en
        self.zh = zh
    }

    public func text(_ lang: Language) -> String { lang.pick(en, zh) }
}
