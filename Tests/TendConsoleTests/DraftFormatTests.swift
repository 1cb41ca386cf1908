import Foundation
import Testing
@testable import TendConsole
import TendCore

/// Drafts are written with snake_case keys and instants as every record writes them; a draft left by an earlier
/// version (epoch seconds, camelCase field ids) still comes back, under the new field ids.
@Suite struct DraftFormatTests {
    /// A follow-up form's draft exactly as the version before wrote it.
    static let oldFollowUp = """
    {
      "focus" : 1,
      "form" : "advance",
      "opened_on" : "follow_up",
      "request" : "r7f3a9c2e",
      "saved_at" : 1795000000.25,
      "ticket" : "T-1042",
      "values" : {
        "comment" : "没人接",
        "result" : "noAnswer"
      }
    }
    """

    static let oldIntake = """
    {"form":"intake","values":{"customer":"林小姐","specialNeeds":"yes","specialNeedsNote":"听力不好，请发短信"},"focus":5,"saved_at":1795000000}
    """

    @Test func anOldDraftComesBackUnderTheNewNames() throws {
        let followUp = try JSONDecoder().decode(Draft.self, from: Data(Self.oldFollowUp.utf8))
        #expect(followUp.purpose == .advance(TicketID(1042)) && followUp.focus == 1 && followUp.openedOn == .followUp)
        #expect(followUp.values == ["comment": "没人接", "result": "no_answer"])
        #expect(followUp.savedAt == Date(timeIntervalSince1970: 1_795_000_000.25) && followUp.request == "r7f3a9c2e")
        let intake = try JSONDecoder().decode(Draft.self, from: Data(Self.oldIntake.utf8))
        #expect(intake.values == ["customer": "林小姐", "special_needs": "yes", "special_needs_note": "听力不好，请发短信"])
        #expect(intake.savedAt == Date(timeIntervalSince1970: 1_795_000_000))
    }

    @Test func aNewDraftIsWrittenWithAnISOInstantAndReadsBackTheSame() throws {
        let draft = Draft(purpose: .intake, values: ["customer": "林小姐", "special_needs": "yes", "special_needs_note": "短信"],
                          focus: 4, savedAt: Date(timeIntervalSince1970: 1_795_000_000), request: "rabc123")
        let data = try JSONEncoder().encode(draft)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["saved_at"] as? String == "2026-11-18T11:06:40.000Z")
        #expect(Set(json.keys) == ["form", "values", "focus", "saved_at", "request"])
        #expect(try JSONDecoder().decode(Draft.self, from: data) == draft)
    }

    @Test func aValueUnderTheNewIdWinsOverOneUnderTheOld() {
        #expect(DraftRenames.current(["specialNeeds": "no", "special_needs": "yes", "result": "reached"])
                == ["special_needs": "yes", "result": "reached"])
        // Only the field that had the choice has it renamed.
        #expect(DraftRenames.current(["comment": "noAnswer"]) == ["comment": "noAnswer"])
    }

    @Test func anOldDraftFileOnTheShelfComesBackAndASavedTimeThatIsNotAnInstantIsAProblem() throws {
        let store = NSTemporaryDirectory() + "tend-draft-format-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: store) }
        let shelf = DraftShelf(storeDirectory: store, login: "li.hua")
        try FileManager.default.createDirectory(atPath: shelf.directory, withIntermediateDirectories: true)
        try Self.oldIntake.write(toFile: shelf.directory + "/intake.json", atomically: true, encoding: .utf8)
        try Self.oldIntake.replacingOccurrences(of: "1795000000", with: "\"yesterday\"")
            .write(toFile: shelf.directory + "/odd.json", atomically: true, encoding: .utf8)
        let (drafts, problems) = shelf.load()
        #expect(drafts.map(\.purpose) == [.intake] && drafts.first?.values["special_needs"] == "yes")
        #expect(problems == [shelf.directory + "/odd.json"])
    }
}
