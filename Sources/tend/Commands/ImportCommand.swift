import ArgumentParser
import TendCore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Take in complaints from a CSV or JSON file, all or nothing.",
        discussion: "Columns / fields: \(IntakeImport.fields.joined(separator: ", ")). Required: customer, contact, service, channel, description. Every bad row is reported with its line number and nothing is imported.")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "A .csv file with a header row, or a .json array of objects.") var file: String

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let intakes = try IntakeImport.read(path: file)
            defer { session.reportNotices() }
            let request = Store.Request(id: change.request, actor: session.actor.login, fingerprint: change.fingerprint,
                                        fresh: change.requestID == nil)
            let changes = try session.store.commit(request: request) { desk, policy in
                let workflow = Workflow(policy: policy, actor: session.actor, now: session.now)
                var changes: [Change] = []
                for (offset, intake) in intakes.enumerated() {
                    let id = TicketID(desk.nextID.number + Int32(offset))
                    changes += try workflow.receive(intake).map {
                        Change(ticket: id, entry: TimelineEntry(at: session.now, actor: session.actor.login, event: $0))
                    }
                }
                return changes
            }.changes
            let lang = session.lang
            print(lang.pick("Imported \(changes.count) complaints: \(changes.first!.ticket) to \(changes.last!.ticket).",
                            "已导入 \(changes.count) 条投诉：\(changes.first!.ticket) 至 \(changes.last!.ticket)。"))
        }
    }
}
