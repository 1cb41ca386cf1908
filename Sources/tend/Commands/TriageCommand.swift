import ArgumentParser
import Foundation
import TendCore

/// What a complaint's words suggest at intake, and which words led there: the same suggestion
/// the console's intake form shows while the complaint is typed.
struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "Suggest a complaint's grade, cause, harm to the pet and the customer's anger from its words, with the words that led there.",
        discussion: "The signs are triage/triage.toml, plus the desk's own triage.toml. The handler decides: this only suggests.")

    @Argument(help: "The complaint (in English or Chinese). Use - to read standard input.") var text: String
    @Option(help: ArgumentHelp("The desk directory, for its own triage.toml.", valueName: "dir")) var store: String?
    @Option(help: ArgumentHelp("Language of the output: en or zh (default from LANG).", valueName: "lang")) var lang: String?
    @Flag(help: "JSON: the suggestion and its reasons.") var json = false

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang takes en or zh") }
    }

    func run() throws {
        let language = DeskOptions.language(from: lang)
        try Output.reporting(language) {
            let input = Output.argumentText(text)
            let suggestion = Triage(try TriageRulesFile.load(storeDirectory: StoreLocation.resolve(explicit: store))).suggest(input)
            if json {
                print(JSONValue.object([
                    ("grade", .string(suggestion.grade.rawValue)),
                    ("cause", .string(suggestion.cause?.rawValue)),
                    ("harm", .string(suggestion.harm.rawValue)),
                    ("anger", .string(suggestion.anger.rawValue)),
                    ("reasons", .array(suggestion.reasons.map { reason in
                        .object([("field", .string(reason.field.rawValue)), ("value", .string(reason.value)),
                                 ("words", .array(reason.words.map { .string($0) }))])
                    })),
                ]).rendered(pretty: true))
                return
            }
            let none = language.pick("not clear", "暂不清楚")
            print(language.pick("grade: ", "等级：") + suggestion.grade.name(language))
            print(language.pick("cause: ", "成因：") + (suggestion.cause?.name(language) ?? none))
            print(language.pick("harm:  ", "受损：") + suggestion.harm.name(language))
            print(language.pick("anger: ", "情绪：") + suggestion.anger.name(language))
            let because = suggestion.because(language)
            print(language.pick("because: ", "依据：") + (because.isEmpty ? language.pick("no telling words found", "未发现关键词") : because))
        }
    }
}
