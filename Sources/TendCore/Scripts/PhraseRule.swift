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

/// Phrasing the training material teaches to avoid, with a better way to say it. Rules are
/// written in one language and apply to text in it.
public struct PhraseRule: Sendable, Hashable {
    public let lang: Language
    public let category: PhraseCategory
    /// Phrases that trigger it: in English matched as whole words, ignoring case; in Chinese
    /// matched anywhere.
    public let matches: [String]
    public let better: String
    public let why: String
    public let origin: String

    public init(lang: Language, category: PhraseCategory, matches: [String], better: String, why: String, origin: String = "") {
        self.lang = lang
        self.category = category
        self.matches = matches
        self.better = better
        self.why = why
        self.origin = origin
    }
}
