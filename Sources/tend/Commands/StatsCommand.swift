import ArgumentParser
import Foundation
import TendCore
import TendTerminal
import TendText

/// The statistics a supervisor reads: complaints by cause and the rest, each clock's compliance,
/// first-contact resolution, times, satisfaction, repeats, compensation, load — for a period and
/// a filter, as text, JSON or CSV; the tickets behind one figure; and the early warnings, for cron.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show the statistics for a period: causes, clocks, satisfaction, compensation, load, warnings.",
        discussion: """
        Every figure is counted from the tickets' timelines: a complaint by when it came in, an answer, a resolution, \
        a score or a payment by when it was given, a clock by when it ended or ran out. Load and approvals are as of now.
        Examples:
          tend stats                          the last 4 weeks, every page
          tend stats --week 2026-W47 --by cause,service
          tend stats --from 2026-01-01 --by month --cause health_safety --service grooming
          tend stats --tickets late:answer    the tickets whose first answer was late
          tend stats --warnings               exit status 1 when a warning is crossed (for cron)
        """)

    @OptionGroup var desk: DeskOptions
    @OptionGroup var scope: StatsOptions
    @Option(help: ArgumentHelp("Only counts by these, comma-separated: \(StatsDimension.ordered.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "dimensions"))
    var by: String?
    @Option(help: ArgumentHelp("Only this page: \(StatsPage.ordered.map(\.rawValue).joined(separator: ", ")).", valueName: "page"))
    var page: String?
    @Option(help: ArgumentHelp("List the tickets behind one figure.", discussion: StatsFigure.syntax, valueName: "figure"))
    var tickets: String?
    @Flag(help: "Only the early warnings; exit status 1 when any is crossed.") var warnings = false
    @Flag(help: "JSON output.") var json = false
    @Flag(help: "CSV output.") var csv = false
    @Flag(help: "Draw bars and weekly lines in plain ASCII.") var ascii = false

    func validate() throws {
        if json && csv { throw ValidationError("give --json or --csv, not both") }
        if let page, StatsPage(rawValue: page) == nil {
            throw ValidationError("--page takes one of: \(StatsPage.ordered.map(\.rawValue).joined(separator: ", "))")
        }
        if let tickets, StatsFigure.parse(tickets) == nil { throw ValidationError("--tickets takes \(StatsFigure.syntax)") }
        _ = try dimensions()
    }

    private func dimensions() throws -> [StatsDimension] {
        guard let by else { return [] }
        return try by.split(separator: ",").map { word in
            guard let dimension = StatsDimension(rawValue: word.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw ValidationError("--by takes: \(StatsDimension.ordered.map(\.rawValue).joined(separator: ", "))")
            }
            return dimension
        }
    }

    func run() throws {
        var crossed = false
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            if let refusal = Workflow.refusalToReadStatistics(session.actor.role) { throw refusal }
            let lang = session.lang, policy = session.policy, deskNow = session.store.desk.digested()
            let ascii = ascii || !TerminalLocale.userLocaleIsUTF8()
            if warnings {
                let found = EarlyWarnings.check(deskNow, policy: policy, now: session.now)
                crossed = !found.isEmpty
                printWarnings(found, policy: policy, lang: lang)
                return
            }
            let period = try scope.period(now: session.now, zone: policy.zone)
            if let tickets, let figure = StatsFigure.parse(tickets) {
                let found = Statistics.tickets(figure, on: deskNow, policy: policy, period: period, filter: scope.filter, now: session.now)
                printTickets(found, on: deskNow, period: period, lang: lang)
                return
            }
            let training = TrainingLog(storeDirectory: session.store.directory).load().results
            let stats = Statistics.compute(deskNow, policy: policy, period: period, filter: scope.filter, now: session.now, training: training)
            let found = by == nil && (page == nil || page == StatsPage.overview.rawValue) ? EarlyWarnings.check(deskNow, policy: policy, now: session.now) : []
            if json {
                print(stats.json(warnings: found, thresholds: policy.warnings).rendered(pretty: true))
                return
            }
            let presenter = StatsPresenter(stats, warnings: found, thresholds: policy.warnings, lang: lang)
            let sections = try dimensions().isEmpty
                ? (page.flatMap(StatsPage.init(rawValue:)).map { [$0] } ?? StatsPage.ordered).flatMap(presenter.sections)
                : try dimensions().map(presenter.counts)
            if csv {
                Output.write(CSV.line(["section", "figure", "value", "tickets"])
                             + sections.flatMap { section in section.rows.map { CSV.line([section.title, $0.label, $0.value, $0.figure?.name ?? ""]) } }.joined())
                return
            }
            let heading = lang.pick("Statistics ", "统计 ") + period.text + (stats.filter.isEmpty ? "" : " · " + stats.filter.text(lang))
            print(heading)
            for section in sections { print(render(section, ascii: ascii, lang: lang), terminator: "") }
            print(lang.pick("The tickets behind a figure: tend stats --tickets FIGURE (the last column).",
                            "查看某项数据的工单：tend stats --tickets 数据名（最后一列）。"))
        }
        if crossed { throw ExitCode(1) }
    }

    /// A section as a table: label, value, its bar or weekly line, and the figure's name for
    /// `--tickets` (left out on a terminal under 100 columns). A row that is a sentence alone (a
    /// warning) is printed whole, under the table.
    private func render(_ section: StatsSection, ascii: Bool, lang: Language) -> String {
        let width = TerminalSize.columns()
        let named = (width ?? .max) >= 100
        var columns: [TextTable.Column] = [.init("", maxWidth: 40, minWidth: 10), .init("", maxWidth: 60, minWidth: 8),
                                           .init("", maxWidth: 16, minWidth: 0)]
        if named { columns.append(.init("", maxWidth: 30, minWidth: 0)) }
        var table = TextTable(columns: columns)
        var sentences: [String] = []
        for row in section.rows {
            if row.value.isEmpty && row.bar == nil && row.series == nil {
                sentences.append(SafeText.line(row.label) + (named ? row.figure.map { "  [\($0.name)]" } ?? "" : ""))
                continue
            }
            let chart = row.series.map { BlockChart.sparkline($0, ascii: ascii) } ?? row.bar.map { BlockChart.bar($0, width: 16, ascii: ascii) } ?? ""
            table.add([(row.alert ? "! " : "") + row.label, row.value, chart] + (named ? [row.figure?.name ?? ""] : []))
        }
        var text = "\n" + section.title + "\n"
        if !table.rows.isEmpty {
            // The table's own header row is empty: the section's title stands in its place.
            text += table.render(width: width).split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
        }
        for sentence in sentences { text += sentence + "\n" }
        return text
    }

    private func printWarnings(_ found: [EarlyWarning], policy: Policy, lang: Language) {
        guard !found.isEmpty else {
            print(lang.pick("No early warning crossed in the last 7 days.", "近 7 天没有触发预警。"))
            return
        }
        // The command that lists a warning's tickets, ready to paste: the same desk, quoted words.
        var command = ["tend", "stats"]
        if let store = desk.store { command += ["--store", store] }
        if let database = desk.database { command += ["--database", database] }
        if let login = desk.actAs { command += ["--as", login] }
        for warning in found {
            let words = (command + ["--days", "7", "--tickets", warning.figure.name]).map(Self.shellWord).joined(separator: " ")
            print("⚠ " + warning.text(policy.warnings, lang) + lang.pick("  (tickets: ", "（工单：") + words + lang.pick(")", "）"))
        }
    }

    /// A word as a shell reads it back: as it is when plain, else in single quotes.
    static func shellWord(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "-_.:/@%+=,".unicodeScalars.contains(scalar))
        }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private func printTickets(_ ids: [TicketID], on desk: Desk, period: StatsPeriod, lang: Language) {
        guard !ids.isEmpty else {
            print(lang.pick("No tickets in \(period.text).", "\(period.text) 没有工单。"))
            return
        }
        var table = TextTable(columns: [.init(lang.pick("ID", "编号")), .init(lang.pick("STAGE", "阶段")), .init(lang.pick("GRADE", "等级")),
                                        .init(lang.pick("RECEIVED", "受理时间")), .init(lang.pick("CUSTOMER", "客户"), maxWidth: 16),
                                        .init(lang.pick("ASSIGNEE", "负责人"), maxWidth: 12)])
        for id in ids {
            guard let ticket = desk.ticket(id) else { continue }
            table.add([id.description, ticket.stage.name(lang), ticket.grade.name(lang), TimeText.local(ticket.receivedAt),
                       ticket.customer.name, ticket.assignee ?? "—"])
        }
        print(table.render(width: TerminalSize.columns()), terminator: "")
        print(lang.pick("\(ids.count) ticket(s), \(period.text).", "共 \(ids.count) 个工单，\(period.text)。"))
    }
}
