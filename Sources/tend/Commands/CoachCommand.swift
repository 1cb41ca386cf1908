import ArgumentParser
import Foundation
import TendCore

struct CoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "Check a note or reply for phrasing to avoid (refusals, blame, 'not our department', absolutes, jargon).",
        discussion: "Prints each finding with a better phrasing. Exit status: 0 the text is fine; 1 something was found; 64 usage.")

    @Argument(help: "The text to check (in English or Chinese). Use - to read standard input.") var text: String
    @Option(help: ArgumentHelp("The desk directory, for its own scripts.toml.", valueName: "dir")) var store: String?
    @Option(help: ArgumentHelp("Language of the messages: en or zh (default from LANG).", valueName: "lang")) var lang: String?
    @Flag(help: "JSON: a list of findings.") var json = false

    func run() throws {
        let language = DeskOptions.language(from: lang)
        var findings: [CoachFinding] = []
        try Output.reporting(language) {
            let input = Output.argumentText(text)
            let (library, problems) = try ScriptLibrary.load(storeDirectory: StoreLocation.resolve(explicit: store))
            for problem in problems { Output.problem("\(problem)") }
            findings = Coach(library).check(input)
            if json {
                print(JSONValue.array(findings.map { finding in
                    .object([("found", .string(finding.found)), ("category", .string(finding.rule.category.rawValue)),
                             ("lang", .string(finding.rule.lang.rawValue)), ("better", .string(finding.rule.better)),
                             ("why", .string(finding.rule.why))])
                }).rendered())
            } else if findings.isEmpty {
                print(language.pick("Nothing to change: the phrasing is fine.", "措辞没有问题。"))
            } else {
                for finding in findings {
                    print(language.pick("“\(finding.found)” (\(finding.rule.category.english))", "“\(finding.found)”（\(finding.rule.category.chinese)）"))
                    print(language.pick("  try: ", "  可以说：") + "“\(finding.rule.better)”")
                    print(language.pick("  why: ", "  原因：") + finding.rule.why)
                }
            }
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}
