import Foundation
import Testing
@testable import TendCore

/// Evidence files are kept whole, owner-only and checksummed; a case report carries them and
/// never passes customer text through as markup or terminal codes.
struct EvidenceAndCaseReportTests {
    let f = Fixture()

    @Test func aFileIsCopiedIntoTheDeskWithItsSizeAndSHA256() throws {
        let desk = temporaryDirectory("evidence-desk")
        try FileManager.default.createDirectory(atPath: desk, withIntermediateDirectories: true)
        let source = temporaryDirectory("evidence-source") + "-耳朵 照片.jpg"
        try Data("abc".utf8).write(to: URL(fileURLWithPath: source))
        let kept = try EvidenceKeeper.keep(source, in: desk, for: TicketID(1042))
        // SHA-256 of "abc", as FIPS 180-2 gives it.
        #expect(kept.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(kept.size == 3 && kept.originalName == (source as NSString).lastPathComponent)
        #expect(kept.storedPath.hasPrefix("evidence/T-1042/ba7816bf8f01cfea-") && !kept.storedPath.dropFirst(16).contains("/"))
        let stored = (desk as NSString).appendingPathComponent(kept.storedPath)
        #expect(try Data(contentsOf: URL(fileURLWithPath: stored)) == Data("abc".utf8))
        let mode = (try FileManager.default.attributesOfItem(atPath: stored)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        #expect(EvidenceKeeper.verify(kept, in: desk))
        // A file changed after it was kept no longer matches its record.
        try Data("abd".utf8).write(to: URL(fileURLWithPath: stored))
        #expect(!EvidenceKeeper.verify(kept, in: desk))
        // No temporary file is left behind.
        let left = try FileManager.default.contentsOfDirectory(atPath: (desk as NSString).appendingPathComponent("evidence/T-1042"))
        #expect(left.count == 1)
    }

    @Test func whatCannotBeKeptIsRefusedAndNothingIsLeft() throws {
        let desk = temporaryDirectory("evidence-refused")
        try FileManager.default.createDirectory(atPath: desk, withIntermediateDirectories: true)
        #expect(throws: EvidenceKeeper.Failure.self) { try EvidenceKeeper.keep("/no/such/file.jpg", in: desk, for: TicketID(1001)) }
        #expect(throws: EvidenceKeeper.Failure.notAFile(path: NSTemporaryDirectory())) {
            try EvidenceKeeper.keep(NSTemporaryDirectory(), in: desk, for: TicketID(1001))
        }
        #expect(EvidenceKeeper.safeName("../../etc/passwd") == "_.._etc_passwd")
        #expect(EvidenceKeeper.safeName("耳朵 照片.jpg") == "耳朵_照片.jpg")
        #expect(EvidenceKeeper.safeName("\u{1B}[2J") == "__2J")
        // Evidence needs a file or a reference, and a trainee may add none.
        let ticket = f.newTicket()
        #expect(throws: WorkflowError.emptyText(.evidence)) { try f.workflow(f.handler).addEvidence(ticket, Evidence(kind: .photo, reference: "  ")) }
        #expect(throws: WorkflowError.readOnly(role: .trainee)) { try f.workflow(f.trainee).addEvidence(ticket, Evidence(kind: .cctv, reference: "CAM2")) }
    }

    /// Every hostile text in every free-text place of a case, both formats and languages: counts
    /// of what got through as markup or a control character.
    @Test func aCaseReportNeverPassesCustomerTextThroughAsMarkup() throws {
        let hostile = ["<script>alert(1)</script>", "\u{1B}]52;c;ZWNobw==\u{07}x", "# heading\n- item", "[link](javascript:alert(1))",
                       "a | b | c", "<img src=x onerror=alert(1)>", "\"quoted\" & 'single'", "**bold** _it_ `code`", "\u{202E}fdp.exe",
                       "line\r\nbreak", "=HYPERLINK(\"http://x\")", "<!-- comment -->"]
        var reports = 0, rawTags = 0, controls = 0, unescapedMarkdown = 0
        for text in hostile {
            var ticket = Ticket(id: TicketID(1001), received: TimelineEntry(at: Fixture.now, actor: "li.hua", event: .received(
                Intake(customer: Customer(name: text, contact: "13800138000"), pet: Pet(name: text), service: .grooming, branch: text,
                       channel: .phone, description: text))))
            f.apply(&ticket, f.handler, [.noteAdded(text: text), .evidenceAdded(Evidence(kind: .photo, file: EvidenceFile(
                originalName: text, storedPath: "evidence/T-1001/x", size: 10, sha256: String(repeating: "a", count: 64)), reference: text, note: text))])
            for lang in [Language.en, .zh] {
                let report = CaseReport(policy: f.policy, lang: lang, now: Fixture.now, by: f.supervisor)
                let html = report.render(ticket, as: .html)
                let markdown = report.render(ticket, as: .md)
                reports += 2
                let found = ["<script", "<img", "<!--", "onerror=alert(1)>"].filter { html.contains($0) || markdown.contains($0) }
                if !found.isEmpty { print("raw in \(lang): \(found) \(markdown.contains(found[0]) ? "md" : "html")") }
                rawTags += found.count
                controls += (html + markdown).unicodeScalars.filter { SafeText.isControl($0) && $0 != "\n" }.count
                // Markdown: no line begins with a heading or list mark from customer text, no raw link.
                unescapedMarkdown += markdown.split(separator: "\n").filter { $0.hasPrefix("# heading") || $0.hasPrefix("- item") }.count
                unescapedMarkdown += markdown.contains("[link](") ? 1 : 0
                #expect(html.contains("13800138000") == false && markdown.contains("13800138000") == false, "the contact is masked")
            }
        }
        print("case reports: \(reports) rendered from \(hostile.count) hostile texts; raw tags \(rawTags), control characters \(controls), markdown let through \(unescapedMarkdown)")
        #expect(reports == hostile.count * 4)
        #expect(rawTags == 0 && controls == 0 && unescapedMarkdown == 0)
    }

    @Test func aCaseReportHoldsTheEvidenceWithItsChecksum() throws {
        var ticket = try f.ticket(at: .investigating, grade: .critical)
        let sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        f.apply(&ticket, f.handler, [.evidenceAdded(Evidence(kind: .photo, file: EvidenceFile(originalName: "ear.jpg", storedPath: "evidence/T-1001/x",
                                                                                                  size: 2_400_000, sha256: sha), note: "the day after"))])
        let markdown = CaseReport(policy: f.policy, lang: .en, now: Fixture.now, by: f.supervisor).render(ticket, as: .md)
        #expect(markdown.contains("ear\\.jpg · 2\\.3 MB · SHA\\-256 \(sha)"), "\(markdown)")
        let html = CaseReport(policy: f.policy, lang: .zh, now: Fixture.now, by: f.supervisor).render(ticket, as: .html)
        #expect(html.contains("<html lang=\"zh-CN\">") && html.contains(sha) && html.contains("证据"))
    }

    /// Found by a new user's walk: a handler could add evidence to a colleague's case, which they
    /// may not otherwise change.
    @Test func onlyWhoeverMayWorkOnTheCaseAddsEvidence() throws {
        let ticket = try f.ticket(at: .investigating)
        let item = Evidence(kind: .cctv, reference: "CAM2-0412")
        #expect(throws: WorkflowError.self) { try f.workflow(f.otherHandler).addEvidence(ticket, item) }
        #expect(f.workflow(f.otherHandler).refusal(toStart: .evidence, on: ticket) != nil)
        #expect(try f.workflow(f.handler).addEvidence(ticket, item).count == 1)
        #expect(try f.workflow(f.supervisor).addEvidence(ticket, item).count == 1)
    }
}
