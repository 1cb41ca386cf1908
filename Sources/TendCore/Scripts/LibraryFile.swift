import Foundation
import TOMLKit

/// Reads one library file: `[[script]]` entries and `[[phrase]]` coaching rules. Any error
/// rejects the whole file, naming file:line.
///
///     [[script]]
///     id = "received-listen"          # unique across every file
///     kind = "listen"                 # see ScriptKind
///     stages = ["received"]           # required
///     causes = [], grades = [], anger = [], modes = []   # optional; empty or absent = any
///     special_needs = true            # optional: only for (true) or never for (false) special-needs
///                                     #   customers; or a list of needs it is for: ["hearing"]
///     not_for_needs = ["hearing"]     # optional: never for a customer with one of these needs
///     harms = ["lost"]                # optional: only for these harms to the pet
///     not_for_harms = ["died"]        # optional: never for these
///     covers = ["feeling"]            # optional: must-say items it ticks
///     title_en, title_zh, when_en, when_zh, text_en, text_zh, why_en, why_zh, avoid_en, avoid_zh
///     customer_en, customer_zh        # optional: what a customer says here (for practice)
///
///     [[phrase]]                      # a rule of the phrasing coach
///     lang = "zh"                     # the language of better and why
///     category = "refusal"            # see PhraseCategory
///     match = ["不行", "不归…管"]      # phrases that set it off (syntax: PhraseRule, PhrasePattern)
///     unless = ["行不行"]              # optional: a match overlapping one of these is harmless
///     better, why
enum LibraryFile {
    struct Contents {
        var scripts: [Script] = []
        var phrases: [PhraseRule] = []
    }

    static func load(path: String) throws -> Contents {
        try read(try TOMLDocument.load(path: path, what: "file", followingLinks: true))
    }

    static func parse(_ source: String, path: String) throws -> Contents {
        try read(try TOMLDocument(source: source, path: path))
    }

    private static func read(_ document: TOMLDocument) throws -> Contents {
        let root = document.root
        try root.onlyKeys(["script", "phrase"]) { "unknown entry \"\($0)\" (a library file holds [[script]] and [[phrase]] entries)" }
        func entries<T>(_ key: String, _ read: (Entry) throws -> T) throws -> [T] {
            let list = try root.array(key, else: "\(key) must be written [[\(key)]]") ?? TOMLArray()
            return try list.enumerated().map { index, value in
                try read(Entry(section: try root.entry(key, index, value, else: "each entry must be a table"),
                               origin: "\(document.path):\(document.lines.header("\(key)#\(index)") ?? 0)"))
            }
        }
        return Contents(scripts: try entries("script") { try $0.script() }, phrases: try entries("phrase") { try $0.phrase() })
    }

    static func split(_ origin: String) -> (String, Int) {
        guard let colon = origin.lastIndex(of: ":"), let line = Int(origin[origin.index(after: colon)...]) else { return (origin, 0) }
        return (String(origin[..<colon]), line)
    }

    /// One `[[script]]` or `[[phrase]]` table, read field by field with errors at the field's line.
    private struct Entry {
        let section: TOMLSection
        /// `path:line` of the entry's header.
        let origin: String

        var table: TOMLTable { section.table }

        func fail(_ key: String?, _ reason: String) -> LibraryError { section.fail(key, reason) }

        func only(_ allowed: Set<String>) throws {
            try section.onlyKeys(allowed) { "unknown field \"\($0)\" (fields: \(allowed.sorted().joined(separator: ", ")))" }
        }

        func text(_ key: String, required: Bool = true) throws -> String? {
            guard let value = table[key] else {
                if required { throw fail(nil, "\(key) is missing") }
                return nil
            }
            guard let text = value.string, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw fail(key, "\(key) must be non-empty text")
            }
            return text
        }

        func bilingual(_ key: String, required: Bool = true) throws -> Bilingual? {
            let en = try text(key + "_en", required: required)
            let zh = try text(key + "_zh", required: required)
            switch (en, zh) {
            case let (en?, zh?): return Bilingual(en, zh)
            case (nil, nil): return nil
            default: throw fail(en == nil ? key + "_zh" : key + "_en", "\(key) needs both \(key)_en and \(key)_zh")
            }
        }

        func words<V: Vocabulary>(_ key: String, _ type: V.Type) throws -> Set<V> {
            guard let array = try section.array(key, else: "\(key) must be a list such as [\"\(V.ordered[0].rawValue)\"]") else { return [] }
            var out = Set<V>()
            for item in array {
                guard let word = item.string, let parsed = V(rawValue: word) else {
                    throw fail(key, "\(key) holds \"\(item.string ?? "?")\", which is not one of: \(V.identifiers)")
                }
                out.insert(parsed)
            }
            return out
        }

        /// A {name} other than the known fill-ins is a typo that would reach the customer.
        func checkFillIns(_ key: String, _ text: Bilingual) throws {
            for (suffix, body) in [("_en", text.en), ("_zh", text.zh)] {
                var rest = Substring(body)
                while let open = rest.firstIndex(of: "{") {
                    guard let close = rest[open...].firstIndex(of: "}") else { throw fail(key + suffix, "an unclosed { in \(key + suffix)") }
                    let word = String(rest[rest.index(after: open)..<close])
                    guard Script.fillIns.contains(word) else {
                        throw fail(key + suffix, "unknown fill-in {\(word)}; use \(Script.fillIns.map { "{\($0)}" }.joined(separator: ", "))")
                    }
                    rest = rest[rest.index(after: close)...]
                }
            }
        }

        /// `special_needs`: true, false, or the needs the script is for.
        func needs() throws -> (Bool?, Set<SpecialNeed>) {
            if table["special_needs"]?.array != nil {
                let types = try words("special_needs", SpecialNeed.self)
                guard !types.isEmpty else { throw fail("special_needs", "special_needs must name a need, or be true or false") }
                return (true, types)
            }
            let message = "special_needs must be true, false or a list of needs such as [\"hearing\"] (\(SpecialNeed.identifiers))"
            return (try section.bool("special_needs", else: message), [])
        }

        func script() throws -> Script {
            let fields = ["id", "kind", "stages", "causes", "grades", "anger", "modes", "special_needs", "not_for_needs", "harms", "not_for_harms", "covers"]
                + ["title", "when", "text", "why", "avoid", "customer"].flatMap { [$0 + "_en", $0 + "_zh"] }
            try only(Set(fields))
            let id = try text("id")!
            guard id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }) else {
                throw fail("id", "id \"\(id)\" may use only ASCII letters, digits, - _ and .")
            }
            guard let kind = ScriptKind(rawValue: try text("kind")!) else {
                throw fail("kind", "kind is not one of: \(ScriptKind.identifiers)")
            }
            let stages: Set<Stage> = try words("stages", Stage.self)
            guard !stages.isEmpty else { throw fail("stages", "stages must name at least one stage") }
            let (specialNeeds, needTypes) = try needs()
            let text = try bilingual("text")!
            try checkFillIns("text", text)
            return Script(id: id, kind: kind, stages: stages, causes: try words("causes", Cause.self), grades: try words("grades", Grade.self),
                          anger: try words("anger", Anger.self), modes: try words("modes", ContactMode.self), specialNeeds: specialNeeds, needTypes: needTypes,
                          notForNeeds: try words("not_for_needs", SpecialNeed.self),
                          harms: try words("harms", Harm.self), notForHarms: try words("not_for_harms", Harm.self),
                          covers: try words("covers", ChecklistItem.self), title: try bilingual("title")!, when: try bilingual("when")!,
                          text: text, why: try bilingual("why")!, avoid: try bilingual("avoid")!,
                          customerSays: try bilingual("customer", required: false), origin: origin)
        }

        func phrase() throws -> PhraseRule {
            try only(["lang", "category", "match", "unless", "better", "why"])
            guard let lang = Language(rawValue: try text("lang")!) else { throw fail("lang", "lang must be en or zh") }
            guard let category = PhraseCategory(rawValue: try text("category")!) else {
                throw fail("category", "category is not one of: \(PhraseCategory.identifiers)")
            }
            /// A list of phrases, each checked now so that a typo is reported at its line, not
            /// silently never found.
            func phrases(_ key: String) throws -> [String] {
                guard let value = table[key] else { return [] }
                guard let list = value.array else { throw fail(key, "\(key) must be a list of phrases") }
                return try list.map { item -> String in
                    guard let phrase = item.string, !phrase.trimmingCharacters(in: .whitespaces).isEmpty else {
                        throw fail(key, "\(key) holds something that is not text")
                    }
                    if let problem = PhrasePattern.problem(phrase) { throw fail(key, problem) }
                    return phrase
                }
            }
            let matches = try phrases("match")
            guard !matches.isEmpty else { throw fail(table["match"] == nil ? nil : "match", "match must be a non-empty list of phrases") }
            return PhraseRule(lang: lang, category: category, matches: matches, unless: try phrases("unless"), better: try text("better")!,
                              why: try text("why")!, origin: origin)
        }
    }
}
