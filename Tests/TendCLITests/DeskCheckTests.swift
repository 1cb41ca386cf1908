import Foundation
import Testing

/// `tend check` and the desk's owner, as a user meets them on the command line.
@Suite struct DeskCheckTests {
    let tend = TendRunner()
    var desk: String { tend.path("desk") }

    func makeDemo() throws {
        #expect(try tend.run(["demo", "--store", desk, "--tickets", "8", "--now", "2026-11-20T09:00:00Z"]).status == 0)
    }

    @Test func checkReportsLeftoversLinksAndUnreadableDraftsAndPassesOnceTheyAreGone() throws {
        try makeDemo()
        #expect(try tend.run(["check", "--store", desk]).status == 0)
        let manager = FileManager.default
        #expect(manager.createFile(atPath: desk + "/snapshot.tend.tmp", contents: Data([1, 2, 3]), attributes: [.posixPermissions: 0o600]))
        #expect(symlink("/etc/hostname", desk + "/policy.toml.orig") == 0)
        try manager.createDirectory(atPath: desk + "/drafts/li.hua", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        #expect(chmod(desk + "/drafts", 0o700) == 0)
        #expect(manager.createFile(atPath: desk + "/drafts/li.hua/note-T-1001.json", contents: Data("{half".utf8), attributes: [.posixPermissions: 0o600]))
        let result = try tend.run(["check", "--store", desk])
        #expect(result.status == 1)
        #expect(result.stdout.contains("snapshot.tend.tmp was left by an interrupted write"))
        #expect(result.stdout.contains("policy.toml.orig is a symbolic link"))
        #expect(result.stdout.contains("note-T-1001.json is not a readable draft"))
        for path in ["/policy.toml.orig", "/drafts/li.hua/note-T-1001.json"] { try manager.removeItem(atPath: desk + path) }
        // What an interrupted write left is reported, but holds nothing acknowledged: the desk is sound.
        let leftover = try tend.run(["check", "--store", desk])
        #expect(leftover.status == 0 && leftover.stdout.contains("· \(desk)/snapshot.tend.tmp was left by an interrupted write"))
        try manager.removeItem(atPath: desk + "/snapshot.tend.tmp")
        #expect(try tend.run(["check", "--store", desk]).stdout.hasSuffix("All checks passed.\n"))
    }

    /// A desk shared through a folder broke at its first compaction; now whoever is not its owner
    /// is told whose desk it is, and nothing is read or written.
    @Test(.enabled(if: getuid() == 0, "changing a folder's owner needs root"))
    func anotherUsersDeskIsRefusedInOneSentence() throws {
        try makeDemo()
        #expect(chown(desk, 4242, 4242) == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: desk).sorted()
        for arguments in [["list"], ["note", "T-1001", "hello", "--as", "zhao.min"], ["check"]] {
            let result = try tend.run(arguments + ["--store", desk])
            #expect(result.status == 1)
            #expect(result.stderr.contains("is uid 4242's desk: a file desk belongs to the one person who made it"), "\(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: desk).sorted() == before)
    }

    /// A kept piece of evidence changed on disk (a flipped bit, a file replaced) and a desk's own
    /// terms with a mistake are found by `tend check`, each named.
    @Test func checkFindsChangedEvidenceAndBrokenTerms() throws {
        try makeDemo()
        let photo = tend.path("photo.jpg")
        try Data("fake jpeg bytes".utf8).write(to: URL(fileURLWithPath: photo))
        #expect(try tend.run(["evidence", "add", "T-1001", photo, "--kind", "photo", "--store", desk, "--as", "zhao.min"]).status == 0)
        #expect(try tend.run(["check", "--store", desk]).status == 0)
        let folder = desk + "/evidence/T-1001"
        let kept = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + kept))
        bytes[3] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: folder + "/" + kept))
        var result = try tend.run(["check", "--store", desk])
        #expect(result.status == 1 && result.stdout.contains("T-1001 evidence 1 (photo.jpg): evidence/T-1001/\(kept) is missing or no longer matches its SHA-256"),
                "\(result.stdout)")
        bytes[3] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: folder + "/" + kept))
        #expect(try tend.run(["check", "--store", desk]).status == 0)
        #expect(FileManager.default.createFile(atPath: desk + "/terms.toml", contents: Data("[[clause]]\nid = \"G1\"\nkind = [\n".utf8),
                                               attributes: [.posixPermissions: 0o600]))
        result = try tend.run(["check", "--store", desk])
        #expect(result.status == 1 && result.stdout.contains("terms.toml:3:"), "\(result.stdout)")
    }
}
