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
    /// A rule with its phrases compiled once: the console checks a form's text at every key.
    private struct CompiledRule: Sendable {
        let rule: PhraseRule
        let matches: NSRegularExpression?
        let unless: NSRegularExpression?
    }

    private let rules: [CompiledRule]

    public init(_ library: ScriptLibrary) {
        rules = library.phrases.map { CompiledRule(rule: $0, matches: PhrasePattern.compile($0.matches), unless: PhrasePattern.compile($0.unless)) }
    }

    /// Findings in the order they occur in the text; one per place.
    public func check(_ text: String) -> [CoachFinding] {
        let whole = NSRange(text.startIndex..., in: text)
        var hits: [(location: Int, length: Int, finding: CoachFinding)] = []
        for compiled in rules {
            guard let matches = compiled.matches?.matches(in: text, range: whole), !matches.isEmpty else { continue }
            let harmless = compiled.unless?.matches(in: text, range: whole).map(\.range) ?? []
            for match in matches {
                // "不行" inside "行不行", "I can't" inside "I can't wait": the longer phrase decides.
                let excused = harmless.contains { $0.location < match.range.upperBound && match.range.location < $0.upperBound }
                guard !excused, let range = Range(match.range, in: text) else { continue }
                hits.append((match.range.location, match.range.length, CoachFinding(found: String(text[range]), rule: compiled.rule)))
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
