import Foundation
import TendCore

/// Drafts on disk: `drafts/<login>/<form>[-<ticket>].json` in the store directory, each written
/// whole through `DurableFile` (temporary file fsync'd, renamed over the old one, folder fsync'd),
/// so a crash or a power cut leaves the old draft or the new one, never half of either nor an
/// empty file that looks newer.
public struct DraftShelf {
    public let directory: String
    private let storeDirectory: String

    public init(storeDirectory: String, login: String) {
        self.storeDirectory = storeDirectory
        directory = (storeDirectory as NSString).appendingPathComponent("drafts/" + StoreLocation.fileName(forLogin: login))
    }

    /// Every readable draft, newest first, and a message for each file that could not be read.
    /// An unreadable file is left where it is, never overwritten: it may be someone's only copy.
    public func load() -> (drafts: [Draft], problems: [String]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return ([], []) }
        var drafts: [Draft] = []
        var problems: [String] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                drafts.append(try JSONDecoder().decode(Draft.self, from: data))
            } catch {
                problems.append(path)
            }
        }
        // Saved times are whole seconds: two drafts of the same second keep a fixed order.
        return (drafts.sorted { ($0.savedAt, $1.key) > ($1.savedAt, $0.key) }, problems)
    }

    public func save(_ draft: Draft) throws {
        // Drafts hold what customers said: owner-only (0700 folders, 0600 files), like the rest of the desk.
        try DurableFile.makeFolder(directory, inside: storeDirectory)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try DurableFile.write(try encoder.encode(draft), to: path(draft.key))
    }

    public func remove(_ key: String) {
        try? FileManager.default.removeItem(atPath: path(key))
    }

    private func path(_ key: String) -> String {
        (directory as NSString).appendingPathComponent(key + ".json")
    }
}
