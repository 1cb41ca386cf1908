import Foundation

/// What kind of phrasing the coach flags.
public enum PhraseCategory: String, Vocabulary {
    public static let ordered = allCases
    case refusal, blame, deflection, absolute, jargon, dismissive

    public var english: String { rawValue }

    public var chinese: String {
        switch self {
        case .refusal: "拒绝"
        case .blame: "指责"
        case .deflection: "推诿"
        case .absolute: "绝对化"
        case .jargon: "术语"
        case .dismissive: "轻视"
        }
    }
}

/// Phrasing the training material teaches to avoid, with a better way to say it. A rule is
/// written in one language (its `better` and `why` are in it) and is applied to any text, since
/// a reply may mix languages.
public struct PhraseRule: Sendable, Hashable {
    public let lang: Language
    public let category: PhraseCategory
    /// Phrases that trigger it, in the syntax of `PhrasePattern`: Latin letters as whole words,
    /// ignoring case; Chinese anywhere; "…" for a few words left out; {A} for words repeated.
    public let matches: [String]
    /// Longer phrases that make a match harmless: a match overlapping one of them is not
    /// reported. Polite forms that contain the words of a refusal (行不行, "I can't wait") and
    /// honest sentences that contain the words of a denial ("it wasn't your fault").
    public let unless: [String]
    public let better: String
    public let why: String
    public let origin: String

    public init(lang: Language, category: PhraseCategory, matches: [String], unless: [String] = [], better: String, why: String,
                origin: String = "") {
        self.lang = lang
        self.category = category
        self.matches = matches
        self.unless = unless
        self.better = better
        self.why = why
        self.origin = origin
    }
}
