import ArgumentParser
import Foundation
import TendCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export every ticket as CSV or JSON (a supervisor's JSON export is a complete backup).")
    @OptionGroup var desk: DeskOptions
    @Option(help: "csv or json.") var format: String
    @Flag(help: "Mask customer names, contacts and special-needs notes, and the phones, e-mails, WeChat and QQ ids written in free text.") var redact = false
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?
    @Flag(help: ArgumentHelp("With --format csv: one row per ticket of its figures for a spreadsheet (first answer, resolution and how long each took, breaches, score, remedies), no customer details.",
                             discussion: "Columns: \(TicketStatsRow.columns.joined(separator: ", ")). Times are in the desk's zone.")) var perTicket = false

    func validate() throws {
        guard ["csv", "json"].contains(format.lowercased()) else { throw ValidationError("--format takes csv or json") }
        if perTicket && format.lowercased() != "csv" { throw ValidationError("--per-ticket goes with --format csv") }
    }

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            var record = TicketRecord(policy: session.policy, now: session.now)
            record.removeContact = !Workflow.seesContacts(session.actor.role)
            record.redact = redact
            // Exports carry full contacts only to supervisors; others get them masked.
            record.revealContact = Workflow.exportsFullContacts(session.actor.role)
            var text = ""
            if perTicket {
                // Figures only: nothing of the customer is in these rows, so --redact has nothing to mask.
                text = CSV.line(TicketStatsRow.columns)
                for row in TicketStatsRow.rows(session.store.desk, policy: session.policy, now: session.now) { text += CSV.line(row) }
            } else if format.lowercased() == "csv" {
                text = CSV.line(TicketRecord.csvColumns)
                for ticket in session.store.desk.tickets { text += CSV.line(record.csvRow(ticket)) }
            } else {
                if record.masks {
                    // The JSON export is the desk's backup format; a masked one must not be taken for one.
                    Output.warn(session.lang.pick(
                        "this export masks \(redact ? "names, contacts and contact details in free text" : "contacts"): it is not a backup and cannot restore contacts. A supervisor's export without --redact is a complete backup.",
                        "本次导出已遮盖\(redact ? "姓名、联系方式及文字中的联系信息" : "联系方式")：不能作为备份，无法恢复联系方式。只有主管不加 --redact 的导出才是完整备份。"))
                }
                text = record.jsonExport(session.store.desk.tickets)
            }
            if let output {
                // Owner-only from the start, never through a symlink, whole or not at all.
                do {
                    try DurableFile.write(Data(text.utf8), to: output)
                } catch StoreError.io(_, _, let code) {
                    throw ExportRefusal(path: output, errno: code)
                }
            } else {
                Output.write(text)
            }
        }
    }
}

/// The export file could not be written; nothing was left in its place.
struct ExportRefusal: Refusal {
    let path: String
    let errno: Int32

    func message(_ lang: Language) -> String {
        let reason = String(cString: strerror(errno))
        return lang.pick("cannot write the export to \(path): \(reason). Nothing was written.",
                         "无法把导出文件写到 \(path)：\(reason)。未写入任何内容。")
    }
}
