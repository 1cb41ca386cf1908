import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the words of a complaint suggest, and which words led there. The handler decides: a
/// suggestion only fills the intake's choices, and both are kept on the timeline.
public struct TriageSuggestion: Sendable, Hashable {
    public var grade: Grade = .general
    public var cause: Cause?
    public var harm: Harm = .none
    public var anger: Anger = .calm
    /// For each suggested value, the words in the text that led to it, in the order found.
    public var reasons: [TriageReason] = []

    /// Which words led to which values, in the reader's language; empty when nothing was found.
    /// Values led to by the same words are named together: "critical · injured: 流血, 缝针".
    public func because(_ lang: Language) -> String {
        var groups: [(values: [String], words: [String])] = []
        for reason in reasons {
            if let index = groups.firstIndex(where: { $0.words == reason.words }) {
                groups[index].values.append(reason.value(lang))
            } else {
                groups.append(([reason.value(lang)], reason.words))
            }
        }
        return groups.map { "\($0.values.joined(separator: " · "))\(lang.pick(": ", "："))\($0.words.joined(separator: lang.pick(", ", "、")))" }
            .joined(separator: lang.pick("; ", "；"))
    }
}

/// One suggested value and the words behind it.
public struct TriageReason: Sendable, Hashable {
    public enum Field: String, Sendable, Hashable { case grade, cause, harm, anger }
    public let field: Field
    /// The identifier of the value suggested (`critical`, `health_safety`…).
    public let value: String
    public let words: [String]

    func value(_ lang: Language) -> String {
        switch field {
        case .grade: Grade.parse(value)?.name(lang) ?? value
        case .cause: Cause.parse(value)?.name(lang) ?? value
        case .harm: Harm.parse(value)?.name(lang) ?? value
        case .anger: Anger.parse(value)?.name(lang) ?? value
        }
    }
}

/// Suggests grade, cause, harm and anger from a complaint's own words, in either language or
/// both. Harm is the worst harm signed; the grade is the highest of the graded signs and of what
/// that harm makes it (ill: at least serious; injured, lost or died: critical); the cause is the
/// one most signed (the first found on a tie); anger, the highest signed. A sign whose words
/// follow a negation closely ("没流血", "wasn't hurt") does not count.
public struct Triage: Sendable {
    private let signs: [TriageSign]
    /// Each phrase once, lowercased, as UTF-8 bytes, with the signs it belongs to; longer phrases
    /// first, so "not hurt" is looked at before "hurt" at the same place.
    private let phrases: [(bytes: [UInt8], lang: Language, signs: [Int])]

    public init(_ signs: [TriageSign]) {
        self.signs = signs
        var index: [String: (Language, [Int])] = [:]
        var order: [String] = []
        for (number, sign) in signs.enumerated() {
            for word in sign.words {
                let key = word.lowercased()
                if index[key] == nil { order.append(key); index[key] = (sign.lang, []) }
                index[key]!.1.append(number)
            }
        }
        phrases = order.sorted { $0.utf8.count > $1.utf8.count }.map { (Array($0.utf8), index[$0]!.0, index[$0]!.1) }
    }

    /// Runs once per keystroke while a complaint is typed, so the search is over bytes (`memmem`),
    /// not characters: 500 characters against every phrase take a few milliseconds.
    public func suggest(_ text: String) -> TriageSuggestion {
        let bytes = Array(text.lowercased().utf8)
        var found: [(at: Int, phrase: String, signs: [Int])] = []
        var covered: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { haystack in
            for (phrase, lang, numbers) in phrases {
                var offset = 0
                while offset + phrase.count <= haystack.count {
                    guard let start = phrase.withUnsafeBufferPointer({ Self.find($0, in: haystack, from: offset) }) else { break }
                    let range = start..<(start + phrase.count)
                    offset = range.upperBound
                    if lang == .en && !Self.isWholeWord(range, in: haystack) { continue }
                    // Inside a longer phrase already found: that one speaks for these words.
                    if covered.contains(where: { $0.overlaps(range) }) { continue }
                    covered.append(range)
                    let live = numbers.filter { !signs[$0].negatable || !Self.isNegated(before: range.lowerBound, in: haystack, lang: lang) }
                    if !live.isEmpty { found.append((start, String(decoding: phrase, as: UTF8.self), live)) }
                }
            }
        }
        found.sort { $0.at < $1.at }
        return weigh(found.map { ($0.phrase, $0.signs) })
    }

    private func weigh(_ found: [(phrase: String, signs: [Int])]) -> TriageSuggestion {
        var suggestion = TriageSuggestion()
        var gradeWords: [Grade: [String]] = [:], harmWords: [Harm: [String]] = [:]
        var causeWords: [Cause: [String]] = [:], angerWords: [Anger: [String]] = [:]
        var causeOrder: [Cause] = []
        for (phrase, numbers) in found {
            for sign in numbers.map({ signs[$0] }) {
                if let grade = sign.grade { Self.note(phrase, grade, &gradeWords) }
                if let harm = sign.harm { Self.note(phrase, harm, &harmWords) }
                if let anger = sign.anger { Self.note(phrase, anger, &angerWords) }
                if let cause = sign.cause {
                    if causeWords[cause] == nil { causeOrder.append(cause) }
                    Self.note(phrase, cause, &causeWords)
                }
            }
        }
        suggestion.harm = harmWords.keys.max() ?? .none
        let signed = gradeWords.keys.max() ?? .general
        suggestion.grade = max(signed, suggestion.harm.minimumGrade)
        let mostSigned = causeWords.values.map(\.count).max()
        suggestion.cause = causeOrder.first { causeWords[$0]!.count == mostSigned }
        suggestion.anger = angerWords.keys.max() ?? .calm
        // The grade's words: its own signs, or else those of the harm that set it.
        let gradeReason = gradeWords[suggestion.grade] ?? (suggestion.harm.minimumGrade == suggestion.grade ? harmWords[suggestion.harm] : nil)
        if let words = gradeReason { suggestion.reasons.append(TriageReason(field: .grade, value: suggestion.grade.rawValue, words: words)) }
        if let words = harmWords[suggestion.harm] { suggestion.reasons.append(TriageReason(field: .harm, value: suggestion.harm.rawValue, words: words)) }
        if let cause = suggestion.cause, let words = causeWords[cause] {
            suggestion.reasons.append(TriageReason(field: .cause, value: cause.rawValue, words: words))
        }
        if let words = angerWords[suggestion.anger] { suggestion.reasons.append(TriageReason(field: .anger, value: suggestion.anger.rawValue, words: words)) }
        return suggestion
    }

    private static func note<K: Hashable>(_ phrase: String, _ key: K, _ words: inout [K: [String]]) {
        if !(words[key]?.contains(phrase) ?? false) { words[key, default: []].append(phrase) }
    }

    /// Where `needle` next occurs in `haystack` at or after `from`: `memchr` for its first byte,
    /// then `memcmp` for the rest.
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = needle.first, let base = haystack.baseAddress, let rest = needle.baseAddress else { return nil }
        var at = from
        while at + needle.count <= haystack.count {
            guard let hit = memchr(base + at, Int32(first), haystack.count - at - needle.count + 1) else { return nil }
            let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + start, rest, needle.count) == 0 { return start }
            at = start + 1
        }
        return nil
    }

    /// English words match whole: no letter (or apostrophe) just before or after them.
    private static func isWholeWord(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x27 }
        let first = text[range.lowerBound], last = text[range.upperBound - 1]
        if isLetter(first), range.lowerBound > 0, isLetter(text[range.lowerBound - 1]) { return false }
        if isLetter(last), range.upperBound < text.count, isLetter(text[range.upperBound]) { return false }
        return true
    }

    private static let chineseNegations = ["没有", "没", "未", "不是", "并非", "无", "不"]
    private static let englishNegations: Set<String> = ["no", "not", "never", "without", "wasn't", "isn't", "didn't", "don't",
                                                        "doesn't", "weren't", "aren't", "hasn't", "haven't", "nothing", "nobody"]

    /// Whether a negation stands just before the words: within the three characters before them
    /// in Chinese ("没有流血"; "没怎么流血" is not caught), within the two words before them in English.
    private static func isNegated(before start: Int, in text: UnsafeBufferPointer<UInt8>, lang: Language) -> Bool {
        // Enough bytes for three Chinese characters or two English words; a character cut at the
        // front decodes as a replacement, which no negation contains.
        let from = max(0, start - (lang == .zh ? 9 : 40))
        let before = String(decoding: UnsafeBufferPointer(rebasing: text[from..<start]), as: UTF8.self)
        if lang == .zh {
            let last = String(before.suffix(3))
            return chineseNegations.contains { last.hasSuffix($0) || (last.dropLast().hasSuffix($0) && last.count >= 2) }
        }
        let words = before.split { !$0.isLetter && $0 != "'" && $0 != "’" }.suffix(2)
        return words.contains { englishNegations.contains($0.replacingOccurrences(of: "’", with: "'")) || $0.hasSuffix("n't") }
    }
}
