import ArgumentParser
import Foundation
import TendCore
import TendTerminal

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List tickets, most urgent first (open tickets unless --all or --stage closed).")

    @OptionGroup var desk: DeskOptions

    @Option(help: ArgumentHelp("Only these stages (repeat or comma-separate).", valueName: "stage"))
    var stage: [String] = []

    @Option(help: ArgumentHelp("Only these grades.", valueName: "grade"))
    var grade: [String] = []

    @Option(help: ArgumentHelp("Only these service lines.", valueName: "service"))
    var service: [String] = []

    @Option(help: ArgumentHelp("Only tickets assigned to this login.", valueName: "login"))
    var assignee: String?

    @Flag(help: "Only tickets assigned to you.")
    var mine = false

    @Flag(help: "Only tickets nobody has taken.")
    var unassigned = false

    @Flag(help: "Only overdue tickets.")
    var overdue = false

    @Flag(help: "Only tickets about to breach: due soon, not yet overdue.")
    var dueSoon = false

    @Option(name: [.customLong("search"), .customLong("text")], help: ArgumentHelp("Text in the ID, customer, pet, branch or description; or a phone number (any format) or e-mail, for those who may see contacts.", valueName: "text"))
    var search: String?

    @Flag(help: "Include closed tickets.")
    var all = false

    @Option(help: "Show at most this many (0: no limit).")
    var limit = 50

    @Flag(help: "JSON output: an array of tickets.")
    var json = false

    func validate() throws {
        let _: Set<Stage> = try parseVocabularyList(stage, "stage")
        let _: Set<Grade> = try parseVocabularyList(grade, "grade")
        let _: Set<ServiceLine> = try parseVocabularyList(service, "service")
    }

    func run() throws {
        try Output.reporting(desk.language) {
            try requireRange(limit, 0...1_000_000, flag: "--limit")
            let session = try Session.open(desk)
            var filter = TicketFilter()
            filter.stages = try parseVocabularyList(stage, "stage")
            filter.grades = try parseVocabularyList(grade, "grade")
            filter.services = try parseVocabularyList(service, "service")
            filter.assignee = mine ? session.actor.login : assignee
            filter.unassigned = unassigned
            filter.overdueOnly = overdue
            filter.dueSoonOnly = dueSoon
            filter.includeClosed = all
            filter.text = search
            filter.searchContacts = Workflow.seesContacts(session.actor.role)
            let found = TicketQuery.run(session.store.desk, policy: session.policy, filter: filter, now: session.now)
            let total = found.count
            let shown = limit > 0 ? Array(found.prefix(limit)) : found
            let tickets = shown.compactMap { session.store.desk.ticket($0) }
            if json {
                var record = TicketRecord(policy: session.policy, now: session.now)
                record.removeContact = !Workflow.seesContacts(session.actor.role)
                print(JSONValue.array(tickets.map { record.json($0, timeline: false) }).rendered(pretty: true))
            } else {
                print(QueueTable.render(tickets, session: session), terminator: "")
                let lang = session.lang
                print(lang.pick("\(tickets.count) of \(total) tickets shown.", "显示 \(total) 张中的 \(tickets.count) 张。"))
            }
        }
    }
}

/// The queue as a text table: ID, grade, stage, time left, customer, pet, service, assignee.
enum QueueTable {
    static func render(_ tickets: [Ticket], session: Session) -> String {
        let lang = session.lang
        var table = TextTable(columns: [
            .init(lang.pick("ID", "编号")), .init(lang.pick("GRADE", "等级"), minWidth: 4), .init(lang.pick("STAGE", "阶段"), minWidth: 6),
            .init(lang.pick("LEFT", "剩余"), alignRight: true), .init(lang.pick("CUSTOMER", "客户"), maxWidth: 18, minWidth: 6),
            .init(lang.pick("PET", "宠物"), maxWidth: 12, minWidth: 4), .init(lang.pick("SERVICE", "服务"), maxWidth: 10, minWidth: 4),
            .init(lang.pick("ASSIGNEE", "负责人"), maxWidth: 14, minWidth: 6),
        ])
        for ticket in tickets {
            table.add([
                (ticket.intake.isPriority ? "★" : "") + ticket.id.description,
                ticket.grade.name(lang), ticket.stage.name(lang),
                slaCell(session.policy.sla(for: ticket, at: session.now), lang),
                ticket.customer.name, ticket.pet.name, ticket.intake.service.name(lang), ticket.assignee ?? "—",
            ])
        }
        return table.render(width: TerminalSize.columns())
    }

    static func slaCell(_ sla: SLAStatus?, _ lang: Language) -> String { sla?.markedTimeLeft(lang) ?? "" }
}
