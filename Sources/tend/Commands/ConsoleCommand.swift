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
            let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            Console(store: session.store, state: state, palette: noColor ? StandardPalettes.monochrome : StandardPalettes.ansi16).run()
        }
    }
}
