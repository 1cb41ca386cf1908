import Foundation

/// Finds folders of data shipped with Tend (themes, scripts) wherever it runs from: installed as
/// `PREFIX/share/tend/NAME` beside `PREFIX/bin/tend`, or in the source tree it was built from
/// (the executable's ancestors, for `swift run`; then this file's own package, for tests).
public enum ShippedData {
    public static func candidates(_ folder: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var found: [String] = []
        if let override = environment["TEND_" + folder.uppercased()], !override.isEmpty { found.append(override) }
        let executable = Bundle.main.executablePath.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } ?? CommandLine.arguments[0]
        var directory = (executable as NSString).deletingLastPathComponent
        found.append(((directory as NSString).appendingPathComponent("../share/tend") as NSString).appendingPathComponent(folder))
        while directory.count > 1 {
            if FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent("Package.swift")) {
                found.append((directory as NSString).appendingPathComponent(folder))
                break
            }
            directory = (directory as NSString).deletingLastPathComponent
        }
        // Sources/TendCore/Desk/ShippedData.swift → the package root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        found.append(root.appendingPathComponent(folder).path)
        var seen = Set<String>()
        return found.map { ($0 as NSString).standardizingPath }.filter { seen.insert($0).inserted }
    }

    /// The first candidate folder holding `marker`.
    public static func directory(_ folder: String, containing marker: String) -> String? {
        candidates(folder).first { FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent(marker)) }
    }
}
