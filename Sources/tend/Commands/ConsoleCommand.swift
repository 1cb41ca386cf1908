import ArgumentParser
import Foundation
import TendConsole
import TendCore
import TendTerminal
#if canImport(Glibc)
import Glibc
#endif

struct ConsoleLaunch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Open the full-screen console (what `tend` does by default in a terminal).",
        discussion: "Press ? inside for every key. When standard input or output is not a terminal, prints the queue instead.")

    @OptionGroup var desk: DeskOptions

    @Flag(help: "Draw borders with + - | (for terminals that draw box characters two cells wide).")
    var ascii = false

    @Option(help: ArgumentHelp("Colour theme: default, dark-256, light, high-contrast, monochrome, or a .toml file (default: $TEND_THEME, else default). `tend themes` lists them.", valueName: "name"))
    var theme: String?

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            var list = try ListCommand.parse([])
            list.desk = desk
            try list.run()
            return
        }
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            var state = ConsoleState(lang: session.lang, actor: session.actor, now: session.now)
            state.ascii = ascii
            let (palette, problem) = ThemeChoice.palette(named: theme, storeDirectory: session.store.directory)
            if let problem { state.say(problem, error: true) }
            // Without its scripts the console still works the queue: the problem is shown instead.
            do {
                let (library, libraryProblems) = try ScriptLibrary.load(storeDirectory: session.store.directory)
                state.library = library
                if let first = libraryProblems.first { state.say(first, error: true) }
            } catch {
                state.say("\(error)", error: true)
            }
            // Without its signs the intake form simply suggests nothing: the problem is shown.
            do {
                state.triage = Triage(try TriageRulesFile.load(storeDirectory: session.store.directory))
            } catch {
                state.say("\(error)", error: true)
            }
            // Without terms K says why; the rest of the console is unaffected.
            do throws(TermsFileError) {
                state.terms = try TermsFile.load(storeDirectory: session.store.directory)
            } catch {
                state.termsProblem = error.message(session.lang)
                state.say(error.message(session.lang), error: true)
            }
            Console(store: session.store, state: state, palette: palette).run()
            // Said again after the screen is gone, so it is not missed.
            if let problem { Output.problem("\(problem)") }
        }
    }
}
