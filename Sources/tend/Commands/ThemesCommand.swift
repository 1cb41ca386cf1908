import ArgumentParser
import Foundation
import TendConsole
import TendCore
import TendTerminal

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the colour themes Tend can find, check each one, and say where it looks.",
        discussion: "Choose one with `tend --theme NAME` or TEND_THEME=NAME. Exits 1 when a theme file has an error (shown as file:line).")

    @Option(help: ArgumentHelp("The desk directory (its themes/ folder is searched first).", valueName: "dir"))
    var store: String?

    func run() throws {
        let locator = ThemeLocator(storeDirectory: store.map { StoreLocation.resolve(explicit: $0) })
        var broken = 0
        for (name, path) in locator.available() {
            do {
                _ = try ThemeFile.load(path: path, base: StandardPalettes.ansi16)
                print("\(name)\t\(path)")
            } catch {
                broken += 1
                print("\(name)\t\(path)\tBROKEN: \(error)")
            }
        }
        print("searched: " + locator.directories.joined(separator: ", "))
        if broken > 0 { throw ExitCode(1) }
    }
}
