import Foundation
import Testing

/// `tend terms`: the after-sales terms, those for a ticket's (or the given) service line first and
/// marked; a desk's own terms.toml replaces the sample; a broken one is refused by its line.
@Suite struct TermsCommandTests {
    let tend = TendRunner()

    @Test func theClausesForTheLineComeFirstMarked() throws {
        let boarding = try tend.run(["terms", "--service", "boarding"])
        #expect(boarding.status == 0, "\(boarding.stderr)")
        let lines = boarding.stdout.split(separator: "\n").map(String.init)
        let clauses = lines.filter { $0.hasPrefix("* ") || $0.hasPrefix("+ ") || ($0.hasPrefix("  ") && !$0.hasPrefix("     ")) }
        #expect(clauses.first?.hasPrefix("* V1  ") == true, "\(clauses.first ?? "")")
        #expect(clauses.prefix(4).allSatisfy { $0.hasPrefix("* ") })
        #expect(clauses[4].hasPrefix("+ L1  Right to safety"))
        #expect(boarding.stdout.contains("[guarantee · 30d · grooming, boarding]"))
        #expect(lines.last?.hasPrefix("20 clauses, from ") == true && lines.last?.hasSuffix("terms/terms.toml") == true)
        let bad = try tend.run(["terms", "--service", "spa"])
        #expect(bad.status == 64 && bad.stderr.contains("grooming"))
    }

    @Test func aTicketsLineComesFirstInTheReadersLanguage() throws {
        let desk = tend.path("desk")
        #expect(try tend.run(["demo", "--store", desk, "--tickets", "30"]).status == 0)
        let tickets = try #require(try tend.json(["list", "--store", desk, "--all", "--json"]) as? [[String: Any]])
        let grooming = try #require(tickets.first { $0["service"] as? String == "grooming" }?["id"] as? String)
        let zh = try tend.run(["terms", grooming, "--store", desk], lang: "zh_CN.UTF-8")
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(zh.stdout.hasPrefix("售后条款：美容（\(grooming)）。"))
        #expect(zh.stdout.contains("* G1  美容不满意，3天内免费重做  【重做期限 · 3天 · 美容】"))
        #expect(zh.stdout.contains("+ L1  安全权"))
        // JSON: both languages and the citation, in the order listed.
        let json = try #require(try tend.json(["terms", grooming, "--store", desk, "--json"]) as? [[String: Any]])
        #expect(json.first?["id"] as? String == "G1" && json.first?["fits"] as? String == "this_line" && json.first?["window"] as? String == "3d")
        let citation = try #require(json.first?["citation"] as? [String: String])
        #expect(citation["zh"]?.hasPrefix("依据《售后条款》G1（") == true && citation["en"]?.hasPrefix("Per our after-sales terms, G1 (") == true)
        let missing = try tend.run(["terms", "T-99999", "--store", desk])
        #expect(missing.status == 1 && missing.stderr.contains("T-99999"))
    }

    @Test func aDesksOwnTermsReplaceTheSampleAndABrokenOneIsRefusedByItsLine() throws {
        let desk = tend.path("own")
        #expect(try tend.run(["init", "--store", desk]).status == 0)
        let own = """
            [[clause]]
            id = "X1"
            services = ["grooming"]
            kind = "redo_window"
            window = "5d"
            title_zh = "五天重做"
            text_zh = "五天内免费重做。"
            title_en = "Five-day redo"
            text_en = "A free redo within five days."

            """
        try own.write(toFile: desk + "/terms.toml", atomically: true, encoding: .utf8)
        let listed = try tend.run(["terms", "--store", desk, "--service", "retail"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("  X1  Five-day redo  [redo window · 5d · grooming]"))
        #expect(listed.stdout.contains("1 clause, from \(desk)/terms.toml") && !listed.stdout.contains("G1"))
        try (own + "colour = \"red\"\n").write(toFile: desk + "/terms.toml", atomically: true, encoding: .utf8)
        let broken = try tend.run(["terms", "--store", desk], lang: "zh_CN.UTF-8")
        #expect(broken.status == 1 && broken.stdout.isEmpty)
        #expect(broken.stderr.contains("terms.toml:10: 未知设置“colour”"), "\(broken.stderr)")
        let english = try tend.run(["terms", "--store", desk, "--lang", "en"])
        #expect(english.stderr.contains("terms.toml:10: unknown setting \"colour\""), "\(english.stderr)")
    }
}
