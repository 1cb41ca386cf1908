import Foundation
import TOMLKit

/// Words in a complaint that point to a grade, a cause, harm to the pet or the customer's anger:
/// one `[[sign]]` of `triage/triage.toml` (or a desk's own `triage.toml`). A sign says only what
/// its words point to; `Triage` weighs all the signs found together.
public struct TriageSign: Sendable, Hashable {
    public let lang: Language
    /// Chinese words match anywhere; English ones (and any word of Latin letters) as whole words,
    /// ignoring case.
    public let words: [String]
    public let grade: Grade?
    public let cause: Cause?
    public let harm: Harm?
    public let anger: Anger?
    /// Whether a negation just before the words turns the sign off ("没流血", "not hurt").
    public let negatable: Bool
    /// Words that contain another sign's words but mean something else ("吵死了", "blood test"):
    /// being longer they are found first, so the other sign's words inside them do not count,
    /// and they point to nothing themselves.
    public let ignore: Bool
    /// A name the words note for other signs to need ("waiting"), pointing to nothing themselves.
    public let tag: String?
    /// Names that must also be signed by other words for this sign to count: a tag in the same
    /// sentence ("三个小时" is a long delay only beside words of waiting), or a value such as `ill`
    /// or `price` anywhere in the complaint ("其他几家" is an outbreak only beside an illness).
    public let needs: [String]
    /// Where it was read from, for error messages.
    public let origin: String

    public init(lang: Language, words: [String], grade: Grade? = nil, cause: Cause? = nil, harm: Harm? = nil, anger: Anger? = nil,
                negatable: Bool = true, ignore: Bool = false, tag: String? = nil, needs: [String] = [], origin: String = "") {
        self.lang = lang
        self.words = words
        self.grade = grade
        self.cause = cause
        self.harm = harm
        self.anger = anger
        self.negatable = negatable
        self.ignore = ignore
        self.tag = tag
        self.needs = needs
        self.origin = origin
    }

    /// The names this sign puts forward for other signs' `needs`: its tag and its values.
    var names: [String] {
        [tag, grade?.rawValue, cause?.rawValue, harm?.rawValue, anger?.rawValue].compactMap { $0 }
    }
}

/// The signs, read from TOML files: Tend's own, then a desk's.
public enum TriageRulesFile {
    public static let name = "triage.toml"

    /// Tend's shipped signs, then those of the desk's own `triage.toml` when it has one. A file
    /// with any error is refused whole, naming file:line.
    public static func load(storeDirectory: String?) throws -> [TriageSign] {
        guard let shipped = ShippedData.directory("triage", containing: name) else {
            throw LibraryError(path: "triage/", line: 0, reason: "the triage rules were not found (looked in \(ShippedData.candidates("triage").joined(separator: ", ")))")
        }
        var signs = try read(try TOMLDocument.load(path: (shipped as NSString).appendingPathComponent(name), what: "triage rules", followingLinks: true))
        if let storeDirectory {
            let own = (storeDirectory as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: own) {
                signs += try read(try TOMLDocument.load(path: own, what: "triage rules", followingLinks: false), after: signs)
            }
        }
        return signs
    }

    public static func parse(_ source: String, path: String) throws -> [TriageSign] {
        try read(try TOMLDocument(source: source, path: path))
    }

    /// The signs of one file; `earlier` are those already read, whose tags it may need.
    private static func read(_ document: TOMLDocument, after earlier: [TriageSign] = []) throws -> [TriageSign] {
        let root = document.root
        try root.onlyKeys(["sign"]) { "unknown setting \"\($0)\"; a triage file holds [[sign]] tables" }
        guard let entries = root["sign"]?.array else { return [] }
        var signs: [TriageSign] = []
        var needing: [(needs: [String], entry: TOMLSection)] = []
        for index in 0..<entries.count {
            let entry = try root.entry("sign", index, entries[index], else: "each [[sign]] must be a table")
            let allowed = ["lang", "words", "grade", "cause", "harm", "anger", "negatable", "ignore", "tag", "needs"]
            try entry.onlyKeys(allowed) { "unknown setting \"\($0)\"; expected one of: \(allowed.joined(separator: ", "))" }
            guard let code = entry["lang"]?.string, let lang = Language(rawValue: code) else {
                throw entry.fail("lang", "lang must be \"en\" or \"zh\"")
            }
            guard let words = strings(entry["words"]), !words.isEmpty else {
                throw entry.fail("words", "words must be a list of one or more phrases")
            }
            func word<V: Vocabulary>(_ key: String, _ type: V.Type) throws -> V? {
                guard let value = entry[key] else { return nil }
                guard let text = value.string, let parsed = V.parse(text) else {
                    throw entry.fail(key, "\(key) must be one of: \(V.ordered.map(\.rawValue).joined(separator: ", "))")
                }
                return parsed
            }
            let tag = try entry.string("tag", else: "tag must be a name")
            if let tag, tag.trimmingCharacters(in: .whitespaces).isEmpty || values.contains(tag) {
                throw entry.fail("tag", "tag must be a name of its own, not blank and not a grade, cause, harm or anger")
            }
            var needs: [String] = []
            if let value = entry["needs"] {
                guard let list = strings(value), !list.isEmpty else { throw entry.fail("needs", "needs must be a list of one or more names") }
                needs = list
            }
            let sign = TriageSign(lang: lang, words: words, grade: try word("grade", Grade.self), cause: try word("cause", Cause.self),
                                  harm: try word("harm", Harm.self), anger: try word("anger", Anger.self),
                                  negatable: try entry.bool("negatable", else: "negatable must be true or false") ?? true,
                                  ignore: try entry.bool("ignore", else: "ignore must be true or false") ?? false,
                                  tag: tag, needs: needs, origin: "\(document.path):\(entry.fail(nil, "").line)")
            let pointsTo = sign.grade != nil || sign.cause != nil || sign.harm != nil || sign.anger != nil
            if sign.ignore {
                guard !pointsTo && tag == nil && needs.isEmpty else {
                    throw entry.fail("ignore", "a sign to ignore points to nothing: no grade, cause, harm, anger, tag or needs")
                }
            } else if let tag {
                guard !pointsTo && needs.isEmpty else { throw entry.fail("tag", "a tag (\(tag)) only notes its words: no grade, cause, harm, anger or needs beside it") }
            } else if !pointsTo {
                throw entry.fail("words", "a sign must point to a grade, a cause, harm or anger (or be a tag, or ignore = true)")
            }
            if !needs.isEmpty { needing.append((needs, entry)) }
            signs.append(sign)
        }
        // What may be needed: any value, and the tags of this file and of those read before it.
        let known = values.union((earlier + signs).compactMap(\.tag))
        for (needs, entry) in needing {
            if let unknown = needs.first(where: { !known.contains($0) }) {
                throw entry.fail("needs", "needs names a tag no sign has, or a value that does not exist: \"\(unknown)\"")
            }
        }
        return signs
    }

    /// Every grade, cause, harm and anger, by identifier.
    private static let values = Set(Grade.ordered.map(\.rawValue) + Cause.ordered.map(\.rawValue) + Harm.ordered.map(\.rawValue)
                                    + Anger.ordered.map(\.rawValue))

    /// A list of non-blank strings, or nil.
    private static func strings(_ value: TOMLValueConvertible?) -> [String]? {
        guard let list = value?.array else { return nil }
        let strings = (0..<list.count).compactMap { list[$0].string }
        guard strings.count == list.count, strings.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return nil }
        return strings
    }
}
