import Foundation
import Testing
import TendCore

@Suite struct ScriptsCommandTests {
    let tend = TendRunner()

    @Test func scriptsListsTheLibraryWithBothLanguagesInJSON() throws {
        let all = try #require(try tend.json(["scripts", "--json"]) as? [[String: Any]])
        #expect(all.count >= 150)
        for script in all {
            #expect(script["id"] is String && script["stages"] is [String])
            for field in ["text", "why", "avoid", "when", "title"] {
                let both = script[field] as? [String: String]
                #expect(both?["en"]?.isEmpty == false && both?["zh"]?.isEmpty == false, "\(script["id"] ?? "") \(field)")
            }
        }
        let filtered = try #require(try tend.json(["scripts", "--stage", "follow_up", "--cause", "price", "--json"]) as? [[String: Any]])
        #expect(!filtered.isEmpty && filtered.count < all.count)
        #expect(filtered.allSatisfy { ($0["stages"] as? [String])?.contains("follow_up") == true })
        #expect(filtered.allSatisfy { (($0["causes"] as? [String]) ?? []).isEmpty || ($0["causes"] as? [String])?.contains("price") == true })
    }

    /// `tend scripts --ticket` ranks as the console's script pane (`ScriptLibrary.matching`), and
    /// `--stage` with the other options ranks a moment described by hand the same way.
    @Test func scriptsRanksForATicketAsTheConsoleDoes() throws {
        let desk = tend.path("desk-ranked")
        #expect(try tend.run(["demo", "--store", desk, "--tickets", "60", "--seed", "7"]).status == 0)
        let store = try Store.open(at: desk)
        let library = try ScriptLibrary.load(storeDirectory: desk).library
        var compared = 0
        for ticket in store.desk.tickets where ticket.isOpen {
            let listed = try #require(try tend.json(["scripts", "--store", desk, "--as", "zhao.min", "--ticket", ticket.id.description, "--json"])
                                      as? [[String: Any]])
            #expect(listed.compactMap { $0["id"] as? String } == library.matching(ticket).map(\.id), "\(ticket.id)")
            compared += 1
            if compared == 8 { break }
        }
        #expect(compared == 8)
        let moment = ScriptContext(stage: .resolving, cause: .serviceQuality, anger: .angry, harm: .injured)
        let byHand = try #require(try tend.json(["scripts", "--stage", "resolving", "--cause", "service_quality", "--anger", "angry",
                                                 "--harm", "injured", "--json"]) as? [[String: Any]])
        #expect(byHand.compactMap { $0["id"] as? String } == library.matching(moment).map(\.id))
        #expect(!byHand.isEmpty)
        let text = try tend.run(["scripts", "--stage", "resolving", "--harm", "injured"])
        #expect(text.status == 0 && text.stdout.hasPrefix("Ranked for: resolving") && text.stdout.contains("\n1. "))
        let both = try tend.run(["scripts", "--ticket", "T-1001", "--stage", "received"])
        #expect(both.status != 0 && both.stderr.contains("--ticket takes the moment from the ticket"))
    }

    @Test func scriptsSpeaksChineseAndRefusesUnknownWords() throws {
        let zh = try tend.run(["scripts", "--stage", "received", "--lang", "zh"])
        #expect(zh.status == 0 && zh.stdout.contains("为什么：") && zh.stdout.contains("避免："))
        let bad = try tend.run(["scripts", "--stage", "somewhere"])
        #expect(bad.status != 0 && bad.stderr.contains("received"))
    }

    @Test func aBrokenDeskScriptsFileIsReportedWithItsLineAndExitsOne() throws {
        let desk = tend.path("desk-with-scripts")
        #expect(try tend.run(["demo", "--store", desk, "--tickets", "3"]).status == 0)
        try "[[script]]\nid = \"mine\"\nkind = \"shouting\"\n".write(toFile: desk + "/scripts.toml", atomically: true, encoding: .utf8)
        let result = try tend.run(["scripts", "--store", desk])
        #expect(result.status == 1)
        #expect(result.stderr.contains("scripts.toml:3:"))
        #expect(result.stdout.contains("scripts"), "the shipped library is still listed")
    }

    @Test func coachExitsOneWithABetterPhrasingAndZeroWhenFine() throws {
        let caught = try tend.run(["coach", "这不归我们管"], lang: "zh_CN.UTF-8")
        #expect(caught.status == 1)
        #expect(caught.stdout.contains("“这不归我们管”") && caught.stdout.contains("这件事我来帮您处理"))
        let english = try tend.run(["coach", "That's not our department, calm down."])
        #expect(english.status == 1 && english.stdout.contains("not our department"))
        #expect(english.stdout.lowercased().contains("calm down"))
        let fine = try tend.run(["coach", "I'll handle this for you and call you back by 5pm."])
        #expect(fine.status == 0 && fine.stdout.contains("fine"))
        let json = try tend.run(["coach", "--json", "你应该早说"])
        #expect(json.status == 1)
        let findings = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(findings?.first?["category"] as? String == "blame")
    }
}
