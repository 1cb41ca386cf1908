import Foundation

/// Words in a complaint that point to a grade, a cause, harm to the pet or the customer's anger:
/// one `[[sign]]` of `triage/triage.toml` (or a desk's own `triage.toml`). A sign says only what
/// its words point to; `Triage` weighs all the signs found together.
public struct TriageSign: Sendable, Hashable {
    public let lang: Language
    /// Chinese words match anywhere; English ones as whole words, ignoring case.
    public let words: [String]
    public let grade: Grade?
    public let cause: Cause?
    public let harm: Harm?
    public let anger: Anger?
    /// Whether a negation just before the words turns the sign off ("没流血", "not hurt").
    public let negatable: Bool
    /// Where it was read from, for error messages.
    public let origin: String

    public init(lang: Language, words: [String], grade: Grade? = nil, cause: Cause? = nil, harm: Harm? = nil, anger: Anger? = nil,
                negatable: Bool = true, origin: String = "") {
        self.lang = lang
        self.words = words
        self.grade = grade
        self.cause = cause
        self.harm = harm
        self.anger = anger
        self.negatable = negatable
        self.origin = origin
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
                signs += try read(try TOMLDocument.load(path: own, what: "triage rules", followingLinks: false))
            }
        }
        return signs
    }

    public static func parse(_ source: String, path: String) throws -> [TriageSign] {
        try read(try TOMLDocument(source: source, path: path))
    }

    private static func read(_ document: TOMLDocument) throws -> [TriageSign] {
        let root = document.root
        try root.onlyKeys(["sign"]) { "unknown setting \"\($0)\"; a triage file holds [[sign]] tables" }
        guard let entries = root["sign"]?.array else { return [] }
        var signs: [TriageSign] = []
        for index in 0..<entries.count {
            let entry = try root.entry("sign", index, entries[index], else: "each [[sign]] must be a table")
            let allowed = ["lang", "words", "grade", "cause", "harm", "anger", "negatable"]
            try entry.onlyKeys(allowed) { "unknown setting \"\($0)\"; expected one of: \(allowed.joined(separator: ", "))" }
            guard let code = entry["lang"]?.string, let lang = Language(rawValue: code) else {
                throw entry.fail("lang", "lang must be \"en\" or \"zh\"")
            }
            guard let list = entry["words"]?.array, case let words = (0..<list.count).compactMap({ list[$0].string }),
                  words.count == list.count, !words.isEmpty, words.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
                throw entry.fail("words", "words must be a list of one or more phrases")
            }
            func word<V: Vocabulary>(_ key: String, _ type: V.Type) throws -> V? {
                guard let value = entry[key] else { return nil }
                guard let text = value.string, let parsed = V.parse(text) else {
                    throw entry.fail(key, "\(key) must be one of: \(V.ordered.map(\.rawValue).joined(separator: ", "))")
                }
                return parsed
            }
            let sign = TriageSign(lang: lang, words: words, grade: try word("grade", Grade.self), cause: try word("cause", Cause.self),
                                  harm: try word("harm", Harm.self), anger: try word("anger", Anger.self),
                                  negatable: try entry.bool("negatable", else: "negatable must be true or false") ?? true,
                                  origin: "\(document.path):\(entry.fail(nil, "").line)")
            guard sign.grade != nil || sign.cause != nil || sign.harm != nil || sign.anger != nil else {
                throw entry.fail("words", "a sign must point to a grade, a cause, harm or anger")
            }
            signs.append(sign)
        }
        return signs
    }
}
