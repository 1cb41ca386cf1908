import Foundation
import Testing

/// The test: a desk exported by a supervisor and imported into an empty desk shows every
/// ticket exactly as before. Tend has no fixed clock for commands, so the one thing that depends on
/// when a command runs, the SLA's countdown and its state (and a paused clock's due time), is left
/// out of the comparison; its clock and due time are compared.
@Suite struct BackupRestoreEndToEndTests {
    let tend = TendRunner()
    var source: String { tend.path("source") }
    var target: String { tend.path("target") }
    var backup: String { tend.path("backup.json") }

    /// A JSON value without the parts that depend on the instant the command ran.
    func timeless(_ value: Any) -> Any {
        if var object = value as? [String: Any] {
            for (key, field) in object { object[key] = timeless(field) }
            if var sla = object["sla"] as? [String: Any] {
                sla["seconds_left"] = nil
                sla["state"] = nil
                // A paused clock's due time is "now plus what was left": it moves with the instant
                // too (a ticket in mediation waits for the mediator).
                if sla["paused_for"] is String { sla["due"] = nil }
                object["sla"] = sla
            }
            return object
        }
        if let list = value as? [Any] { return list.map(timeless) }
        return value
    }

    /// Equal as JSON: written again with sorted keys, byte for byte.
    func same(_ a: Any, _ b: Any) throws -> Bool {
        let sorted = { (value: Any) in try JSONSerialization.data(withJSONObject: timeless(value), options: [.sortedKeys]) }
        return try sorted(a) == sorted(b)
    }

    func makeBackup(tickets: Int) throws {
        let demo = try tend.run(["demo", "--store", source, "--tickets", "\(tickets)", "--now", "2026-11-20T09:00:00Z"])
        #expect(demo.status == 0, "\(demo.stderr)")
        let export = try tend.run(["export", "--format", "json", "--output", backup, "--store", source, "--as", "zhao.min"])
        #expect(export.status == 0 && export.stderr.isEmpty, "\(export.stderr)")
    }

    func makeEmptyDesk(_ directory: String) throws {
        let created = try tend.run(["init", "--store", directory])
        #expect(created.status == 0, "\(created.stderr)")
    }

    @Test func anExportedDeskImportedIntoAnEmptyDeskShowsEveryTicketTheSame() throws {
        try makeBackup(tickets: 120)
        try makeEmptyDesk(target)
        let restored = try tend.run(["import", backup, "--store", target])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.contains("Restored 120 tickets, T-1001 to T-1120"))
        #expect(restored.stdout.contains("The next new ticket is T-1121."))

        var differing: [String] = []
        for number in 1001...1120 {
            let id = "T-\(number)"
            let before = try tend.json(["show", id, "--json", "--store", source, "--as", "zhao.min"])
            let after = try tend.json(["show", id, "--json", "--store", target])
            if try !same(before, after) { differing.append(id) }
        }
        #expect(differing.isEmpty, "show --json differs for \(differing)")
        let list = ["list", "--all", "--limit", "0", "--json"]
        #expect(try same(try tend.json(list + ["--store", source, "--as", "zhao.min"]), try tend.json(list + ["--store", target])))
        let export = ["export", "--format", "json"]
        let exported = try tend.json(export + ["--store", target])
        #expect((exported as? [Any])?.count == 120)
        #expect(try same(try tend.json(export + ["--store", source, "--as", "zhao.min"]), exported))

        let check = try tend.run(["check", "--store", target])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let added = try tend.run(["add", "--customer", "林小姐", "--contact", "13912345678", "--service", "grooming",
                                  "--channel", "phone", "--description", "耳朵被剪破", "--store", target])
        #expect(added.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "T-1121")
    }

    @Test func aDeskThatIsNotEmptyIsRefusedInBothLanguagesAndLeftAsItWas() throws {
        try makeBackup(tickets: 12)
        try makeEmptyDesk(target)
        #expect(try tend.run(["import", backup, "--store", target]).status == 0)
        // The desk it came from, as its supervisor, and the desk it was restored into, as its owner.
        for (desk, actor) in [(source, ["--as", "zhao.min"]), (target, [])] {
            let before = try DeskFiles(of: desk)
            let again = try tend.run(["import", backup, "--store", desk] + actor)
            #expect(again.status == 1)
            #expect(again.stderr.contains("a backup is restored into an empty desk only, and this desk holds 12 tickets. Nothing was written."))
            #expect(again.stderr.contains("already holds exactly the tickets of this backup"))
            let chinese = try tend.run(["import", backup, "--store", desk, "--lang", "zh"] + actor)
            #expect(chinese.status == 1 && chinese.stderr.contains("备份只能恢复到空工作台，而本工作台已有 12 张工单。未写入任何内容。"))
            #expect(try DeskFiles(of: desk) == before)
        }
    }

    @Test func aMaskedExportWarnsAndIsNotRestored() throws {
        try makeBackup(tickets: 5)
        let masked = tend.path("masked.json")
        for (login, redact) in [("li.hua", false), ("zhao.min", true)] {
            let export = try tend.run(["export", "--format", "json", "--output", masked, "--store", source, "--as", login]
                + (redact ? ["--redact"] : []))
            #expect(export.status == 0)
            #expect(export.stderr.contains("it is not a backup and cannot restore contacts"), "\(export.stderr)")
            let empty = tend.path("empty-\(login)")
            try makeEmptyDesk(empty)
            let refused = try tend.run(["import", masked, "--store", empty])
            #expect(refused.status == 1 && refused.stderr.contains("this export is masked or redacted"), "\(refused.stderr)")
            #expect((try tend.json(["list", "--all", "--json", "--store", empty]) as? [Any])?.isEmpty == true)
        }
        // A CSV export is no backup either, but no one takes it for one: it says nothing.
        #expect(try tend.run(["export", "--format", "csv", "--store", source, "--as", "li.hua"]).stderr.isEmpty)
    }

    @Test func aBrokenBackupIsRefusedWithWhereAndNothingIsWritten() throws {
        try makeBackup(tickets: 5)
        var lines = try String(contentsOfFile: backup, encoding: .utf8).components(separatedBy: "\n")
        // Line 4 holds T-1003: its first entry becomes an event no Tend writes.
        #expect(lines[3].hasPrefix("{\"id\":\"T-1003\""))
        lines[3] = lines[3].replacingOccurrences(of: "\"event\":\"received\"", with: "\"event\":\"teleported\"")
        let broken = tend.path("broken.json")
        try lines.joined(separator: "\n").write(toFile: broken, atomically: true, encoding: .utf8)
        try makeEmptyDesk(target)
        let before = try DeskFiles(of: target)
        let refused = try tend.run(["import", broken, "--store", target])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the backup was not restored and nothing was written: 1 problem(s):"), "\(refused.stderr)")
        #expect(refused.stderr.contains("line 4, T-1003, timeline entry 1: unknown event \"teleported\""), "\(refused.stderr)")
        #expect(try DeskFiles(of: target) == before)
    }
}
