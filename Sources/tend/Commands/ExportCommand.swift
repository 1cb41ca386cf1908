import ArgumentParser
import Foundation
import TendCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export every ticket as CSV or JSON.")
    @OptionGroup var desk: DeskOptions
    @Option(help: "csv or json.") var format: String
    @Flag(help: "Mask customer names, contacts and special-needs notes.") var redact = false
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?

    func validate() throws {
        guard ["csv", "json"].contains(format.lowercased()) else { throw ValidationError("--format takes csv or json") }
    }

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            var record = TicketRecord(policy: session.policy, now: session.now)
            record.redact = redact
            // Exports carry full contacts only to supervisors; others get them masked.
            record.revealContact = session.actor.role == .supervisor
            var text = ""
            if format.lowercased() == "csv" {
                text = CSV.line(TicketRecord.csvColumns)
                for ticket in session.store.desk.tickets { text += CSV.line(record.csvRow(ticket)) }
            } else {
                text = "[\n"
                for (index, ticket) in session.store.desk.tickets.enumerated() {
                    if index > 0 { text += ",\n" }
                    record.json(ticket, timeline: true).write(into: &text, indent: nil)
                }
                text += "\n]\n"
            }
            if let output {
                do {
                    try text.write(toFile: output, atomically: true, encoding: .utf8)
                } catch {
                    throw Output.fail("cannot write \(output): \(error.localizedDescription)")
                }
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }
}
