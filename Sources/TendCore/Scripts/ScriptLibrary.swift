import Foundation

/// The scripts and coaching phrases Tend knows: the files shipped in `scripts/`, plus a desk's
/// own `scripts.toml` in its store directory.
public struct ScriptLibrary: Sendable {
    public let scripts: [Script]
    public let phrases: [PhraseRule]
    private let byID: [String: Script]

    public init(scripts: [Script], phrases: [PhraseRule]) {
        self.scripts = scripts
        self.phrases = phrases
        byID = Dictionary(scripts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public static let empty = ScriptLibrary(scripts: [], phrases: [])

    public func script(_ id: String) -> Script? { byID[id] }

    /// The scripts that fit, best first (ties keep the library's order).
    public func matching(_ context: ScriptContext) -> [Script] {
        scripts.enumerated()
            .compactMap { index, script in script.fit(context).map { (score: $0, index: index, script: script) } }
            .sorted { ($0.score, -$0.index) > ($1.score, -$1.index) }
            .map(\.script)
    }

    public func matching(_ ticket: Ticket) -> [Script] { matching(ScriptContext(ticket)) }

    /// The file name a desk uses for its own scripts, in its store directory.
    public static let deskFileName = "scripts.toml"

    /// Files in the shipped folder that are not library files: what a script may promise, and
    /// where (the tests hold every script to it).
    public static let notLibraryFiles: Set<String> = ["promises.toml"]

    /// Reads the shipped library and the desk's own file. The shipped files must be sound (a
    /// broken one is an error); a broken desk file is reported and left out, so a typo in it
    /// never takes the scripts away from a handler mid-shift.
    public static func load(storeDirectory: String?) throws -> (library: ScriptLibrary, problems: [String]) {
        guard let directory = ShippedData.directory("scripts", containing: "received.toml") else {
            throw LibraryError(path: "scripts/", line: 0, reason: "the script library was not found (looked in \(ShippedData.candidates("scripts").joined(separator: ", ")))")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".toml") && !notLibraryFiles.contains($0) }.sorted()
        var parts: [LibraryFile.Contents] = []
        for file in files {
            parts.append(try LibraryFile.load(path: (directory as NSString).appendingPathComponent(file)))
        }
        let shipped = try merge(parts)
        guard let store = storeDirectory else { return (shipped, []) }
        let deskPath = (store as NSString).appendingPathComponent(deskFileName)
        guard FileManager.default.fileExists(atPath: deskPath) else { return (shipped, []) }
        do {
            return (try merge(parts + [try LibraryFile.load(path: deskPath)]), [])
        } catch {
            return (shipped, ["\(error) (the desk's own scripts are left out until it is fixed)"])
        }
    }

    /// One library from several files; an ID used twice is an error at its second place.
    static func merge(_ parts: [LibraryFile.Contents]) throws -> ScriptLibrary {
        var seen: [String: String] = [:]
        for script in parts.flatMap(\.scripts) {
            if let first = seen[script.id] {
                let (path, line) = LibraryFile.split(script.origin)
                throw LibraryError(path: path, line: line, reason: "script id \"\(script.id)\" is already used at \(first)")
            }
            seen[script.id] = script.origin
        }
        return ScriptLibrary(scripts: parts.flatMap(\.scripts), phrases: parts.flatMap(\.phrases))
    }
}
