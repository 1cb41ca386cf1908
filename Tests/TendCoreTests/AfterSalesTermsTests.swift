import Foundation
import Testing
@testable import TendCore

/// The after-sales terms a handler cites: the shipped sample file reads whole, every clause in
/// both languages; a ticket's clauses come for its service line first, then for every line; a
/// desk's own file replaces the shipped one; a broken file is refused by its line, in both
/// languages.
@Suite struct AfterSalesTermsTests {
    let shipped = try! TermsFile.load(storeDirectory: nil)

    @Test func theShippedTermsReadWholeInBothLanguages() throws {
        #expect(shipped.path.hasSuffix("terms/terms.toml"))
        #expect((14...24).contains(shipped.clauses.count), "\(shipped.clauses.count) clauses")
        #expect(Set(shipped.clauses.map(\.id)).count == shipped.clauses.count)
        for clause in shipped.clauses {
            for text in [clause.title.zh, clause.title.en, clause.text.zh, clause.text.en] {
                #expect(!text.isEmpty, "\(clause.id)")
            }
            // Chinese in the Chinese, and none in the English.
            #expect(clause.text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(clause.id) text_zh")
            #expect(!clause.text.en.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(clause.id) text_en")
            #expect(clause.services.allSatisfy(ServiceLine.ordered.contains))
        }
        // Every kind the file names is used, and every line but "other" has clauses of its own.
        for kind in [TermsKind.refundWindow, .redoWindow, .guarantee, .statutory] {
            #expect(shipped.clauses.contains { $0.kind == kind }, "\(kind)")
        }
        for line in ServiceLine.ordered where line != .other {
            #expect(shipped.clauses.contains { $0.services.contains(line) && $0.kind != .statutory }, "\(line)")
        }
        #expect(shipped.clause("g1")?.windowText(.en) == "3d")
        #expect(shipped.clause("G1")?.windowText(.zh) == "3天")
    }

    /// A citation goes into a resolution's details, which the phrasing coach reads before it is
    /// saved: no clause may set it off.
    @Test func noCitationSetsTheCoachOff() throws {
        let coach = Coach(try ScriptLibrary.load(storeDirectory: nil).library)
        for clause in shipped.clauses {
            for lang in Language.allCases {
                let findings = coach.check(clause.citation(lang))
                #expect(findings.isEmpty, "\(clause.id) \(lang): \(findings.map(\.found))")
            }
        }
    }

    @Test(arguments: ServiceLine.ordered)
    func aTicketsClausesComeForItsLineFirst(line: ServiceLine) {
        let ordered = shipped.ordered(for: line)
        #expect(ordered.count == shipped.clauses.count)
        let fits = ordered.map { $0.fit(line) }
        #expect(fits == fits.sorted(), "this line, then every line, then the others")
        if line != .other { #expect(fits.first == .thisLine) }
        #expect(shipped.ordered(for: line, includingOthers: false).allSatisfy { $0.fit(line) != .otherLines })
        // Each group keeps the file's order.
        for fit in [TermsClause.Fit.thisLine, .everyLine, .otherLines] {
            let group = ordered.filter { $0.fit(line) == fit }.map(\.id)
            #expect(group == shipped.clauses.filter { $0.fit(line) == fit }.map(\.id))
        }
    }

    @Test func groomingAndBoardingEachLeadWithTheirOwn() {
        let grooming = shipped.ordered(for: .grooming).map(\.id)
        #expect(Array(grooming.prefix(5)) == ["G1", "G2", "G3", "G4", "V1"])
        let boarding = shipped.ordered(for: .boarding).map(\.id)
        #expect(Array(boarding.prefix(4)) == ["V1", "B1", "B2", "B3"])
        #expect(boarding[4] == "L1", "then the rights on every line")
        #expect(shipped.ordered(for: nil).map(\.id) == shipped.clauses.map(\.id))
    }

    @Test func aCitationNamesTheClauseInTheReadersLanguage() throws {
        let g1 = try #require(shipped.clause("G1"))
        #expect(g1.citation(.zh) == "依据《售后条款》G1（\(g1.title.zh)）：\(g1.text.zh)")
        #expect(g1.citation(.en) == "Per our after-sales terms, G1 (\(g1.title.en)): \(g1.text.en)")
        let l1 = try #require(shipped.clause("L1"))
        #expect(l1.citation(.zh).hasPrefix("依据法定权利 L1（安全权）："))
        #expect(l1.citation(.en).hasPrefix("Under your statutory rights, L1 (Right to safety): "))
    }

    static let good = """
        # a desk's own
        [[clause]]
        id = "X1"
        services = ["grooming"]
        kind = "redo_window"
        window = "5天"
        title_zh = "重做"
        text_zh = "五天内免费重做。"
        title_en = "Redo"
        text_en = "A free redo within five days."

        """

    @Test func aDesksOwnFileReplacesTheShippedOne() throws {
        let directory = NSTemporaryDirectory() + "tend-terms-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try TermsFile.load(storeDirectory: directory).clauses.count == shipped.clauses.count, "no file of its own: the shipped terms")
        try Self.good.write(toFile: directory + "/terms.toml", atomically: true, encoding: .utf8)
        let own = try TermsFile.load(storeDirectory: directory)
        #expect(own.clauses.map(\.id) == ["X1"])
        #expect(own.path == directory + "/terms.toml")
        #expect(own.clauses[0].window == 5 * 86400 && own.clauses[0].origin == directory + "/terms.toml:2")
        try "[[clause]]\nid = \"X1\"\nkind = \"refund\"\n".write(toFile: directory + "/terms.toml", atomically: true, encoding: .utf8)
        #expect(throws: TermsFileError.self) { try TermsFile.load(storeDirectory: directory) }
    }

    /// Each mistake is refused at its line, in both languages.
    @Test(arguments: [
        ("colour = \"red\"\n", 1, "unknown setting \"colour\"", "未知设置“colour”"),
        ("[[clause]]\nid = \"A1\"\nkind = \"guarantee\"\ntitle_zh = \"甲\"\ntext_zh = \"甲\"\ntitle_en = \"A\"\ntext_en = \"A\"\nwhen = \"now\"\n",
         8, "unknown setting \"when\"", "未知设置“when”"),
        ("[[clause]]\nid = \"A1\"\nkind = \"refund\"\n", 3, "kind must be one of", "kind 必须是"),
        ("\n\n[[clause]]\nid = \"A1\"\nkind = \"guarantee\"\n", 3, "title_zh is missing", "缺少 title_zh"),
        ("[[clause]]\nid = \"A1\"\nservices = [\"spa\"]\nkind = \"guarantee\"\n", 3, "\"spa\", which is no service line", "“spa”不是服务类别"),
        ("[[clause]]\nid = \"A1\"\nkind = \"guarantee\"\nwindow = \"soon\"\n", 4, "window must be a duration", "window 必须是时长"),
        ("[[clause]]\nid = \"A 1\"\nkind = \"guarantee\"\n", 2, "must be letters, digits", "只能由字母"),
        ("[[clause]]\nid = \"A1\"\nkind = \"guarantee\"\ntitle_zh = \"\"\n", 4, "title_zh must be text, not blank", "不能为空"),
        ("[[clause]]\nid = \"A1\"\nkind = \"guarantee\"\ntitle_zh = \"甲\"\ntext_zh = \"甲\"\ntitle_en = \"A\"\ntext_en = \"A\"\n"
            + "[[clause]]\nid = \"a1\"\nkind = \"guarantee\"\n", 9, "already used at line 1", "已在第 1 行用过"),
        ("[[clause]]\nid = \"A1\"\nkind = [\n", 3, "parsing array", "格式有误"),
        ("# nothing\n", 1, "no [[clause]]", "没有 [[clause]]"),
    ])
    func aMistakeIsRefusedAtItsLine(source: String, line: Int, en: String, zh: String) {
        do {
            _ = try TermsFile.parse(source, path: "terms.toml")
            Issue.record("accepted: \(source)")
        } catch {
            #expect(error.line == line, "\(error.message(.en))")
            #expect(error.message(.en).hasPrefix("terms.toml:\(line): ") && error.message(.en).contains(en), "\(error.message(.en))")
            #expect(error.message(.zh).hasPrefix("terms.toml:\(line): ") && error.message(.zh).contains(zh), "\(error.message(.zh))")
        }
    }
}
