import Foundation
import Testing

/// No value typed on the command line makes `tend` trap: each is range-checked and refused with a
/// message naming its flag, exit status 1, in the user's language.
@Suite struct InputRangeCommandTests {
    let tend = TendRunner()
    var desk: String { tend.path("desk") }

    func makeDemo() throws {
        let result = try tend.run(["demo", "--store", desk, "--tickets", "40", "--now", "2026-11-20T09:00:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    func firstTicket(in stage: String) throws -> String {
        let list = try #require(try tend.json(["list", "--store", desk, "--stage", stage, "--limit", "0", "--json"]) as? [[String: Any]])
        return try #require(list.first?["id"] as? String)
    }

    @Test func theRepro_aHundredTrillionDayETAIsRefusedAndTheTicketStaysPut() throws {
        try makeDemo()
        let id = try firstTicket(in: "received")
        for lang in ["C.UTF-8", "zh_CN.UTF-8"] {
            let result = try tend.run(["advance", id, "--store", desk, "--as", "zhao.min", "--eta=99999999999999d"], lang: lang)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.contains("--eta") && result.stderr.contains("99999999999999d"), "\(result.stderr)")
            #expect(result.stderr.contains(lang == "C.UTF-8" ? "three years" : "三年"), "\(result.stderr)")
        }
        let far = try tend.run(["advance", id, "--store", desk, "--as", "zhao.min", "--eta", "2101-01-01T10:00"])
        #expect(far.status == 1 && far.stderr.contains("--eta") && far.stderr.contains("2100-12-31"), "\(far.stderr)")
        let shown = try #require(try tend.json(["show", id, "--store", desk, "--json"]) as? [String: Any])
        #expect(shown["stage"] as? String == "received")
    }

    @Test func everyOtherNumberFlagIsCheckedToo() throws {
        try makeDemo()
        let cases: [([String], String)] = [
            (["add", "--customer", "A", "--contact", "1", "--service", "retail", "--channel", "phone", "--description", "x",
              "--occurred", "99999999999999d"], "--occurred"),
            (["add", "--customer", "A", "--contact", "1", "--service", "retail", "--channel", "phone", "--description", "x",
              "--occurred", "1900-01-01"], "--occurred"),
            (["list", "--limit=-1"], "--limit"),
            (["advance", try firstTicket(in: "resolving"), "--resolution", "refund", "--details", "x",
              "--amount", "99999999999999999999"], "--amount"),
            (["advance", try firstTicket(in: "follow_up"), "--score", "0"], "--score"),
        ]
        for (arguments, flag) in cases {
            let result = try tend.run(arguments + ["--store", desk, "--as", "zhao.min"])
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(flag), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"), "\(arguments): \(result.stderr)")
        }
        let demo = try tend.run(["demo", "--store", tend.path("other"), "--now", "2300-01-01T00:00:00Z"])
        #expect(demo.status != 0 && demo.stderr.contains("--now") && demo.stderr.contains("2100-12-31"), "\(demo.stderr)")
    }
}
