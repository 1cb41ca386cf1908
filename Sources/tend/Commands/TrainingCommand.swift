import ArgumentParser
import Foundation
import TendCore
import TendTerminal

struct TrainingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "training",
        abstract: "Trainees' practice results.",
        subcommands: [TrainingReportCommand.self])
}

struct TrainingReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Every trainee's practice results (supervisors): sessions, answers, score, the kind of script most missed.")

    @OptionGroup var desk: DeskOptions
    @Flag(help: "JSON: one object per person who has practised.") var json = false

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let lang = session.lang
            if let refusal = Workflow.refusalToReadTrainingResults(session.actor.role) { throw refusal }
            let (results, problems) = TrainingLog(storeDirectory: session.store.directory).load()
            for problem in problems { Output.problem("\(problem)") }
            let summaries = TrainingSummary.of(results)
            if json {
                print(JSONValue.array(summaries.map { summary in
                    .object([("login", .string(summary.login)), ("sessions", .int(summary.sessions)), ("answers", .int(summary.rounds)),
                             ("right", .int(summary.correct)), ("score", .int(summary.score)),
                             ("last_practised", .string(TimeText.isoMilliseconds(summary.lastPractised))),
                             ("most_missed", .string(summary.weakest?.rawValue))])
                }).rendered(pretty: true))
                return
            }
            guard !summaries.isEmpty else {
                print(lang.pick("No one has practised yet.", "还没有人练习过。"))
                return
            }
            let headers = lang == .zh ? ["学员", "次数", "题数", "答对", "得分", "最近练习", "最常出错"]
                : ["who", "sessions", "answers", "right", "score", "last practised", "most missed"]
            let rows = summaries.map { summary in
                [session.policy.member(summary.login).map { $0.name + lang.pick(" (\($0.login))", "（\($0.login)）") } ?? summary.login,
                 "\(summary.sessions)", "\(summary.rounds)", "\(summary.correct)", "\(summary.score)%",
                 TimeText.local(summary.lastPractised), summary.weakest?.name(lang) ?? "—"]
            }
            var table = TextTable(columns: headers.map { TextTable.Column($0) })
            rows.forEach { table.add($0) }
            print(table.render(width: TerminalSize.columns()), terminator: "")
        }
    }
}
