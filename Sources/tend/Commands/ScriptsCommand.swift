import ArgumentParser
import Foundation
import TendCore

struct ScriptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scripts",
        abstract: "List the script library: what to say, when, why it works and what to avoid.",
        discussion: """
        --ticket ID ranks the scripts for that ticket as the console's script pane does, best first. \
        --stage ranks them for a moment described by hand, the same way: with --cause, --grade (default \
        general), --anger (calm), --mode (phone), --harm (none) and --need (none). Without either, the filters only narrow \
        the list. The library is the files in Tend's scripts/ folder plus the desk's own scripts.toml, if \
        it has one; a file with an error is reported as file:line and the command exits 1.
        """)

    @OptionGroup var desk: DeskOptions
    @Option(help: ArgumentHelp("Rank the scripts for this ticket, as the console's script pane does.", valueName: "id"))
    var ticket: String?
    @Option(help: "Scripts for this stage, ranked for the moment the other options describe.") var stage: String?
    @Option(help: "Only scripts that fit this cause.") var cause: String?
    @Option(help: "Only scripts that fit this grade.") var grade: String?
    @Option(help: "Only scripts that fit this mood: calm, upset, angry, grieving.") var anger: String?
    @Option(help: "Only scripts that fit this way of talking: phone, in_person, text.") var mode: String?
    @Option(help: "What happened to the pet (with --stage): \(Harm.identifiers).") var harm: String?
    @Option(name: .customLong("need"), help: ArgumentHelp("A need of the customer's (with --stage): \(SpecialNeed.identifiers); repeat for several.", valueName: "need"))
    var needs: [String] = []
    @Flag(help: "JSON: one object per script, with both languages.") var json = false

    func validate() throws {
        if ticket != nil && ([stage, cause, grade, anger, mode, harm].contains(where: { $0 != nil }) || !needs.isEmpty) {
            throw ValidationError("--ticket takes the moment from the ticket: leave out --stage, --cause, --grade, --anger, --mode, --harm and --need")
        }
        if harm != nil && stage == nil { throw ValidationError("--harm ranks for a moment: give --stage too") }
        if !needs.isEmpty && stage == nil { throw ValidationError("--need ranks for a moment: give --stage too") }
    }

    func run() throws {
        let language = desk.language
        try Output.reporting(language) {
            let (library, problems) = try ScriptLibrary.load(storeDirectory: StoreLocation.resolve(explicit: desk.store))
            for problem in problems { Output.problem("\(problem)") }
            let stageValue: Stage? = try stage.map { try parseVocabulary($0, "stage") }
            let causeValue: Cause? = try cause.map { try parseVocabulary($0, "cause") }
            let gradeValue: Grade? = try grade.map { try parseVocabulary($0, "grade") }
            let angerValue: Anger? = try anger.map { try parseVocabulary($0, "anger") }
            let modeValue: ContactMode? = try mode.map { try parseVocabulary($0, "mode") }
            let harmValue: Harm? = try harm.map { try parseVocabulary($0, "harm") }
            let needValues: Set<SpecialNeed> = try parseVocabularyList(needs, "need")
            var chosen: [Script]
            var rankedFor: ScriptContext?
            // For a ticket, the texts as the console's pane shows them: its names, its time and
            // amount as they are said, and who is speaking.
            var filled: ((Script) -> String)?
            if let ticket {
                // The same ranking as the console's script pane: `ScriptLibrary.matching(ticket)`.
                let session = try Session.open(desk)
                let found = try session.ticket(ticket)
                chosen = library.matching(found)
                rankedFor = ScriptContext(found)
                filled = { $0.text(language, for: found, handler: session.actor.name, now: session.now, zone: session.policy.zone) }
            } else if let stageValue {
                let context = ScriptContext(stage: stageValue, cause: causeValue, grade: gradeValue ?? .general, anger: angerValue ?? .calm,
                                            mode: modeValue ?? .phone, needTypes: needValues, harm: harmValue ?? .none)
                chosen = library.matching(context)
                rankedFor = context
            } else {
                chosen = library.scripts.filter { script in
                    (causeValue.map { script.causes.isEmpty || script.causes.contains($0) } ?? true)
                        && (gradeValue.map { script.grades.isEmpty || script.grades.contains($0) } ?? true)
                        && (angerValue.map { script.anger.isEmpty || script.anger.contains($0) } ?? true)
                        && (modeValue.map { script.modes.isEmpty || script.modes.contains($0) } ?? true)
                }
            }
            if json {
                print(JSONValue.array(chosen.map(Self.record)).rendered())
            } else {
                if let rankedFor { print(Self.describe(rankedFor, language) + "\n") }
                for (place, script) in chosen.enumerated() {
                    let rank = rankedFor == nil ? "" : "\(place + 1). "
                    print(rank + "\(script.id)  [\(script.kind.name(language))] \(script.title.text(language))")
                    print("  " + language.pick("when: ", "时机：") + script.when.text(language))
                    print("  “" + (filled?(script) ?? script.text.text(language)) + "”")
                    print("  " + language.pick("why: ", "为什么：") + script.why.text(language))
                    print("  " + language.pick("avoid: ", "避免：") + "“" + script.avoid.text(language) + "”")
                    print("")
                }
                print(language.pick("\(chosen.count) of \(library.scripts.count) scripts", "共 \(library.scripts.count) 条话术，符合条件 \(chosen.count) 条"))
            }
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }

    /// "Ranked for: investigating · price dispute · serious · angry · phone · pet injured".
    static func describe(_ context: ScriptContext, _ lang: Language) -> String {
        var parts = [context.stage.name(lang)]
        if let cause = context.cause { parts.append(cause.name(lang)) }
        parts += [context.grade.name(lang), context.anger.name(lang), context.mode.name(lang)]
        if context.harm != .none { parts.append(context.harm.name(lang)) }
        if !context.needTypes.isEmpty {
            parts.append(context.needTypes.sorted().map { $0.name(lang) }.joined(separator: lang.pick(", ", "、")))
        } else if context.specialNeeds {
            parts.append(lang.pick("special needs", "特殊需求"))
        }
        return lang.pick("Ranked for: ", "排序依据：") + parts.joined(separator: " · ")
    }

    static func record(_ script: Script) -> JSONValue {
        func both(_ text: Bilingual) -> JSONValue { .object([("en", .string(text.en)), ("zh", .string(text.zh))]) }
        func list<V: Vocabulary>(_ values: Set<V>) -> JSONValue { .array(V.ordered.filter(values.contains).map { .string($0.rawValue) }) }
        var fields: [(String, JSONValue)] = [
            ("id", .string(script.id)), ("kind", .string(script.kind.rawValue)),
            ("stages", list(script.stages)), ("causes", list(script.causes)), ("grades", list(script.grades)),
            ("anger", list(script.anger)), ("modes", list(script.modes)),
            ("special_needs", script.specialNeeds.map(JSONValue.bool) ?? .null), ("needs", list(script.needTypes)), ("not_for_needs", list(script.notForNeeds)),
            ("harms", list(script.harms)), ("not_for_harms", list(script.notForHarms)), ("covers", list(script.covers)),
            ("title", both(script.title)), ("when", both(script.when)), ("text", both(script.text)),
            ("why", both(script.why)), ("avoid", both(script.avoid)),
        ]
        if let says = script.customerSays { fields.append(("customer_says", both(says))) }
        return .object(fields)
    }
}
