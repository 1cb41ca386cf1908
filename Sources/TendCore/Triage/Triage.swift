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
/// both. Harm is the worst harm signed. The grade is the highest of the graded signs, except that
/// words saying the matter is small (signs of the grade general: "不着急", "no rush") take a grade
/// signed only as significant back to general; and never below what the harm makes it (ill: at
/// least serious; injured, lost or died: critical). The cause is the one most signed (the first
/// found on a tie). Anger is angry when heated words are signed (or a word is shouted in
/// capitals), else upset when upset words outnumber calm ones, else calm when calm words are
/// signed; with no such words, a complaint whose words name a fault reads as upset, and one that
/// names nothing as calm. A sign whose words follow a negation closely ("没流血", "wasn't hurt")
/// or a hedge ("差点跑丢", "nearly escaped") does not count; a sign that needs other names counts
/// only when they are signed too (a value anywhere, a tag in the same sentence); words to ignore
/// count for nothing.
public struct Triage: Sendable {
    private let signs: [TriageSign]
    /// Each phrase once, lowercased, as UTF-8 bytes, with the signs it belongs to; longer phrases
    /// first, so "not hurt" is looked at before "hurt" at the same place.
    private let phrases: [(bytes: [UInt8], text: String, lang: Language, signs: [Int])]
    /// The phrases by their first two bytes (a phrase of one byte: that byte and 0), in the order
    /// of `phrases`: those starting with the two bytes `key` are `starting[first[key]..<first[key + 1]]`.
    private let first: [Int32]
    private let starting: [Int32]
    private let anyOneByte: Bool
    /// The names the signs use as tags, which `needs` looks for in the same sentence.
    private let tags: Set<String>

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
        tags = Set(signs.compactMap(\.tag))
        phrases = order.sorted { $0.utf8.count > $1.utf8.count }.map { (Array($0.utf8), $0, index[$0]!.0, index[$0]!.1) }
        // A counting sort of the phrases by their first two bytes.
        func key(_ bytes: [UInt8]) -> Int { Int(bytes[0]) << 8 | (bytes.count > 1 ? Int(bytes[1]) : 0) }
        var first = [Int32](repeating: 0, count: 65537)
        for phrase in phrases { first[key(phrase.bytes) + 1] += 1 }
        for at in 1..<first.count { first[at] += first[at - 1] }
        var next = first
        var starting = [Int32](repeating: 0, count: phrases.count)
        for (number, phrase) in phrases.enumerated() {
            starting[Int(next[key(phrase.bytes)])] = Int32(number)
            next[key(phrase.bytes)] += 1
        }
        self.first = first
        self.starting = starting
        anyOneByte = phrases.contains { $0.bytes.count == 1 }
    }

    /// Runs once per keystroke while a complaint is typed, so the search is over bytes, in one
    /// pass over the text that looks only at the phrases starting with the two bytes at each place:
    /// 500 characters against every phrase take well under a millisecond.
    public func suggest(_ text: String) -> TriageSuggestion {
        var lowered = text.lowercased()
        if lowered.contains("\u{2019}") { lowered = lowered.replacingOccurrences(of: "\u{2019}", with: "'") }
        let bytes = Array(lowered.utf8)
        var found: [(at: Int, phrase: String, signs: [Int])] = []
        bytes.withUnsafeBufferPointer { haystack in
            guard let base = haystack.baseAddress else { return }
            // Every place each phrase occurs.
            var places: [(phrase: Int32, at: Int32)] = []
            func look(_ key: Int, at: Int) {
                for slot in Int(first[key])..<Int(first[key + 1]) {
                    let number = Int(starting[slot])
                    let count = phrases[number].bytes.count
                    if at + count <= haystack.count, phrases[number].bytes.withUnsafeBytes({ memcmp(base + at, $0.baseAddress!, count) }) == 0 {
                        places.append((Int32(number), Int32(at)))
                    }
                }
            }
            for at in 0..<haystack.count {
                if at + 1 < haystack.count { look(Int(haystack[at]) << 8 | Int(haystack[at + 1]), at: at) }
                if anyOneByte { look(Int(haystack[at]) << 8, at: at) }
            }
            // Phrase by phrase, longer first, each from the left, as if each were searched for in turn.
            places.sort { ($0.phrase, $0.at) < ($1.phrase, $1.at) }
            var taken: [Range<Int>] = []
            var ignored = [Bool](repeating: false, count: haystack.count)
            var current: Int32 = -1, offset = 0
            for place in places {
                if place.phrase != current { (current, offset) = (place.phrase, 0) }
                let (phrase, start) = (phrases[Int(place.phrase)], Int(place.at))
                if start < offset { continue }
                let range = start..<(start + phrase.bytes.count)
                offset = range.upperBound
                if !Self.isWholeWord(range, in: haystack) { continue }
                // Inside a longer phrase already found, that one speaks for these words (one that
                // only overlaps it speaks for itself); words to ignore hide whatever overlaps them.
                if taken.contains(where: { $0.lowerBound <= start && range.upperBound <= $0.upperBound }) || ignored[range].contains(true) { continue }
                taken.append(range)
                if phrase.signs.allSatisfy({ signs[$0].ignore }) { for at in range { ignored[at] = true } }
                let live = phrase.signs.filter { !signs[$0].negatable || !Self.isNegated(before: start, in: haystack, lang: phrase.lang) }
                if !live.isEmpty { found.append((start, phrase.text, live)) }
            }
        }
        found.sort { $0.at < $1.at }
        // Which sentence each phrase is in, for tags: one pass over the ends of sentences.
        let ends = Self.sentenceEnds(bytes)
        var sentence = 0
        var weighed: [(phrase: String, signs: [Int], sentence: Int)] = []
        for item in found {
            while sentence < ends.count && ends[sentence] < item.at { sentence += 1 }
            weighed.append((item.phrase, item.signs, sentence))
        }
        return weigh(weighed, shouted: Self.shouted(in: text))
    }

    /// Where sentences end: 。！？； and ! ? ; or a line break, and a full stop before a space or
    /// the end (not the one in "1.8m").
    private static func sentenceEnds(_ bytes: [UInt8]) -> [Int] {
        var ends: [Int] = []
        for at in bytes.indices {
            switch bytes[at] {
            case 0x21, 0x3F, 0x3B, 0x0A: ends.append(at)
            case 0x2E where at + 1 == bytes.count || bytes[at + 1] == 0x20 || bytes[at + 1] == 0x0A || bytes[at + 1] == 0x0D || bytes[at + 1] == 0x09:
                ends.append(at)
            // 。 is E3 80 82; ！ ？ ； are EF BC 81, EF BC 9F, EF BC 9B.
            case 0xE3 where at + 2 < bytes.count && bytes[at + 1] == 0x80 && bytes[at + 2] == 0x82: ends.append(at)
            case 0xEF where at + 2 < bytes.count && bytes[at + 1] == 0xBC && (bytes[at + 2] == 0x81 || bytes[at + 2] == 0x9F || bytes[at + 2] == 0x9B):
                ends.append(at)
            default: break
            }
        }
        return ends
    }

    private func weigh(_ found: [(phrase: String, signs: [Int], sentence: Int)], shouted: [String]) -> TriageSuggestion {
        // For the signs that need something: the values the others sign anywhere, and the words
        // of each tag by sentence.
        var present: Set<String> = [], tagWords: [TagInSentence: [String]] = [:]
        for (phrase, numbers, sentence) in found {
            for sign in numbers.map({ signs[$0] }) where !sign.ignore && sign.needs.isEmpty {
                if let tag = sign.tag { Self.note(phrase, TagInSentence(tag: tag, sentence: sentence), &tagWords) } else { present.formUnion(sign.names) }
            }
        }
        func met(_ need: String, in sentence: Int) -> Bool {
            tags.contains(need) ? tagWords[TagInSentence(tag: need, sentence: sentence)] != nil : present.contains(need)
        }
        var suggestion = TriageSuggestion()
        var gradeWords: [Grade: [String]] = [:], harmWords: [Harm: [String]] = [:]
        var causeWords: [Cause: [String]] = [:], angerWords: [Anger: [String]] = [:]
        var causeOrder: [Cause] = []
        for (phrase, numbers, sentence) in found {
            for sign in numbers.map({ signs[$0] }) where !sign.ignore && sign.needs.allSatisfy({ met($0, in: sentence) }) {
                // A sign that needed tags is shown with their words too: "significant: 等了, 三个小时".
                for word in sign.needs.flatMap({ tagWords[TagInSentence(tag: $0, sentence: sentence)] ?? [] }) + [phrase] {
                    if let grade = sign.grade { Self.note(word, grade, &gradeWords) }
                    if let harm = sign.harm { Self.note(word, harm, &harmWords) }
                    if let anger = sign.anger { Self.note(word, anger, &angerWords) }
                    if let cause = sign.cause {
                        if causeWords[cause] == nil { causeOrder.append(cause) }
                        Self.note(word, cause, &causeWords)
                    }
                }
            }
        }
        for word in shouted { Self.note(word, Anger.angry, &angerWords) }
        suggestion.harm = harmWords.keys.max() ?? .none
        var signed = gradeWords.keys.max() ?? .general
        if signed == .significant, gradeWords[.general] != nil { signed = .general }
        suggestion.grade = max(signed, suggestion.harm.minimumGrade)
        let mostSigned = causeWords.values.map(\.count).max()
        suggestion.cause = causeOrder.first { causeWords[$0]!.count == mostSigned }
        let (upset, calm) = (angerWords[.upset]?.count ?? 0, angerWords[.calm]?.count ?? 0)
        suggestion.anger = if angerWords[.angry] != nil { .angry } else if upset > calm { .upset } else if calm > 0 { .calm }
            else if !gradeWords.isEmpty || !harmWords.isEmpty || !causeWords.isEmpty { .upset } else { .calm }
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

    /// Words of four or more capital letters, one a vowel at least (not "CCTV", "WELCOME10"), as
    /// typed: "TWICE", "YOUR". A customer who writes in capitals is shouting.
    private static func shouted(in text: String) -> [String] {
        var shouted: [String] = []
        var word: [UInt8] = []
        func close() {
            let letters = word.filter { $0 != 0x27 }
            if letters.count >= 4, letters.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }), letters.contains(where: { "AEIOUY".utf8.contains($0) }) {
                let typed = String(decoding: word, as: UTF8.self)
                if !shouted.contains(typed) { shouted.append(typed) }
            }
            word = []
        }
        for byte in text.utf8 {
            if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x27 {
                word.append(byte)
            } else {
                close()
            }
        }
        close()
        return shouted
    }

    private struct TagInSentence: Hashable {
        let tag: String
        let sentence: Int
    }

    private static func note<K: Hashable>(_ phrase: String, _ key: K, _ words: inout [K: [String]]) {
        if !(words[key]?.contains(phrase) ?? false) { words[key, default: []].append(phrase) }
    }

    /// Words of Latin letters match whole: no letter just before or after them, nor an apostrophe
    /// joined to a letter ("dog's", "o'clock"); a quote mark is not part of a word ('certified').
    private static func isWholeWord(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) }
        func joins(_ at: Int, _ step: Int) -> Bool {
            guard at >= 0 && at < text.count else { return false }
            if isLetter(text[at]) { return true }
            let next = at + step
            return text[at] == 0x27 && next >= 0 && next < text.count && isLetter(text[next])
        }
        if isLetter(text[range.lowerBound]), joins(range.lowerBound - 1, -1) { return false }
        if isLetter(text[range.upperBound - 1]), joins(range.upperBound, 1) { return false }
        return true
    }

    private static let chineseNegations = ["没有", "没", "未", "不是", "并非", "无", "不", "没发现", "未发现", "没看到", "没见", "未见", "没什么"]
    /// Words after which what follows did not happen: "差点跑丢", "不然又给剃秃了".
    private static let chineseHedges = ["差点", "差一点", "险些", "不然", "要不是"]
    private static let englishNegations: Set<String> = ["no", "not", "never", "without", "wasn't", "isn't", "didn't", "don't",
                                                        "doesn't", "weren't", "aren't", "hasn't", "haven't", "nothing", "nobody", "none",
                                                        "wasnt", "isnt", "didnt", "dont", "doesnt", "werent", "arent", "hasnt", "havent",
                                                        "wont", "cant", "couldnt", "almost", "nearly"]

    /// Whether a negation stands just before the words: within the three characters before them
    /// in Chinese ("没有流血"; "没怎么流血" is not caught; "不停地流血" is no negation), or a hedge
    /// within six ("差点从门缝跑出去"); within the two words before them in English ("wasn't hurt",
    /// "nearly escaped", "no sign of"; "wouldn't stop bleeding" is no negation). Never across
    /// punctuation.
    private static func isNegated(before start: Int, in text: UnsafeBufferPointer<UInt8>, lang: Language) -> Bool {
        // Enough bytes for six Chinese characters or two English words; a character cut at the
        // front decodes as a replacement, which no negation contains.
        var from = max(0, start - (lang == .zh ? 18 : 40))
        // A negation does not reach across punctuation: "一点进步都没有，当初说好的" denies nothing promised.
        // , . ; : ! ? and ，；：！？ (EF BC 8C, 9B, 9A, 81, 9F), 。、 (E3 80 82, 81).
        for at in stride(from: start - 1, through: from, by: -1) {
            let byte = text[at]
            if byte == 0x2C || byte == 0x2E || byte == 0x3B || byte == 0x3A || byte == 0x21 || byte == 0x3F { from = at + 1; break }
            if at - 2 >= from, (text[at - 2] == 0xEF && text[at - 1] == 0xBC && [0x8C, 0x9B, 0x9A, 0x81, 0x9F].contains(byte))
                || (text[at - 2] == 0xE3 && text[at - 1] == 0x80 && (byte == 0x82 || byte == 0x81)) { from = at + 1; break }
        }
        let before = String(decoding: UnsafeBufferPointer(rebasing: text[from..<start]), as: UTF8.self)
        if lang == .zh {
            let near = String(before.suffix(6))
            if chineseHedges.contains(where: { near.contains($0) }) { return true }
            // "不停地流血", "不断呕吐": going on, not denied.
            var last = String(before.suffix(3))
            for goingOn in ["不停", "不断", "不止"] { last = last.replacingOccurrences(of: goingOn, with: "··") }
            return chineseNegations.contains { last.hasSuffix($0) || (last.dropLast().hasSuffix($0) && last.count >= 2) }
        }
        let all = before.split { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" }.map { $0.replacingOccurrences(of: "\u{2019}", with: "'") }
        let words = all.suffix(2)
        // "wouldn't stop bleeding": it went on.
        if let last = words.last, ["stop", "stops", "stopped", "stopping"].contains(last) { return false }
        // "no sign of injury", "without any evidence of infection".
        if all.count >= 3, ["no", "without", "any"].contains(all[all.count - 3]), ["sign", "signs", "evidence", "trace"].contains(all[all.count - 2]),
           all[all.count - 1] == "of" { return true }
        return words.contains { englishNegations.contains($0) || $0.hasSuffix("n't") }
    }
}
