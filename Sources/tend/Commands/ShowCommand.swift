import ArgumentParser
import Foundation
import TendCore
import TendTerminal

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one ticket with its whole timeline.")

    @OptionGroup var desk: DeskOptions

    @Argument(help: "The ticket, e.g. T-1042.")
    var id: String

    @Flag(help: "Show the customer's full contact (assignee or supervisor only; logged in the timeline).")
    var reveal = false

    @Flag(help: "JSON output, with the timeline.")
    var json = false

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            var ticket = try session.ticket(id)
            if reveal {
                ticket = try session.change(id, nil, .reveal).after
            }
            var record = TicketRecord(policy: session.policy, now: session.now)
            record.removeContact = !Workflow.seesContacts(session.actor.role)
            record.revealContact = reveal
            if json {
                print(record.json(ticket, timeline: true).rendered(pretty: true))
            } else {
                print(TicketText.render(ticket, session: session, revealContact: reveal), terminator: "")
            }
        }
    }
}

/// A ticket for reading in a terminal: the presenter's lines (the ones the console's ticket pane
/// shows), labels aligned, then what happened and the timeline.
enum TicketText {
    static func render(_ ticket: Ticket, session: Session, revealContact: Bool) -> String {
        var presenter = TicketPresenter(policy: session.policy, viewer: session.actor, now: session.now, lang: session.lang)
        presenter.revealed = revealContact
        presenter.others = session.store.desk.customers.matches(for: ticket, on: session.store.desk)
        let lines = presenter.lines(ticket)
        let labelWidth = lines.filter { $0.kind != .description }.compactMap { $0.label.map(DisplayWidth.of) }.max() ?? 0
        let colon = session.lang.pick(":", "：")
        var out = "\(ticket.id)  \(SafeText.line(ticket.customer.name)) · \(SafeText.line(ticket.pet.name))\n"
        for line in lines {
            if line.kind == .description {
                // Several lines of the customer's own words: a block of its own.
                out += "\n  \(line.label ?? "")\(colon)\n"
                for text in SafeText.block(line.value).split(separator: "\n", omittingEmptySubsequences: false) { out += "    \(text)\n" }
                out += "\n"
                continue
            }
            let label = line.label.map { DisplayWidth.fit($0, to: labelWidth) + "  " } ?? ""
            out += "  \(label)\(SafeText.line(line.value))\n"
        }
        out += "\n  \(presenter.timelineHeading)\(colon)\n"
        for entry in presenter.timeline(ticket) {
            out += "    \(entry.at)  \(DisplayWidth.fit(SafeText.line(entry.actor), to: 12))  \(SafeText.line(entry.text))\n"
        }
        return out
    }
}
