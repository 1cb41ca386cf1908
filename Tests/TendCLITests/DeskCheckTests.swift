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
}
