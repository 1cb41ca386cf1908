import ArgumentParser
import Foundation
import TendCore

/// The weekly report: one self-contained, printable HTML page of the week's statistics, with the
/// weeks before as charts and the early warnings, in the user's language.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the weekly report: a printable HTML page of a week's statistics, with charts and warnings.",
        discussion: """
        The page needs nothing from a network: its charts are inline SVG. Open it in a browser, print it or send it.
          tend report --week 2026-W47 --output week-47.html
        """)

    @OptionGroup var desk: DeskOptions
    @Option(help: ArgumentHelp("The ISO week, such as 2026-W47 (default: last week).", valueName: "week")) var week: String?
    @Option(help: "html (the only format so far).") var format = "html"
    @Option(help: ArgumentHelp("How many weeks the charts show, this one included (default 8).", valueName: "n")) var chartWeeks = 8
    @Option(help: ArgumentHelp("Only this branch.", valueName: "name")) var branch: String?
    @Option(help: ArgumentHelp("Only this service line: \(ServiceLine.identifiers).", valueName: "line")) var service: String?
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?

    func validate() throws {
        guard format.lowercased() == "html" else { throw ValidationError("--format takes html") }
        guard (1...52).contains(chartWeeks) else { throw ValidationError("--chart-weeks takes 1 to 52") }
        if let service, ServiceLine.parse(service) == nil { throw ValidationError("--service takes one of: \(ServiceLine.identifiers)") }
    }

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            if let refusal = Workflow.refusalToReadStatistics(session.actor.role) { throw refusal }
            let policy = session.policy, zone = policy.zone
            let lastWeek = StatsPeriod.isoWeekName(of: session.now.addingTimeInterval(-7 * 86400), zone: zone)
            guard let period = StatsPeriod.isoWeek(week ?? lastWeek, zone: zone) else {
                throw PeriodRefusal.week(week ?? "", example: lastWeek)
            }
            let filter = StatsFilter(branch: branch, service: service.flatMap(ServiceLine.parse))
            // A week still running is counted up to now.
            let asOf = min(period.to, session.now)
            let thisWeek = StatsPeriod(from: period.from, to: asOf, zone: zone)
            let trendPeriod = StatsPeriod(from: period.from.addingTimeInterval(-Double(chartWeeks - 1) * 7 * 86400), to: asOf, zone: zone)
            let training = TrainingLog(storeDirectory: session.store.directory).load().results
            let deskNow = session.store.desk.digested()
            let stats = Statistics.compute(deskNow, policy: policy, period: thisWeek, filter: filter, now: asOf, training: training)
            let trend = Statistics.compute(deskNow, policy: policy, period: trendPeriod, filter: filter, now: asOf)
            let warnings = EarlyWarnings.check(deskNow, policy: policy, now: asOf)
            let report = WeeklyReport(week: stats, trend: trend, warnings: warnings, thresholds: policy.warnings, lang: session.lang,
                                      deskName: desk.database == nil ? session.store.directory : session.lang.pick("team desk", "团队工作台"),
                                      madeBy: session.actor.login, madeAt: session.now)
            let html = report.html()
            if let output {
                do {
                    try DurableFile.write(Data(html.utf8), to: output)
                } catch StoreError.io(_, _, let code) {
                    throw ExportRefusal(path: output, errno: code)
                }
                Output.message(session.lang.pick("Wrote the report for \(period.text) to \(output).", "已把 \(period.text) 的周报写到 \(output)。"))
            } else {
                Output.write(html)
            }
        }
    }
}
