import Foundation

/// One thing the coach found in a piece of text.
public struct CoachFinding: Sendable, Hashable {
    /// The words as they appear in the text.
    public let found: String
    public let rule: PhraseRule
}

/// Reads what a handler is about to write and flags phrasing the material teaches to avoid,
/// with a better phrasing. Both languages' rules apply to any text: a reply may mix them.
public struct Coach: Sendable {
    private let rules: [(rule: PhraseRule, patterns: [NSRegularExpression])]

    public init(_ library: ScriptLibrary) {
        rules = library.phrases.map { rule in
            (rule, rule.matches.compactMap { phrase in
                let escaped = NSRegularExpression.escapedPattern(for: phrase)
                // Whole words in English, so "no" does not fire inside "know" or "not". In Chinese,
                // not right after 不: "不是您的问题" takes the blame off the customer, the opposite of
                // "是您的问题".
                let pattern = rule.lang == .en ? "(?<![A-Za-z'’])" + escaped + "(?![A-Za-z])" : "(?<!不)" + escaped
                return try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            })
        }
    }

    /// Findings in the order they occur in the text; one per place.
    public func check(_ text: String) -> [CoachFinding] {
        let whole = NSRange(text.startIndex..., in: text)
        var hits: [(location: Int, length: Int, finding: CoachFinding)] = []
        for (rule, patterns) in rules {
            for pattern in patterns {
                for match in pattern.matches(in: text, range: whole) {
                    guard let range = Range(match.range, in: text) else { continue }
                    hits.append((match.range.location, match.range.length, CoachFinding(found: String(text[range]), rule: rule)))
                }
            }
        }
        // Where phrases overlap ("不归我们管" and "不归"), the longest one speaks.
        hits.sort { ($0.location, -$0.length) < ($1.location, -$1.length) }
        var out: [CoachFinding] = []
        var coveredUntil = -1
        for hit in hits where hit.location >= coveredUntil {
            out.append(hit.finding)
            coveredUntil = hit.location + hit.length
        }
        return out
    }
}
