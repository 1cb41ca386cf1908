import Foundation
import Testing

/// Triage on the command line: `tend add` and `tend import` show what a complaint's words
/// suggest and record it beside the decision; `--triage` takes it.
@Suite struct TriageAtIntakeTests {
    let tend = TendRunner()
    var desk: String { tend.path("desk") }

    func makeDemo() throws {
        let result = try tend.run(["demo", "--store", desk, "--tickets", "5", "--now", "2026-11-20T09:00:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    func add(_ extra: [String]) throws -> (id: String, stderr: String) {
        let result = try tend.run(["add", "--customer", "周女士", "--contact", "13900001111", "--pet", "可乐", "--service", "grooming",
                                   "--channel", "social", "--description", "美容时把耳朵剪破了，流了很多血，缝了三针，我要发微博曝光",
                                   "--store", desk, "--as", "li.hua"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return (result.stdout.trimmingCharacters(in: .whitespacesAndNewlines), result.stderr)
    }

    func shown(_ id: String) throws -> [String: Any] {
        try #require(try tend.json(["show", id, "--store", desk, "--json"]) as? [String: Any])
    }

    func events(_ id: String) throws -> [String] {
        (try shown(id)["timeline"] as? [[String: Any]] ?? []).compactMap { $0["event"] as? String }
    }

    @Test func addShowsTheSuggestionAndRecordsItWithoutTakingIt() throws {
        try makeDemo()
        let (id, stderr) = try add([])
        #expect(stderr.contains("Triage suggests critical") && stderr.contains("剪破") && stderr.contains("--triage"), "\(stderr)")
        let ticket = try shown(id)
        #expect(ticket["grade"] as? String == "general" && ticket["harm"] as? String == "none")
        #expect(try events(id).contains("triage_suggested"))
    }

    @Test func addWithTriageTakesTheSuggestionWhereNothingWasGiven() throws {
        try makeDemo()
        let (id, stderr) = try add(["--triage"])
        #expect(!stderr.contains("Triage suggests"))
        let ticket = try shown(id)
        #expect(ticket["grade"] as? String == "critical" && ticket["harm"] as? String == "injured"
                && ticket["cause"] as? String == "health_safety" && ticket["anger"] as? String == "angry", "\(ticket)")
        // Critical: sent at once to the supervisors.
        #expect(try events(id).contains("routed"))
        // What is given stands: a harm given is kept.
        let (other, _) = try add(["--triage", "--harm", "ill"])
        #expect(try shown(other)["harm"] as? String == "ill")
    }

    @Test func importRecordsEachSuggestionAndCountsComplaintsNotChanges() throws {
        try makeDemo()
        let file = tend.path("in.csv")
        try """
        customer,contact,service,channel,description
        王芳,13800000001,boarding,phone,寄养回来狗一直拉肚子，还吐了，已经送医院挂水
        Sam,sam@example.com,grooming,email,The groomer nicked his ear and it bled a lot; he needed stitches
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try tend.run(["import", file, "--triage", "--store", desk, "--as", "li.hua"])
        #expect(result.status == 0 && result.stdout.contains("Imported 2 complaints: T-1006 to T-1007"), "\(result.stdout) \(result.stderr)")
        #expect(try shown("T-1006")["harm"] as? String == "ill" && shown("T-1006")["grade"] as? String == "serious")
        #expect(try shown("T-1007")["harm"] as? String == "injured" && shown("T-1007")["grade"] as? String == "critical")
        #expect(try events("T-1007").contains("triage_suggested"))
    }
}
