import Foundation
import TendCore
import TendTerminal

/// Finds theme files by name, wherever Tend runs from: a desk's own `themes/` folder, the
/// user's config folder, an installed copy (`<prefix>/share/tend/themes` beside `<prefix>/bin`),
/// and the source tree it was built from (`swift run`, from any working directory).
public struct ThemeLocator {
    public let directories: [String]

    public init(storeDirectory: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        var found: [String] = []
        if let custom = environment["TEND_THEMES"], !custom.isEmpty { found.append(custom) }
        if let store = storeDirectory { found.append((store as NSString).appendingPathComponent("themes")) }
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".config")
        found.append((config as NSString).appendingPathComponent("tend/themes"))
        found += ShippedData.candidates("themes", environment: [:])
        directories = found
    }

    /// A name ("dark-256") looked up in each folder in turn, or a path to a file.
    public func path(for name: String) -> String? {
        if name.contains("/") || name.hasSuffix(".toml") {
            return FileManager.default.fileExists(atPath: name) ? name : nil
        }
        for directory in directories {
            let path = (directory as NSString).appendingPathComponent(name + ".toml")
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }

    /// Every theme name that can be found, with the file that would be used.
    public func available() -> [(name: String, path: String)] {
        var seen = Set<String>()
        var out: [(String, String)] = []
        for directory in directories {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in names.sorted() where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                if seen.insert(name).inserted { out.append((name, (directory as NSString).appendingPathComponent(file))) }
            }
        }
        return out
    }
}

/// The palette the console starts with, and anything the user should be told about it.
public enum ThemeChoice {
    public static let defaultName = "default"

    /// `NO_COLOR` wins over everything (https://no-color.org); then `--theme`, `$TEND_THEME`,
    /// and the default theme. A theme that cannot be used is reported (file:line) and the
    /// built-in default is used instead.
    public static func palette(named requested: String?, storeDirectory: String?,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> (palette: Palette, problem: String?) {
        let locator = ThemeLocator(storeDirectory: storeDirectory, environment: environment)
        if !(environment["NO_COLOR"] ?? "").isEmpty {
            let mono = locator.path(for: "monochrome").flatMap { try? ThemeFile.load(path: $0, base: StandardPalettes.monochrome) }
            return (mono.map { Palette(looks: $0.looks, monochrome: true) } ?? StandardPalettes.monochrome, nil)
        }
        let name = requested ?? environment["TEND_THEME"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultName
        guard let path = locator.path(for: name) else {
            let known = locator.available().map(\.name).joined(separator: ", ")
            let problem = name == defaultName && requested == nil ? nil
                : "theme \"\(name)\" not found (known: \(known.isEmpty ? "none" : known)); using the built-in default"
            return (StandardPalettes.ansi16, problem)
        }
        do {
            return (try ThemeFile.load(path: path, base: StandardPalettes.ansi16), nil)
        } catch {
            return (StandardPalettes.ansi16, "\(error); using the built-in default")
        }
    }
}
