import ArgumentParser
import Foundation
import TendCore

/// Options every desk command takes.
struct DeskOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The desk directory.", discussion: "Default: $TEND_STORE, else $XDG_DATA_HOME/tend, else ~/.local/share/tend.", valueName: "dir"))
    var store: String?

    @Option(help: ArgumentHelp("A team's desk in PostgreSQL (default: $TEND_DATABASE).",
                               discussion: "postgresql:///DATABASE connects over the local socket as your login; postgresql://USER@HOST/DATABASE from another machine.",
                               valueName: "url"))
    var database: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Act as this roster login (demo desks only).", valueName: "login"))
    var actAs: String?

    @Option(help: ArgumentHelp("Language of messages: en or zh (default from LANG).", valueName: "lang"))
    var lang: String?

    var language: Language { DeskOptions.language(from: lang) }

    /// `--lang` if given, else the locale's language.
    static func language(from lang: String?) -> Language {
        if let lang { return Language(rawValue: lang.lowercased().hasPrefix("zh") ? "zh" : "en") ?? .en }
        let env = ProcessInfo.processInfo.environment
        return Language.fromLocale(env["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LC_MESSAGES"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LANG"])
    }

    var directory: String { StoreLocation.resolve(explicit: store) }

    func validate() throws {
        if let lang, !["en", "zh", "zh-cn", "zh_cn"].contains(lang.lowercased()) {
            throw ValidationError("--lang takes en or zh")
        }
        if store != nil && database != nil {
            throw ValidationError("--store and --database name two different desks: give one")
        }
    }
}
