import Foundation
import Testing
import TendCore

@Suite struct CommandLineTests {
    let tend = TendRunner()
    var desk: String { tend.path("desk") }

    func makeDemo(_ tickets: Int = 120) throws {
        let result = try tend.run(["demo", "--store", desk, "--tickets", "\(tickets)", "--now", "2026-11-20T09:00:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func theDemoDeskSpeaksStableJSON() throws {
        try makeDemo(150)
        let list = try #require(try tend.json(["list", "--store", desk, "--all", "--limit", "0", "--json"]) as? [[String: Any]])
        #expect(list.count == 150)
        let stages = Set(list.compactMap { $0["stage"] as? String })
        #expect(stages == ["received", "acknowledged", "investigating", "resolving", "follow_up", "closed", "mediation"])
        #expect(Set(list.compactMap { $0["grade"] as? String }).isSubset(of: ["general", "significant", "serious", "critical"]))
        #expect(list.allSatisfy { $0["id"] is String && $0.keys.contains("assignee") })
        let shown = try #require(try tend.json(["show", "T-1001", "--store", desk, "--json"]) as? [String: Any])
        let timeline = try #require(shown["timeline"] as? [[String: Any]])
        #expect(timeline.first?["event"] as? String == "received")
        #expect(timeline.allSatisfy { $0["at"] is String && $0["actor"] is String })
        let staff = try #require(try tend.json(["staff", "--store", desk, "--json"]) as? [[String: Any]])
        #expect(Set(staff.compactMap { $0["role"] as? String }) == ["handler", "supervisor", "trainee"])
        #expect(staff.contains { $0["login"] as? String == "li.hua" })
    }

    @Test func aComplaintWalksFromIntakeToClosedAndEveryGateSpeaks() throws {
        try makeDemo(5)
        func tend(_ args: String..., as login: String = "li.hua") throws -> TendRunner.Result {
            try self.tend.run(args + ["--store", desk, "--as", login])
        }
        let added = try tend("add", "--customer", "林小姐", "--contact", "13912345678", "--pet", "豆豆", "--service", "grooming",
                             "--channel", "phone", "--description", "耳朵被剪破")
        #expect(added.status == 0)
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id == "T-1006")
        var result = try tend("advance", id)
        #expect(result.status == 1 && result.stderr.contains("--eta"))
        result = try tend("advance", id, "--eta", "2h")
        #expect(result.stdout.contains("received → acknowledged"))
        // Nothing was said yet: the must-say checklist warns, and the waiver is recorded.
        #expect(result.stderr.contains("not yet said at the received stage: acknowledge the feeling, apologise"))
        result = try tend("advance", id)
        #expect(result.status == 1 && result.stderr.contains("assignee"))
        result = try tend("take", id, as: "xiao.yu")
        #expect(result.status == 1 && result.stderr.contains("trainee"))
        #expect(try tend("take", id).status == 0)
        // A note that gives the time and the next step ticks this stage's checklist.
        #expect(try tend("note", id, "Told her we will call back tomorrow by 10am with the next step").status == 0)
        result = try tend("advance", id)
        #expect(result.stdout.contains("→ investigating") && !result.stderr.contains("not yet said"))
        result = try tend("advance", id, "--findings", "CCTV confirms")
        #expect(result.status == 1 && result.stderr.contains("--cause"))
        #expect(try tend("advance", id, "--findings", "CCTV confirms", "--cause", "health_safety").status == 0)
        result = try tend("advance", id, "--resolution", "refund", "--amount", "880", "--details", "full refund")
        // Recorded, waiting for approval: a change was made, so it is not reported as a failure.
        #expect(result.status == 0 && result.stdout.contains("resolution recorded") && result.stdout.contains("approval"))
        result = try tend("approve", id)
        #expect(result.status == 1 && result.stderr.contains("supervisor"))
        #expect(try tend("approve", id, as: "zhao.min").status == 0)
        #expect(try tend("advance", id).stdout.contains("→ follow-up"))
        result = try tend("advance", id, "--score", "9")
        #expect(result.status == 1 && result.stderr.contains("1 to 5"))
        #expect(try tend("advance", id, "--score", "5", "--comment", "谢谢").stdout.contains("→ closed"))
        let shown = try #require(try self.tend.json(["show", id, "--store", desk, "--json"]) as? [String: Any])
        #expect(shown["stage"] as? String == "closed")
        let events = (shown["timeline"] as? [[String: Any]] ?? []).compactMap { $0["event"] as? String }
        #expect(events.filter { $0 != "checklist_waived" && $0 != "note_added" } == [
            "received", "triage_suggested", "acknowledged", "assigned", "investigation_started", "assessed", "resolution_proposed",
            "resolution_approved", "follow_up_started", "follow_up_scheduled", "closed"])
        #expect(events.filter { $0 == "checklist_waived" }.count == 4)
        #expect((shown["resolution"] as? [String: Any])?["amount_minor"] as? Int == 88_000)
    }

    @Test func refusalsAreInChineseForAChineseUser() throws {
        try makeDemo(5)
        let result = try tend.run(["advance", "T-1001", "--store", desk, "--as", "xiao.yu"], lang: "zh_CN.UTF-8")
        #expect(result.status == 1 && result.stderr.contains("学员只能查看工单"))
    }

    @Test func anUnknownLoginIsToldHowToJoinTheRoster() throws {
        var policy = Policy.starting(with: StaffMember(login: "someone.else", name: "S", role: .supervisor))
        policy.demo = false
        _ = try Store.create(at: desk, policy: policy)
        let result = try tend.run(["list", "--store", desk])
        #expect(result.status == 1)
        #expect(result.stderr.contains("not on this desk's staff roster") && result.stderr.contains("policy.toml"))
    }

    @Test func actingAsSomeoneElseIsOnlyForDemoDesks() throws {
        #expect(try tend.run(["init", "--store", desk]).status == 0)
        let result = try tend.run(["list", "--store", desk, "--as", "li.hua"])
        #expect(result.status == 1 && result.stderr.contains("--as works only on a demo desk"))
        #expect(try tend.run(["init", "--store", desk]).status == 1)
    }

    @Test func aMissingDeskAndBadUsageAreExplained() throws {
        let missing = try tend.run(["list", "--store", tend.path("nowhere")])
        #expect(missing.status == 1 && missing.stderr.contains("tend init"))
        let usage = try tend.run(["advance"])
        #expect(usage.status == 64)
        let badGrade = try tend.run(["list", "--store", desk, "--grade", "huge"])
        #expect(badGrade.status != 0 && badGrade.stderr.contains("general, significant, serious, critical"))
    }

    @Test func importIsAllOrNothingWithLineNumbers() throws {
        try makeDemo(5)
        let bad = tend.path("bad.csv")
        try "customer,contact,service,channel,description\nA,1,grooming,phone,ok\nB,2,spa,phone,x\nC,3,retail,phone,\n"
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try tend.run(["import", bad, "--store", desk])
        #expect(refused.status == 1 && refused.stderr.contains("line 3:") && refused.stderr.contains("line 4:"))
        #expect((try tend.json(["list", "--store", desk, "--all", "--limit", "0", "--json"]) as? [Any])?.count == 5)
        let good = tend.path("good.json")
        try "[{\"customer\":\"王芳\",\"contact\":\"138\",\"service\":\"boarding\",\"channel\":\"chat\",\"description\":\"没有视频\"}]"
            .write(toFile: good, atomically: true, encoding: .utf8)
        let imported = try tend.run(["import", good, "--store", desk])
        #expect(imported.status == 0 && imported.stdout.contains("T-1006"))
    }

    @Test func exportsCanBeRedacted() throws {
        try makeDemo(30)
        let csv = try tend.run(["export", "--format", "csv", "--redact", "--store", desk])
        #expect(csv.status == 0)
        let rows = try CSV.parse(csv.stdout)
        #expect(rows.count == 31)
        let contact = rows[0].fields.firstIndex(of: "contact")!
        #expect(rows.dropFirst().allSatisfy { $0.fields[contact].contains("*") })
        let json = try tend.run(["export", "--format", "json", "--store", desk])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 30)
    }

    @Test func damageStopsEveryCommandAndIsLeftAlone() throws {
        try makeDemo(5)
        for n in 0..<3 { #expect(try tend.run(["note", "T-1001", "note \(n)", "--store", desk, "--as", "zhao.min"]).status == 0) }
        let journal = (desk as NSString).appendingPathComponent("journal.tend")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: journal))
        bytes[50] ^= 0xFF   // inside the first record's header, which starts after the 40-byte file header
        try bytes.write(to: URL(fileURLWithPath: journal))
        let result = try tend.run(["note", "T-1001", "more", "--store", desk, "--as", "zhao.min"])
        #expect(result.status == 1 && result.stderr.contains("journal.tend is damaged at byte 40"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal)) == bytes)
        #expect(try tend.run(["check", "--store", desk]).status == 1)
    }

    /// Kill writers at random moments: every change a process reported as done must be there.
    @Test func killingWritersLosesNothingTheyReported() throws {
        try makeDemo(5)
        var reported: [String] = []
        var random = SystemRandomNumberGenerator()
        for n in 0..<30 {
            let text = "kill-test \(n)"
            let writer = try tend.start(["note", "T-1002", text, "--store", desk, "--as", "zhao.min"])
            if n % 3 != 0 { usleep(UInt32.random(in: 0...25_000, using: &random)); kill(writer.pid, SIGKILL) }
            let (status, signal) = writer.wait()
            let said = (try? String(contentsOfFile: writer.stdout, encoding: .utf8)) ?? ""
            if signal == nil && status == 0 && said.contains("Note added") { reported.append(text) }
        }
        #expect(try tend.run(["note", "T-1002", "final", "--store", desk, "--as", "zhao.min"]).status == 0)
        let shown = try #require(try tend.json(["show", "T-1002", "--store", desk, "--json"]) as? [String: Any])
        let texts = (shown["timeline"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        for text in reported { #expect(texts.contains("Note: \(text)"), "lost \(text)") }
        let check = try tend.run(["check", "--store", desk])
        #expect(check.status == 0, "\(check.stdout)")
    }

    /// Found by a new user's walk: `tend show --reveal` stopped with the argument parser's
    /// internal error every time; it shows the contact in full and logs that it did.
    @Test func showRevealShowsTheContactAndLogsIt() throws {
        try makeDemo(5)
        let id = try #require(try tend.tickets(desk).first?["id"] as? String)
        let result = try tend.run(["show", id, "--reveal", "--store", desk, "--as", "zhao.min"])
        #expect(result.status == 0 && !result.stderr.contains("parsable argument"), "\(result.stderr)")
        let shown = try #require(try tend.json(["show", id, "--reveal", "--json", "--store", desk, "--as", "zhao.min"]) as? [String: Any])
        let contact = try #require((shown["customer"] as? [String: Any])?["contact"] as? String)
        #expect(!contact.contains("*") && result.stdout.contains(contact), "\(contact)")
        let events = (shown["timeline"] as? [[String: Any]] ?? []).compactMap { $0["event"] as? String }
        #expect(events.filter { $0 == "contact_revealed" }.count == 2)
    }
}
