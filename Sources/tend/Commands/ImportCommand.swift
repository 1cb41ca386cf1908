import ArgumentParser
import TendCore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Take in complaints from a CSV or JSON file, or restore a backup, all or nothing.",
        discussion: """
        Columns / fields: \(IntakeImport.fields.joined(separator: ", ")). Required: customer, contact, service, channel, \
        description. Every bad row is reported with its line number and nothing is imported.

        A file made by `tend export --format json` (by a supervisor, without --redact) is a backup: it is restored \
        into an empty desk only, every ticket under its own ID with its timeline as it was, in one step. A backup \
        with any problem is refused with where it is (ticket, timeline entry), and nothing is written.
        """)
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "A .csv file with a header row, or a .json array of objects (complaints, or an export to restore).") var file: String
    @Flag(help: "Take each complaint's triage suggestion for what the file does not say (grade no lower than suggested, harm, cause, anger). Without it each suggestion is recorded beside the complaint.")
    var triage = false

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let text = try IntakeImport.text(path: file)
            if let backup = try BackupFile.read(text) {
                try restore(backup, session)
                return
            }
            let intakes = try IntakeImport.parse(text)
            let rules = Triage(try TriageRulesFile.load(storeDirectory: session.store.directory))
            let judged = intakes.map { TriageDecision(rules.suggest($0.description)).apply(to: $0, harm: nil, take: triage) }
            defer { session.reportNotices() }
            let request = Store.Request(id: change.request, actor: session.actor.login, fingerprint: change.fingerprint,
                                        fresh: change.requestID == nil)
            let changes = try session.store.commit(request: request) { desk, policy in
                let workflow = Workflow(policy: policy, actor: session.actor, now: session.now)
                var changes: [Change] = []
                for (offset, (intake, judgement)) in judged.enumerated() {
                    let id = TicketID(desk.nextID.number + Int32(offset))
                    changes += try workflow.receive(intake, judgement).map {
                        Change(ticket: id, entry: TimelineEntry(at: session.now, actor: session.actor.login, event: $0))
                    }
                }
                return changes
            }.changes
            let lang = session.lang
            // Each complaint is several changes (its receipt, the suggestion, a routing…).
            let tickets = Set(changes.map(\.ticket)).count
            print(lang.pick("Imported \(tickets) complaints: \(changes.first!.ticket) to \(changes.last!.ticket).",
                            "已导入 \(tickets) 条投诉：\(changes.first!.ticket) 至 \(changes.last!.ticket)。"))
        }
    }

    private func restore(_ backup: Backup, _ session: Session) throws {
        let lang = session.lang
        if change.requestID != nil {
            // Each entry keeps the request id it was recorded with; a second run is refused anyway,
            // because the desk is no longer empty.
            Output.warn(lang.pick("a restore keeps every entry's own request id; --request-id is not recorded.",
                                  "恢复备份时每条处理记录保留原有的请求编号；--request-id 不会被记录。"))
        }
        defer { session.reportNotices() }
        let tickets = try session.store.restore(backup, as: session.actor)
        print(lang.pick("Restored \(tickets.count) tickets, \(tickets.first!.id) to \(tickets.last!.id), with \(backup.entryCount) timeline entries as they were. The next new ticket is \(session.store.desk.nextID).",
                        "已恢复 \(tickets.count) 张工单（\(tickets.first!.id) 至 \(tickets.last!.id)），共 \(backup.entryCount) 条处理记录，均保持原样。下一张新工单为 \(session.store.desk.nextID)。"))
    }
}
