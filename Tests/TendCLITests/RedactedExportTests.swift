import Foundation
import Testing
import TendCore

/// A redacted export hides the customer's contact details wherever they were written: in the
/// description, notes, findings, resolution details and the closing comment, not only in the
/// contact column.
@Suite struct RedactedExportTests {
    let tend = TendRunner()
    var desk: String { tend.path("desk") }

    /// Contact details as people write them into free text, each with the part that must not leak.
    static let planted: [(written: String, secret: String)] = [
        ("打我手机13812345678", "13812345678"),
        ("或者 +86 139-2345-6789", "139-2345-6789"),
        ("座机 021-66778899", "66778899"),
        ("(0755) 8765 4321 也行", "8765 4321"),
        ("US number +1 415 555 0100", "415 555 0100"),
        ("mail li.ming+pets@example.com", "li.ming+pets"),
        ("或 13500001111@163.com", "13500001111"),
        ("微信：lm_dog2024", "lm_dog2024"),
        ("加我vx petlover_88", "petlover_88"),
        ("WeChat ID doudou-mama", "doudou-mama"),
        ("QQ 87654321", "87654321"),
        ("扣扣号：123456789", "123456789"),
    ]

    /// Text that looks a little like a contact but is not one, and stays readable.
    static let kept = ["2026-11-20", "T-1001", "¥50", "15:30"]

    func text(_ index: Int) -> String {
        let (first, second) = (Self.planted[(2 * index) % Self.planted.count], Self.planted[(2 * index + 1) % Self.planted.count])
        return "第\(index)段：\(first.written)，\(second.written)。2026-11-20 15:30 见 T-1001，赔 ¥50"
    }

    @Test func redactedExportsCarryNoPhoneEmailWeChatOrQQ() throws {
        #expect(try tend.run(["demo", "--store", desk, "--tickets", "1", "--now", "2026-11-20T09:00:00Z"]).status == 0)
        let runner = tend
        func act(_ arguments: String..., as login: String = "li.hua") throws {
            let result = try runner.run(arguments + ["--store", desk, "--as", login])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        var pieces = (0..<Self.planted.count).map(text).makeIterator()
        let added = try runner.run(["add", "--customer=林小姐", "--contact=13912345678", "--service=grooming", "--channel=phone",
                                       "--description=\(pieces.next()!)", "--special-needs-note=\(pieces.next()!)",
                                       "--store", desk, "--as", "li.hua"])
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try act("advance", id, "--eta", "2h")
        try act("take", id)
        try act("note", id, pieces.next()!)
        try act("advance", id)
        try act("advance", id, "--findings=\(pieces.next()!)", "--cause", "health_safety")
        try act("advance", id, "--resolution", "apology", "--details=\(pieces.next()!)")
        try act("advance", id, "--score", "4", "--comment=\(pieces.next()!)")
        let reopen = try runner.run(["reopen", id, "--reason=\(pieces.next()!)", "--store", desk, "--as", "zhao.min"])
        #expect(reopen.status == 0, "\(reopen.stderr)")

        var leaks: [String] = []
        var outputs = 0
        for format in ["csv", "json"] {
            let plain = try runner.run(["export", "--format", format, "--store", desk, "--as", "zhao.min"])
            // The unredacted export really carries them, so the check below can fail.
            #expect(Self.planted.contains { plain.stdout.contains($0.secret) }, "\(format): nothing was planted")
            for login in ["zhao.min", "li.hua"] {
                let redacted = try runner.run(["export", "--format", format, "--redact", "--store", desk, "--as", login])
                #expect(redacted.status == 0)
                outputs += 1
                leaks += Self.planted.map(\.secret).filter(redacted.stdout.contains).map { "\(format) as \(login): \($0)" }
                for word in Self.kept { #expect(redacted.stdout.contains(word), "\(format): \(word) was masked too") }
            }
        }
        print("redaction: \(Self.planted.count) planted contacts × \(outputs) redacted exports, leaked \(leaks.count)")
        #expect(leaks.isEmpty, "\(leaks)")
    }
}
