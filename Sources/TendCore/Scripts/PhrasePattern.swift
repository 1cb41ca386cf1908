import Foundation

/// How the coach finds a rule's phrases in text (the syntax is explained to rule writers at the
/// top of scripts/coach.toml):
/// - Latin letters and digits match whole words, ignoring case, so "SLA" is not found in
///   "translate" nor "we can" in "we can't"; ' and ’ are the same letter, since phones and
///   keyboards type either.
/// - Chinese characters match anywhere: Chinese has no spaces to mark words.
/// - "…" stands for a few words left out of the same clause, so one phrase covers the ways a
///   sentence fills its middle ("不归…管": 不归我们管, 不归寄养部管).
/// - "{A}" stands for some words that come back the same ("{A}就是{A}": 规定就是规定,
///   不行就是不行), the tautology that closes a door without giving a reason.
enum PhrasePattern {
    /// One expression for a list of phrases. The longest phrase is tried first, so that where
    /// several start at the same place the longest is the one found.
    static func compile(_ phrases: [String]) -> NSRegularExpression? {
        guard !phrases.isEmpty else { return nil }
        let alternatives = phrases.sorted { $0.count > $1.count }.enumerated().map { index, phrase in
            "(?:" + pattern(phrase, name: "same\(index)") + ")"
        }
        return try? NSRegularExpression(pattern: alternatives.joined(separator: "|"), options: [.caseInsensitive])
    }

    /// Why a phrase cannot be used, or nil when it can; said at the rule's line when a library
    /// file is read, so a typo is found by the person who made it. A phrase that passes compiles:
    /// every character is escaped and only "…" and {A} become syntax, so nothing is compiled here
    /// (that would cost a third of reading the library).
    static func problem(_ phrase: String) -> String? {
        let pieces = phrase.components(separatedBy: gap)
        if pieces.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            return "\"\(phrase)\": \"…\" stands between words, not at either end nor twice in a row"
        }
        let withoutSame = phrase.replacingOccurrences(of: same, with: "")
        if withoutSame.contains("{") || withoutSame.contains("}") {
            return "\"\(phrase)\": the only {…} a phrase may hold is \(same), for the same words twice"
        }
        if phrase.components(separatedBy: same).count == 2 {
            return "\"\(phrase)\": \(same) stands for words that come back the same, so it appears at least twice"
        }
        return nil
    }

    static let gap = "…"
    static let same = "{A}"

    /// Characters that end a clause: a gap or a repeated word never reaches across them.
    private static let clauseEnds = ".!?;:,。！？；：，、"
    private static let inClause = "[^\\s\(clauseEnds)]"
    private static let englishGap = "\\s+(?:\(inClause)+\\s+){0,3}"
    private static let chineseGap = "\(inClause){0,8}?"
    private static let englishSame = "[A-Za-z'’]+(?:\\s+[A-Za-z'’]+){0,2}"
    private static let chineseSame = "\(inClause){1,4}?"

    static func pattern(_ phrase: String, name: String) -> String {
        let pieces = phrase.components(separatedBy: gap).map { $0.trimmingCharacters(in: .whitespaces) }
        let latin = phrase.replacingOccurrences(of: same, with: "").contains { $0.isASCII && $0.isLetter }
        var body = ""
        var sameDefined = false
        for (index, piece) in pieces.enumerated() {
            if index > 0 {
                let joinsWords = isWordCharacter(pieces[index - 1].last) && isWordCharacter(piece.first)
                body += joinsWords ? englishGap : chineseGap
            }
            body += literal(piece, sameWords: "(?<\(name)>\(latin ? englishSame : chineseSame))", again: "\\k<\(name)>", defined: &sameDefined)
        }
        // Whole words: no letter may run on at either end of a phrase that starts or ends with one.
        let startsWithWord = phrase.hasPrefix(same) ? latin : isWordCharacter(pieces.first?.first)
        let endsWithWord = phrase.hasSuffix(same) ? latin : isWordCharacter(pieces.last?.last)
        return (startsWithWord ? "(?<![A-Za-z0-9'’])" : "") + body + (endsWithWord ? "(?![A-Za-z0-9]|['’][A-Za-z])" : "")
    }

    /// One piece between gaps: its characters as themselves, apart from the apostrophe, spaces
    /// and {A} (defined by its first appearance in the phrase, referred back to after).
    private static func literal(_ piece: String, sameWords: String, again: String, defined: inout Bool) -> String {
        var out = ""
        for (index, part) in piece.components(separatedBy: same).enumerated() {
            if index > 0 {
                out += defined ? again : sameWords
                defined = true
            }
            for character in part {
                switch character {
                case "'", "’": out += "['’]"
                case " ": out += "\\s+"
                default: out += NSRegularExpression.escapedPattern(for: String(character))
                }
            }
        }
        return out
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character, character.isASCII else { return false }
        return character.isLetter || character.isNumber
    }
}
