import Foundation
import Testing

/// Issue 12's "done when", on the command line as a desk's people type it: an injured critical
/// case resolved with ¥600 + ¥150 + an apology, its two calls due, a failed attempt rescheduled,
/// 4/5 recorded by the handler and the case closed by the supervisor without retyping it; a
/// photo kept with its checksum and in the case report; a dispute taken to mediation and back.
@Suite struct ClosingTheLoopCommandTests {
    let tend = TendRunner()
    var desk: String { tend.path("desk") }

    func tend(_ args: String..., as login: String = "li.hua") throws -> TendRunner.Result {
        try tend.run(args + ["--store", desk, "--as", login, "--lang", "en"])
    }

    func calls(_ id: String) throws -> [[String: Any]] {
        let all = try #require(try tend.json(["calls", "--json", "--store", desk, "--as", "li.hua"]) as? [[String: Any]])
        return all.filter { $0["ticket"] as? String == id }
    }

    @Test func anInjuryCaseIsResolvedCalledAndClosedWithoutRetyping() throws {
        #expect(try tend.run(["demo", "--store", desk, "--tickets", "5"]).status == 0)
        let added = try tend("add", "--customer", "林小姐", "--contact", "13912345678", "--pet", "豆豆", "--service", "grooming",
                             "--channel", "phone", "--description", "剪毛时耳朵被剪破，缝了三针", "--harm", "injured", "--grade", "critical")
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(added.status == 0 && id.hasPrefix("T-"), "\(added.stderr)")
        #expect(try tend("advance", id, "--eta", "20m").status == 0)
        #expect(try tend("advance", id, "--to", "li.hua", as: "zhao.min").status == 0)
        #expect(try tend("advance", id, "--cause", "health_safety", "--findings", "美容师操作失误").status == 0)
        // ¥600 + ¥150 + an apology: ¥750 is what the handler's ¥200 authority is checked against.
        var result = try tend("advance", id, "--remedy", "reimbursement:600@3wd", "--remedy", "waiver:150", "--remedy", "apology",
                              "--details", "报销医疗费，免美容费，书面致歉")
        #expect(result.status == 0 && result.stdout.contains("¥750.00 is above your authority of ¥200.00"), "\(result.stdout)\(result.stderr)")
        #expect(try tend("approve", id, as: "zhao.min").status == 0)
        let start = Date()
        #expect(try tend("advance", id).stdout.contains("→ follow-up"))
        // Two calls for an injury: after 24 hours and after 7 days.
        var due = try calls(id)
        #expect(due.count == 2 && due.map { $0["call"] as? Int } == [1, 2], "\(due)")
        let times = due.compactMap { ($0["due"] as? String).flatMap { try? Date($0, strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true)) } }
        #expect(times.count == 2)
        if times.count == 2 {
            #expect(abs(times[0].timeIntervalSince(start) - 86400) < 120 && abs(times[1].timeIntervalSince(start) - 7 * 86400) < 120, "\(times)")
        }
        #expect(due.first?["contact"] as? String == "13912345678", "the assignee sees the number in full")
        // No answer: the next attempt is due after the policy's retry time, and the call is still listed.
        result = try tend("follow-up", id, "--failed", "--note", "无人接听")
        #expect(result.status == 0 && result.stdout.contains("call failed (1 of 3); next attempt"), "\(result.stdout)")
        due = try calls(id)
        #expect(due.count == 2 && due.first?["attempt"] as? Int == 2)
        // The handler reaches the customer on each call; the score is recorded, and the case waits.
        result = try tend("advance", id, "--score", "4", "--comment", "伤口恢复得不错")
        #expect(result.stdout.contains("score 4/5 recorded; the next call is due"), "\(result.stdout)")
        result = try tend("advance", id, "--score", "4", "--comment", "已拆线")
        #expect(result.stdout.contains("score 4/5 recorded; it can be closed once the promises are kept"), "\(result.stdout)")
        // The supervisor cannot close while the transfer promised is not done…
        result = try tend("advance", id, as: "zhao.min")
        #expect(result.status == 1 && result.stderr.contains("Promise 1") && result.stderr.contains("tend kept"), "\(result.stderr)")
        #expect(try tend("kept", id, "--note", "转账 8812").stdout.contains("promise done — reimbursement of a vet bill ¥600.00. It can be closed now."))
        // …and then closes it with the score already recorded.
        result = try tend("advance", id, as: "zhao.min")
        #expect(result.status == 0 && result.stdout.contains("follow-up → closed"), "\(result.stdout)\(result.stderr)")
        let shown = try #require(try tend.json(["show", id, "--store", desk, "--json"]) as? [String: Any])
        #expect((shown["satisfaction"] as? [String: Any])?["score"] as? Int == 4)
        // The last call's words close the case; the first call's stay on the timeline.
        #expect((shown["satisfaction"] as? [String: Any])?["comment"] as? String == "已拆线")
        let said = (shown["timeline"] as? [[String: Any]] ?? []).compactMap { ($0["data"] as? [String: Any])?["comment"] as? String }
        #expect(said.contains("伤口恢复得不错"), "\(said)")
        #expect(try calls(id).isEmpty)
        // She calls again, about the same groomer, her number typed another way: told at once.
        let again = try tend("add", "--customer", "林小姐", "--contact", "+86 139-1234-5678", "--pet", "豆豆", "--service", "grooming",
                             "--channel", "phone", "--description", "又剪破了", "--served-by", "美容师小张", "--branch", "朝阳店")
        let second = again.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(again.status == 0 && again.stderr.contains("\(second): 2nd complaint in 60 days · same service: \(id)"), "\(again.stderr)")
        let third = try tend("add", "--customer", "林小姐", "--contact", "13912345678", "--pet", "豆豆", "--service", "grooming",
                             "--channel", "phone", "--description", "第三次了", "--served-by", "美容师小张", "--branch", "朝阳店")
        #expect(third.stderr.contains("3rd complaint in 60 days · same service · 1 of them same groomer: "), "\(third.stderr)")
        let fourth = try tend.run(["add", "--customer", "林小姐", "--contact", "13912345678", "--pet", "豆豆", "--service", "grooming",
                                   "--channel", "phone", "--description", "还是那位美容师", "--served-by", "美容师小张", "--branch", "朝阳店",
                                   "--store", desk, "--as", "li.hua", "--lang", "zh"])
        #expect(fourth.stderr.contains("60 天内第 4 次投诉 · 同一服务 · 其中 2 次同一美容师："), "\(fourth.stderr)")
        let shownAgain = try #require(try tend.json(["show", second, "--store", desk, "--json"]) as? [String: Any])
        #expect((shownAgain["related"] as? [String])?.first == id && shownAgain["served_by"] as? String == "美容师小张", "\(shownAgain["related"] ?? "")")
    }

    @Test func aPhotoIsKeptWithItsChecksumAndInTheCaseReport() throws {
        #expect(try tend.run(["demo", "--store", desk, "--tickets", "5"]).status == 0)
        let photo = tend.path("耳朵 ear.jpg")
        try Data("fake jpeg bytes".utf8).write(to: URL(fileURLWithPath: photo))
        // As sha256sum prints it for those 15 bytes.
        let sha = "3bbde2a70beb5c088de0373e9dc3fb9915b90779f9bec8966e1f643510214217"
        var result = try tend("evidence", "add", "T-1001", photo, "--kind", "photo", "--note", "缝合后", as: "zhao.min")
        #expect(result.status == 0, "\(result.stderr)")
        result = try tend("evidence", "list", "T-1001", as: "zhao.min")
        #expect(result.stdout.contains("photo 耳朵 ear.jpg · 15 B · SHA-256 \(sha) — 缝合后"), "\(result.stdout)")
        #expect(result.stdout.contains("[checked]"))
        for format in ["md", "html"] {
            result = try tend("case", "T-1001", "--format", format, as: "zhao.min")
            #expect(result.status == 0 && result.stdout.contains(sha), "\(format): \(result.stdout)")
        }
    }

    @Test func aDisputeGoesToAMediatorAndComesBack() throws {
        #expect(try tend.run(["demo", "--store", desk, "--tickets", "5"]).status == 0)
        let id = try tend("add", "--customer", "Ann Lee", "--contact", "ann@example.com", "--pet", "Rex", "--service", "boarding",
                          "--channel", "phone", "--description", "Rex came home thin").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try tend("advance", id, "--eta", "2h").status == 0)
        #expect(try tend("advance", id, "--to", "li.hua", as: "zhao.min").status == 0)
        var result = try tend("mediate", id, "--party", "nobody", "--reason", "x")
        #expect(result.status == 64 && result.stderr.contains("consumer_association"), "\(result.stderr)")
        result = try tend("mediate", id, "--party", "insurer", "--reference", "Claim 5521", "--next", "3d", "--sent", "vet record",
                          "--reason", "no agreement on the bill")
        #expect(result.status == 0 && result.stdout.contains("in mediation (insurer). The clocks wait for the mediator."), "\(result.stdout)")
        result = try tend("mediation", id, "--next", "5d", "--note", "assessor visits")
        #expect(result.status == 0 && result.stdout.contains("mediation news recorded; next"), "\(result.stdout)")
        #expect(try tend("mediation", id).status == 1)
        var shown = try tend("show", id).stdout
        #expect(shown.contains("Mediation  insurer · ref. Claim 5521 · next ") && shown.contains("waiting for a mediator"), "\(shown)")
        result = try tend("advance", id, "--outcome", "the insurer pays the vet bill")
        #expect(result.stdout.contains("mediation → resolving"), "\(result.stdout)\(result.stderr)")
        shown = try tend("show", id).stdout
        #expect(shown.contains("outcome: the insurer pays the vet bill") && !shown.contains("Paused"), "\(shown)")
        let json = try #require(try tend.json(["show", id, "--store", desk, "--json"]) as? [String: Any])
        let mediation = try #require((json["mediations"] as? [[String: Any]])?.first)
        #expect(mediation["party"] as? String == "insurer" && mediation["reference"] as? String == "Claim 5521")
        #expect(mediation["outcome"] as? String == "the insurer pays the vet bill")
    }
}
