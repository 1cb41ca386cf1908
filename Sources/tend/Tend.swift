import ArgumentParser
import Foundation

@main
struct Tend: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tend",
        abstract: "Tend — the complaint desk for pet-service businesses.",
        discussion: """
        Every command acts on one desk (see --store) as your operating-system login, mapped through \
        the desk's staff roster. Start with `tend demo` for a ready demo desk, or `tend init` for an empty one.
        Exit status: 0 done; 1 refused or failed (the reason is printed); 64 bad command-line usage.
        """,
        subcommands: [
            ConsoleLaunch.self, ListCommand.self, ShowCommand.self, AddCommand.self, AdvanceCommand.self, TakeCommand.self,
            AssignCommand.self, GradeCommand.self, NoteCommand.self, ApproveCommand.self, RejectCommand.self, ApprovalsCommand.self, ReopenCommand.self,
            MediateCommand.self, MediationCommand.self, FollowUpCommand.self, RelateCommand.self, StaffCommand.self, ExportCommand.self,
            ImportCommand.self, InitCommand.self, DemoCommand.self, CheckCommand.self, CompactCommand.self, ThemesCommand.self, ScriptsCommand.self, CoachCommand.self, TriageCommand.self, TermsCommand.self, TrainingCommand.self, AngerCommand.self, PauseCommand.self, ResumeCommand.self,
            PolicyCommand.self, TeamCommand.self, MigrateCommand.self, KeptCommand.self, CallsCommand.self, EvidenceCommand.self, CaseCommand.self, MyNotesCommand.self, StatsCommand.self, ReportCommand.self,
        ],
        defaultSubcommand: ConsoleLaunch.self
    )

    /// ArgumentParser's own messages quote what was typed (an unknown option, a bad value), so
    /// they leave through `Output` and its escaping like everything else; otherwise as its `main`.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                Output.write(message.isEmpty ? "" : message + "\n")
            } else {
                Output.message(message.isEmpty ? "" : message + "\n")
            }
            Foundation.exit(code.rawValue)
        }
    }
}
