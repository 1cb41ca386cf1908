import ArgumentParser
import Foundation
import TendCore

struct ScriptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scripts",
        abstract: "List the script library: what to say, when, why it works and what to avoid.",
        discussion: """
        Filters narrow the list to scripts that fit: --stage and --cause, and --anger, --grade and --mode \
        (phone, in_person, text). The library is the files in Tend's scripts/ folder plus the desk's own \
        scripts.toml, if it has one; a file with an error is reported as file:line and the command exits 1.
        """)

    @Option(help: ArgumentHelp("The desk directory, for its own scripts.toml.", valueName: "dir")) var store: String?
    @Option(help: "Only scripts for this stage.") var stage: String?
    @Option(help: "Only scripts that fit this cause.") var cause: String?
    @Option(help: "Only scripts that fit this grade.") var grade: String?
    @Option(help: "Only scripts that fit this anger level: calm, upset, angry.") var anger: String?
    @Option(help: "Only scripts that fit this way of talking: phone, in_person, text.") var mode: String?
    @Option(help: ArgumentHelp("Language: en or zh (default from LANG).", valueName: "lang")) var lang: String?
    @Flag(help: "JSON: one object per script, with both languages.") var json = false

    func run() throws {
        let language = DeskOptions.language(from: lang)
        try Output.reporting(language) {
            let (library, problems) = try ScriptLibrary.load(storeDirectory: StoreLocation.resolve(explicit: store))
            for problem in problems { Output.problem("\(problem)") }
            let stageValue: Stage? = try stage.map { try parseVocabulary($0, "stage") }
            let causeValue: Cause? = try cause.map { try parseVocabulary($0, "cause") }
            let gradeValue: Grade? = try grade.map { try parseVocabulary($0, "grade") }
            let angerValue: Anger? = try anger.map { try parseVocabulary($0, "anger") }
            let modeValue: ContactMode? = try mode.map { try parseVocabulary($0, "mode") }
            let chosen = library.scripts.filter { script in
                (stageValue.map(script.stages.contains) ?? true)
                    && (causeValue.map { script.causes.isEmpty || script.causes.contains($0) } ?? true)
                    && (gradeValue.map { script.grades.isEmpty || script.grades.contains($0) } ?? true)
                    && (angerValue.map { script.anger.isEmpty || script.anger.contains($0) } ?? true)
                    && (modeValue.map { script.modes.isEmpty || script.modes.contains($0) } ?? true)
            }
            if json {
                print(JSONValue.array(chosen.map(Self.record)).rendered())
            } else {
                for script in chosen {
                    print("\(script.id)  [\(script.kind.name(language))] \(script.title.text(language))")
                    print("  " + language.pick("when: ", "时机：") + script.when.text(language))
                    print("  “" + script.text.text(language) + "”")
                    print("  " + language.pick("why: ", "为什么：") + script.why.text(language))
                    print("  " + language.pick("avoid: ", "避免：") + "“" + script.avoid.text(language) + "”")
                    print("")
                }
                print(language.pick("\(chosen.count) of \(library.scripts.count) scripts", "共 \(library.scripts.count) 条话术，符合条件 \(chosen.count) 条"))
            }
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }

    static func record(_ script: Script) -> JSONValue {
        func both(_ text: Bilingual) -> JSONValue { .object([("en", .string(text.en)), ("zh", .string(text.zh))]) }
        func list<V: Vocabulary>(_ values: Set<V>) -> JSONValue { .array(V.ordered.filter(values.contains).map { .string($0.rawValue) }) }
        var fields: [(String, JSONValue)] = [
            ("id", .string(script.id)), ("kind", .string(script.kind.rawValue)),
            ("stages", list(script.stages)), ("causes", list(script.causes)), ("grades", list(script.grades)),
            ("anger", list(script.anger)), ("modes", list(script.modes)),
            ("special_needs", script.specialNeeds.map(JSONValue.bool) ?? .null), ("covers", list(script.covers)),
            ("title", both(script.title)), ("when", both(script.when)), ("text", both(script.text)),
            ("why", both(script.why)), ("avoid", both(script.avoid)),
        ]
        if let says = script.customerSays { fields.append(("customer_says", both(says))) }
        return .object(fields)
    }
}
