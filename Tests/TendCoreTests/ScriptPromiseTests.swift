import Foundation
import Testing
@testable import TendCore

/// A script never promises what the desk does not do (issue 11): no role the desk does not have,
/// a supervisor only where the grade (or an approval) brings one in, no answer time but the
/// handler's own ({eta}), no calls on a timetable, no approval taken for granted. What makes each
/// promise, and where a script may make it, is data: scripts/promises.toml.
@Suite struct ScriptPromiseTests {
    let library = try! ScriptLibrary.load(storeDirectory: nil).library
    let rules = try! PromiseRule.load()

    @Test func noScriptPromisesWhatTheDeskDoesNotDo() {
        let findings = library.scripts.flatMap { script in rules.flatMap { $0.findings(in: script) } }
        let scripts = Set(findings.map(\.scriptID))
        #expect(scripts.count == 0, """
            \(scripts.count) scripts promise what the desk does not do (\(findings.count) phrases):
            \(findings.map(\.description).joined(separator: "\n"))
            """)
    }

    @Test func eachRuleCatchesWhatItIsForAndLetsThePassingSentencesBe() {
        #expect(rules.count >= 5)
        for rule in rules {
            #expect(!rule.catches.isEmpty && !rule.passes.isEmpty, "\(rule.name): say what it must catch and what it must let pass")
            for sentence in rule.catches {
                #expect(!rule.phrases(in: sentence).isEmpty, "\(rule.name) misses: \(sentence)")
            }
            for sentence in rule.passes {
                let caught = rule.phrases(in: sentence)
                #expect(caught.isEmpty, "\(rule.name) wrongly catches \(caught) in: \(sentence)")
            }
            for id in rule.alsoIn { #expect(library.script(id) != nil, "\(rule.name): no script \"\(id)\"") }
        }
    }

    @Test func aSupervisorIsNamedOnlyWhereTheGradeOrAnApprovalBringsOneIn() throws {
        let rule = try #require(rules.first { $0.allowed == .seriousOrCritical })
        func script(_ id: String, _ grades: Set<Grade>) -> Script {
            let words = Bilingual("Words.", "说明。")
            return Script(id: id, kind: .time, stages: [.acknowledged], grades: grades, title: words, when: words,
                          text: Bilingual("I've passed this to a supervisor.", "我已经把这件事报给主管。"), why: words, avoid: words)
        }
        #expect(rule.findings(in: script("x", [.serious])).isEmpty)
        #expect(rule.findings(in: script("x", [.serious, .critical])).isEmpty)
        #expect(rule.findings(in: script("x", [])).count == 2)
        #expect(rule.findings(in: script("x", [.significant, .serious])).count == 2)
        #expect(rule.findings(in: script("res-approval-wait", [])).isEmpty)
    }

    @Test func thePromisesFileIsNoLibraryFileAndTheLoaderLeavesItOut() throws {
        let path = try #require(PromiseRule.path)
        #expect(throws: (any Error).self) { try LibraryFile.load(path: path) }
        #expect(ScriptLibrary.notLibraryFiles.contains((path as NSString).lastPathComponent))
        #expect(!library.scripts.isEmpty)
    }
}

/// One promise of scripts/promises.toml: the phrases that make it, and where a script may.
struct PromiseRule {
    enum Allowed: String {
        case never
        case seriousOrCritical = "serious_or_critical"
    }

    let name: String
    let allowed: Allowed
    /// Scripts whose situation makes the promise true at any grade.
    let alsoIn: Set<String>
    /// The parts of a script read: title, when, text, why.
    let fields: [String]
    let instead: String
    let patterns: [(lang: Language, regex: NSRegularExpression)]
    let catches: [String]
    let passes: [String]

    struct Finding: CustomStringConvertible {
        let scriptID: String
        let origin: String
        let field: String
        let lang: Language
        let phrase: String
        let rule: PromiseRule

        var description: String {
            "\(scriptID) (\(origin)) \(field)_\(lang.rawValue): «\(phrase)», \(rule.name); instead: \(rule.instead)"
        }
    }

    static let fieldNames = ["title", "when", "text", "why"]

    static var path: String? {
        ShippedData.directory("scripts", containing: "promises.toml").map { ($0 as NSString).appendingPathComponent("promises.toml") }
    }

    static func load() throws -> [PromiseRule] {
        guard let path else { throw FileLineError(path: "scripts/promises.toml", line: 0, reason: "not found") }
        let document = try TOMLDocument.load(path: path, what: "promises file", followingLinks: true)
        try document.root.onlyKeys(["promise"]) { "unknown entry \"\($0)\" (the file holds [[promise]] entries)" }
        guard let list = try document.root.array("promise", else: "promise must be written [[promise]]") else { return [] }
        return try list.enumerated().map { index, value in
            try PromiseRule(try document.root.entry("promise", index, value, else: "each promise must be a table"))
        }
    }

    private init(_ section: TOMLSection) throws {
        try section.onlyKeys(["name", "allowed", "also_in", "fields", "instead", "en", "zh", "catches", "passes"]) { "unknown field \"\($0)\"" }
        func text(_ key: String) throws -> String {
            guard let value = try section.string(key, else: "\(key) must be text") else { throw section.fail(nil, "\(key) is missing") }
            return value
        }
        func texts(_ key: String) throws -> [String] {
            guard let list = try section.array(key, else: "\(key) must be a list of text") else { return [] }
            return try list.map { item in
                guard let value = item.string else { throw section.fail(key, "\(key) holds something that is not text") }
                return value
            }
        }
        name = try text("name")
        guard let allowed = Allowed(rawValue: try text("allowed")) else {
            throw section.fail("allowed", "allowed must be \"never\" or \"serious_or_critical\"")
        }
        self.allowed = allowed
        alsoIn = Set(try texts("also_in"))
        let fields = try texts("fields")
        for field in fields where !Self.fieldNames.contains(field) {
            throw section.fail("fields", "fields holds \"\(field)\", which is not one of \(Self.fieldNames.joined(separator: ", "))")
        }
        self.fields = fields.isEmpty ? ["text"] : fields
        instead = try text("instead")
        patterns = try [Language.en, .zh].flatMap { lang in
            try texts(lang.rawValue).map { pattern in
                do {
                    return (lang, try NSRegularExpression(pattern: pattern, options: [.caseInsensitive]))
                } catch {
                    throw section.fail(lang.rawValue, "not a regular expression: \(pattern)")
                }
            }
        }
        catches = try texts("catches")
        passes = try texts("passes")
    }

    /// Whether `script` may make this promise.
    func allows(_ script: Script) -> Bool {
        if alsoIn.contains(script.id) { return true }
        switch allowed {
        case .never: return false
        case .seriousOrCritical: return !script.grades.isEmpty && script.grades.isSubset(of: [.serious, .critical])
        }
    }

    /// The phrases of `text` that make the promise, in either language.
    func phrases(in text: String) -> [String] {
        patterns.compactMap { Self.first($0.regex, in: text) }
    }

    func findings(in script: Script) -> [Finding] {
        guard !allows(script) else { return [] }
        return fields.flatMap { field in
            patterns.compactMap { lang, regex in
                Self.first(regex, in: Self.field(field, of: script).text(lang)).map {
                    Finding(scriptID: script.id, origin: script.origin, field: field, lang: lang, phrase: $0, rule: self)
                }
            }
        }
    }

    private static func field(_ name: String, of script: Script) -> Bilingual {
        switch name {
        case "title": script.title
        case "when": script.when
        case "why": script.why
        default: script.text
        }
    }

    private static func first(_ regex: NSRegularExpression, in text: String) -> String? {
        let whole = NSRange(text.startIndex..., in: text)
        return regex.firstMatch(in: text, range: whole).flatMap { Range($0.range, in: text) }.map { String(text[$0]) }
    }
}
