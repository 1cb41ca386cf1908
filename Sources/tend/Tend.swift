import ArgumentParser

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
            AssignCommand.self, GradeCommand.self, NoteCommand.self, ApproveCommand.self, ReopenCommand.self,
            MediateCommand.self, FollowUpCommand.self, RelateCommand.self, StaffCommand.self, ExportCommand.self,
            ImportCommand.self, InitCommand.self, DemoCommand.self, CheckCommand.self, CompactCommand.self, ThemesCommand.self, ScriptsCommand.self, CoachCommand.self, TrainingCommand.self, AngerCommand.self,
        ],
        defaultSubcommand: ConsoleLaunch.self
    )
}
