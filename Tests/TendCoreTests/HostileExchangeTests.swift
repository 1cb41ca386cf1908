import Foundation
import Testing
@testable import TendCore
import TendTerminal

/// Customer text on its way out of Tend: terminal text, JSON, CSV cells, redacted exports and
/// import errors, each checked against text meant to drive a terminal or a spreadsheet.
@Suite struct HostileExchangeTests {
    init() { TerminalLocale.setUp() }

    static let bidiControls: [Unicode.Scalar] = ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}",
                                                 "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}"]
    static let hostile = ["a\u{1B}]52;c;aGk=\u{07}b", "x\u{9B}2Jy", "nul\u{0}", "invoice\u{202E}fdp.exe", "\u{2066}iso\u{2069}\u{200F}\u{061C}",
                          "line\u{2028}sep", "Zero\u{200B}Width\u{200D}Join", "👨‍👩‍👧‍👦", "\u{0301}", "\t=1+1", "\r\n=2+2"]

    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F || (0x80...0x9F).contains($0.value)
            || $0.value == 0x2028 || $0.value == 0x2029 || bidiControls.contains($0) }
    }

    @Test func bidiControlsAreShownNotObeyed() {
        for scalar in Self.bidiControls {
            let shown = SafeText.line("abc\(scalar)def")
            #expect(!Self.hasControl(shown), "U+\(String(scalar.value, radix: 16)) reached the terminal")
            #expect(shown.contains(String(format: "\\u%04x", scalar.value)))
        }
        #expect(SafeText.line("Zero\u{200B}Width") == "Zero\u{200B}Width")
        #expect(SafeText.line("👨‍👩‍👧‍👦 family") == "👨‍👩‍👧‍👦 family")
        for text in Self.hostile { #expect(!Self.hasControl(SafeText.line(text)) && !Self.hasControl(SafeText.block(text))) }
    }

    @Test func aLoneCombiningMarkGetsABaseInsteadOfJoiningItsNeighbour() {
        #expect(SafeText.line("\u{0301}") == "◌\u{0301}")
        #expect(DisplayWidth.of(SafeText.line("\u{0301}x")) == 2)
        #expect(SafeText.line("e\u{0301}") == "e\u{0301}")
        #expect(SafeText.block("a\n\u{0301}") == "a\n◌\u{0301}")
    }

    @Test func aMegabyteLineIsEscapedQuickly() {
        let line = String(repeating: "长文", count: 174_763) + "\u{1B}]52;c;aGk=\u{07}"
        let start = Date()
        let shown = SafeText.line(line)
        let fitted = DisplayWidth.fit(shown, to: 40)
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(shown.hasSuffix("\\e]52;c;aGk=\\x07") && DisplayWidth.of(fitted) == 40)
    }

    @Test func jsonCarriesEveryControlAsAnEscapeAndGivesItBack() throws {
        for text in Self.hostile + Self.bidiControls.map({ "bidi\($0)" }) {
            let rendered = JSONValue.array([.string(text)]).rendered()
            #expect(!Self.hasControl(rendered), "raw control in \(rendered.debugDescription)")
            let back = try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String]
            #expect(back == [text])
        }
    }

    @Test func csvCellsNeverStartAFormulaAndShowControls() throws {
        let values = ["=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "\n=1+1",
                      "＝1+1", " =1+1", "-12.50", "-7", "plain", "a\u{1B}[2Jb", "c\u{9B}d", "e\u{202E}f", "two\nlines"]
        let rows = try CSV.parse(CSV.line(values))
        let cells = try #require(rows.first?.fields)
        #expect(cells.count == values.count)
        for (value, cell) in zip(values, cells) {
            #expect(!Self.hasControl(cell), "\(value.debugDescription) → \(cell.debugDescription)")
            let first = cell.unicodeScalars.first.map { "=+-@\t\r\n＝＋－＠ ".unicodeScalars.contains($0) } ?? false
            #expect(!first || ["-12.50", "-7"].contains(cell), "\(value.debugDescription) → \(cell.debugDescription) starts a formula")
        }
        #expect(cells[9] == "-12.50" && cells[10] == "-7" && cells[11] == "plain")
        #expect(cells[0] == "'=HYPERLINK(\"http://x\",\"y\")")
        #expect(cells[15] == "two\nlines")
    }

    static let planted = ["13812345678", "+86 139-2345-6789", "021-66778899", "+1 415 555 0100", "li.ming+pets@example.com",
                          "微信：lm_dog2024", "vx petlover_88", "QQ 87654321", "扣扣号：123456789"]
    static let secrets = ["13812345678", "139-2345-6789", "66778899", "415 555 0100", "li.ming+pets", "lm_dog2024", "petlover_88",
                          "87654321", "123456789"]

    @Test func redactedRecordsMaskContactsWrittenInFreeText() throws {
        let fixture = Fixture()
        let words = Self.planted.joined(separator: "，") + "。2026-11-20 15:30 见 T-1042，赔 ¥50"
        var ticket = Ticket(id: TicketID(1001), received: TimelineEntry(at: Fixture.now, actor: "li.hua",
                                                                         event: .received(Fixture.intake(description: words))))
        fixture.apply(&ticket, fixture.handler, [.noteAdded(text: words), .assessed(grade: .general, cause: .expectation, findings: words),
                                                 .resolutionProposed(kind: .apology, amount: nil, details: words, needsApproval: false),
                                                 .closed(score: 3, comment: words)])
        var record = TicketRecord(policy: fixture.policy, now: Fixture.now)
        record.redact = true
        let outputs = [record.json(ticket, timeline: true).rendered(), CSV.line(record.csvRow(ticket))]
        for output in outputs {
            for secret in Self.secrets { #expect(!output.contains(secret), "\(secret) left in a redacted record") }
            for kept in ["2026-11-20", "T-1042", "¥50"] { #expect(output.contains(kept), "\(kept) was masked too") }
        }
        record.redact = false
        #expect(Self.secrets.allSatisfy(record.json(ticket, timeline: true).rendered().contains))
    }

    @Test func commandLineOutputKeepsItsOwnLayoutAndNothingElse() {
        #expect(SafeText.output("name\tpath\nnext\r\n") == "name\tpath\nnext\n")
        #expect(SafeText.output("a\u{1B}]52;c;aGk=\u{07}\u{202E}\u{0301}") == "a\\e]52;c;aGk=\\x07\\u202e\u{0301}")
        // The output check reads UTF-8 bytes for speed; it must agree with `isControl` everywhere.
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["\(scalar)x", "é\(scalar)", "€\(scalar)"] {
                let changed = SafeText.output(text) != text
                if changed != (SafeText.isControl(scalar) && scalar != "\n" && scalar != "\t") { disagreements.append(value) }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10).map { String($0, radix: 16) })")
    }

    @Test func freeTextMaskingFindsContactsAndKeepsTheRest() {
        let masked = [
            "tel13812345678": "tel[phone]", "call 0086 138 1234 5678 now": "call [phone] now", "wxid_abc123": "wxid[wechat]",
            "WeChat: li_ming": "WeChat: [wechat]", "微信 doudoumama": "微信 [wechat]", "qq号码:10001": "qq号码:[qq]",
            "mail: a.b@pets.example.cn.": "mail: [email].", "（021）6677-8899": "[phone]",
            // Found in review: dots between the groups, and the full-width digits Chinese input methods type.
            "call 139.1234.5678": "call [phone]", "电话１３９１２３４５６７８": "电话[phone]", "手机：１３９－１２３４－５６７８。": "手机：[phone]。",
        ]
        for (text, expected) in masked { #expect(Masking.freeText(text) == expected, "\(text)") }
        let kept = ["I sent a WeChat message", "QQ group", "2026-11-20T15:30", "T-1042 and T-1043", "¥1,200.50", "1200.50 元",
                    "room 301, 3 dogs", "-2+3", "user@localhost", "wx 123", "2026.11.20", "v1.2.3", "¥12345.67", "退款 123456.50 元"]
        for text in kept { #expect(Masking.freeText(text) == text, "\(text) was masked") }
    }

    @Test func importErrorsQuoteBadValuesVisiblyAndBriefly() throws {
        let path = temporaryDirectory() + ".csv"
        let megabyte = String(repeating: "x", count: 1 << 20)
        let text = "customer,contact,service,channel,description\n"
            + CSV.line(["a", "b", "\u{1B}]52;c;aGk=\u{07}", "phone", "c"]) + CSV.line(["a", "b", "grooming", "x\u{9B}\u{202E}y", "c"])
            + CSV.line(["a", "b", megabyte, "phone", "c"])
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let failure = try #require(throws: IntakeImport.Failure.self) { try IntakeImport.read(path: path) }
        #expect(failure.problems.count == 3)
        for problem in failure.problems {
            #expect(!Self.hasControl(problem.description), "\(problem.description.debugDescription)")
            #expect(problem.description.utf8.count < 300)
        }
        #expect(failure.problems[0].description.contains("\\e]52;c;aGk=\\x07"))
    }
}
