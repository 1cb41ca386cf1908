import Foundation
import Testing

/// The repro on the command line: a handler with a ¥200 ceiling grants ¥150, reopens and
/// grants ¥190. The second waits for approval, and show and both exports list every grant.
@Suite struct CompensationCommandTests {
    let tend = TendRunner()
    var desk: String { tend.path("desk") }

    func tend(_ args: String..., as login: String = "li.hua") throws -> TendRunner.Result {
        try tend.run(args + ["--store", desk, "--as", login])
    }

    @Test func theRepro_aSecondGrantAfterAReopenWaitsAndEveryGrantIsShown() throws {
        #expect(try tend.run(["demo", "--store", desk, "--tickets", "5", "--now", "2026-11-20T09:00:00Z"]).status == 0)
        let id = try tend("add", "--customer", "林小姐", "--contact", "13912345678", "--service", "grooming", "--channel", "phone",
                          "--description", "耳朵被剪破").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try tend("advance", id, "--eta", "2h").status == 0)
        #expect(try tend("take", id).status == 0)
        #expect(try tend("advance", id).status == 0)
        #expect(try tend("advance", id, "--findings", "clipper slip", "--cause", "health_safety").status == 0)
        var result = try tend("advance", id, "--resolution", "voucher", "--amount", "150", "--details", "a voucher")
        #expect(result.status == 0 && result.stdout.contains("→ follow-up"), "\(result.stderr)")
        #expect(try tend("reopen", id, "--reason", "ear still sore").status == 0)
        #expect(try tend("advance", id, "--findings", "needs a vet visit").status == 0)
        result = try tend("advance", id, "--resolution", "partial_refund", "--amount", "190", "--details", "part of the fee back")
        #expect(result.status == 0, "\(result.stdout) \(result.stderr)")
        #expect(result.stdout.contains("resolution recorded") && result.stdout.contains("¥150.00") && result.stdout.contains("¥340.00"),
                "\(result.stdout)")
        #expect(try tend("approve", id, as: "zhao.min").status == 0)
        #expect(try tend("advance", id).stdout.contains("→ follow-up"))

        let shown = try #require(try tend.json(["show", id, "--store", desk, "--json"]) as? [String: Any])
        let grants = try #require(shown["grants"] as? [[String: Any]])
        #expect(grants.compactMap { $0["amount_minor"] as? Int } == [15_000, 19_000])
        #expect(grants.compactMap { $0["kind"] as? String } == ["voucher", "partial_refund"])
        #expect(grants.compactMap { $0["proposed_by"] as? String } == ["li.hua", "li.hua"])
        #expect((grants[1]["approval"] as? [String: Any])?["by"] as? String == "zhao.min")
        #expect(shown["granted_total_minor"] as? Int == 34_000)

        let text = try tend("show", id).stdout
        #expect(text.contains("¥150.00") && text.contains("¥190.00") && text.contains("¥340.00"), "\(text)")

        let exported = try tend("export", "--format", "json", as: "zhao.min").stdout
        let all = try #require(try JSONSerialization.jsonObject(with: Data(exported.utf8)) as? [[String: Any]])
        let row = try #require(all.first { $0["id"] as? String == id })
        #expect((row["grants"] as? [[String: Any]])?.count == 2)

        let csv = try tend("export", "--format", "csv", as: "zhao.min").stdout
        let lines = csv.split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        let line = try #require(lines.first { $0.hasPrefix(id + ",") })
        #expect(header.contains("granted_total") && header.contains("grants"))
        #expect(line.contains("340.00") && line.contains("voucher 150.00 by li.hua at 20")
                && line.contains("partial_refund 190.00 by li.hua at 20") && line.contains("approved by zhao.min at 20"),
                "\(line)")
    }
}
