import ArgumentParser
import Foundation
import TendCore

/// Evidence kept with a case: `tend evidence add` copies a file into the desk (or records a
/// reference), `tend evidence list` shows what is kept and checks each file still matches.
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Keep evidence with a case (photos, the vet's record, receipts, CCTV clips, chat logs), or list it.",
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy a file into the desk (owner-only, size and SHA-256 recorded), or record a reference.",
            discussion: "tend evidence add T-1042 ear.jpg --kind photo --note \"the day after\"\ntend evidence add T-1042 --ref CAM2-0412 --kind cctv")
        @OptionGroup var desk: DeskOptions
        @OptionGroup var change: ChangeOptions
        @Argument(help: "The ticket.") var id: String
        @Argument(help: "The file to keep (leave out with --ref).") var file: String?
        @Option(help: ArgumentHelp("What it is: \(EvidenceKind.identifiers).", valueName: "kind")) var kind: String
        @Option(help: ArgumentHelp("A reference to evidence kept elsewhere: a clip's ID, the clinic's record number.", valueName: "text")) var ref: String?
        @Option(help: "What it shows.") var note: String = ""

        func validate() throws {
            let _: EvidenceKind = try parseVocabulary(kind, "kind")
            if file == nil && (ref ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("give a FILE to keep, or --ref TEXT for evidence kept elsewhere")
            }
        }

        func run() throws {
            try Output.reporting(desk.language) {
                let session = try Session.open(desk)
                let ticket = try session.ticket(id)
                // Checked before a byte is copied: a trainee, a closed desk's refusal, no such ticket.
                let kind: EvidenceKind = try parseVocabulary(kind, "kind")
                let probe = Evidence(kind: kind, reference: ref ?? "-", note: note)
                try Workflow(policy: session.policy, actor: session.actor, now: session.now).check(.evidence(probe), on: ticket)
                var stored: EvidenceFile?
                if let file {
                    guard session.store.log is FileEventLog else { throw EvidenceKeeper.Failure.onlyReferencesOnTeamDesk }
                    stored = try EvidenceKeeper.keep(file, in: session.store.directory, for: ticket.id)
                }
                let action = TicketAction.evidence(Evidence(kind: kind, file: stored, reference: ref ?? "", note: note))
                print(session.outcome(action, try session.change(id, change, action)))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a case's evidence; each kept file is checked against its SHA-256.")
        @OptionGroup var desk: DeskOptions
        @Argument(help: "The ticket.") var id: String

        func run() throws {
            try Output.reporting(desk.language) {
                let session = try Session.open(desk)
                let ticket = try session.ticket(id)
                let lang = session.lang
                guard !ticket.evidence.isEmpty else {
                    print(lang.pick("\(ticket.id) has no evidence recorded.", "\(ticket.id) 尚无证据记录。"))
                    return
                }
                var damaged = 0
                for (index, item) in ticket.evidence.enumerated() {
                    var line = "\(index + 1). " + EvidenceText.line(item, lang, fullChecksum: true)
                    if let file = item.file {
                        let intact = EvidenceKeeper.verify(file, in: session.store.directory)
                        if !intact { damaged += 1 }
                        line += intact ? lang.pick("  [checked]", "  [校验一致]") : lang.pick("  [MISSING OR CHANGED]", "  [文件缺失或已改动]")
                    }
                    print(line)
                }
                if damaged > 0 {
                    throw ValidationError(lang.pick("\(damaged) kept file(s) no longer match their SHA-256", "有 \(damaged) 个文件与记录的 SHA-256 不符"))
                }
            }
        }
    }
}

/// One case written out for a mediator or an insurer: `tend case T-1042 --format html > case.html`.
struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "Write one case out whole (complaint, findings, remedies, promises, evidence with checksums, timeline) for a mediator or an insurer.")
    @OptionGroup var desk: DeskOptions
    @Argument(help: "The ticket.") var id: String
    @Option(help: "md (Markdown) or html (printable).") var format: String = "md"

    func validate() throws {
        guard CaseReport.Format(rawValue: format) != nil else { throw ValidationError("--format takes md or html") }
    }

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let ticket = try session.ticket(id)
            let report = CaseReport(policy: session.policy, lang: session.lang, now: session.now, by: session.actor)
            Output.write(report.render(ticket, as: CaseReport.Format(rawValue: format)!))
        }
    }
}
