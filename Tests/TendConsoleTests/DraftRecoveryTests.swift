import Foundation
import Testing
@testable import TendConsole
import TendCore

/// A form submitted just before a crash, whose draft survived: the desk recorded its request, so
/// on restart the draft is dropped with a word instead of being offered (and submitted) again.
@Suite struct DraftRecoveryTests {
    @Test func aDraftWhoseRequestWasRecordedIsDroppedAndTheOthersComeBack() throws {
        let directory = NSTemporaryDirectory() + "tend-recovery-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let policy = ConsoleFixture.policy
        let store = try Store.create(at: directory, policy: policy,
                                     desk: DemoDesk.generate(tickets: 3, seed: 5, now: ConsoleFixture.now, policy: policy))
        let supervisor = policy.member("zhao.min")!
        let shelf = DraftShelf(storeDirectory: directory, login: supervisor.login)
        let submitted = Draft(purpose: .note(TicketID(1001)), values: ["text": "已致电美容师"], focus: 0,
                              savedAt: ConsoleFixture.now, request: "rsubmitted")
        let unfinished = Draft(purpose: .note(TicketID(1002)), values: ["text": "还没写完"], focus: 0,
                               savedAt: ConsoleFixture.now, request: "runfinished")
        try shelf.save(submitted)
        try shelf.save(unfinished)
        // The crash came after the commit of the first note and before its draft was removed.
        try store.act(on: TicketID(1001), as: supervisor, at: ConsoleFixture.now, request: "rsubmitted") { workflow, ticket in
            try workflow.addNote(ticket, text: "已致电美容师")
        }
        let (drafts, problems, dropped) = Console.settleDrafts(shelf, store: try Store.open(at: directory), lang: .zh)
        #expect(drafts == [unfinished])
        #expect(problems.isEmpty)
        #expect(dropped.count == 1 && dropped[0].contains("T-1001") && dropped[0].contains("草稿已移除"))
        #expect(shelf.load().drafts == [unfinished])
        #expect(try Store.open(at: directory).desk.ticket(TicketID(1001))!.notes.count(where: { $0.event == .noteAdded(text: "已致电美容师") }) == 1)
    }

    @Test func aDraftKeepsItsRequestAndTheStageItsFormWasOpenedOn() throws {
        // An open ticket: a closed one has no gate, so no advance form.
        let id = try #require(ConsoleFixture.desk.tickets.first { $0.isOpen }?.id)
        let form = try #require(FormBuilder(desk: ConsoleFixture.desk, policy: ConsoleFixture.policy,
                                            actor: ConsoleFixture.policy.member("zhao.min")!).form(.advance(id)))
        #expect(form.openedOn == ConsoleFixture.desk.ticket(id)!.stage)
        let data = try JSONEncoder().encode(Draft(form, at: ConsoleFixture.now))
        let draft = try JSONDecoder().decode(Draft.self, from: data)
        var restored = try #require(FormBuilder(desk: ConsoleFixture.desk, policy: ConsoleFixture.policy,
                                                actor: ConsoleFixture.policy.member("zhao.min")!).form(.advance(id)))
        #expect(restored.request != form.request)
        restored.restore(draft)
        #expect(restored.request == form.request && restored.openedOn == form.openedOn)
    }
}

@Suite struct DraftFolderTests {
    /// A `drafts` folder that is a link to somewhere else is refused, never written through: what
    /// customers said stays in the desk (found in review).
    @Test func aLinkedDraftsFolderIsNeverWrittenThrough() throws {
        let directory = NSTemporaryDirectory() + "tend-draft-link-\(UUID().uuidString)"
        let elsewhere = directory + "-elsewhere"
        defer { for path in [directory, elsewhere] { try? FileManager.default.removeItem(atPath: path) } }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        #expect(symlink(elsewhere, directory + "/drafts") == 0)
        let shelf = DraftShelf(storeDirectory: directory, login: "li.hua")
        let draft = Draft(purpose: .intake, values: ["customer": "林小姐", "contact": "13912345678"], focus: 0, savedAt: Date())
        #expect { try shelf.save(draft) } throws: { error in
            (error as? StoreError)?.message(.en).contains("symbolic link") == true
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    }
}

@Suite struct StaleFormTests {
    /// An advance form opened on one stage and submitted after the ticket moved on used to ask
    /// about the new stage's checklist, then (before the core refused it) read its fields as the
    /// new gate's; a draft brought back later could never be submitted. Now it says so at once.
    @Test func anAdvanceFormForAStageTheTicketHasLeftSaysSoBeforeAskingAnything() throws {
        let policy = ConsoleFixture.policy
        let supervisor = policy.member("zhao.min")!
        var desk = ConsoleFixture.desk
        let ticket = try #require(desk.tickets.first { $0.stage == .received })
        var form = try #require(FormBuilder(desk: desk, policy: policy, actor: supervisor).form(.advance(ticket.id)))
        #expect(form.openedOn == .received)
        form.fields[0].restore("4h")
        let now = ConsoleFixture.now
        let acknowledged = TimelineEntry(at: now, actor: supervisor.login, event: .acknowledged(eta: now.addingTimeInterval(7200)))
        let applied = desk.apply(Change(ticket: ticket.id, entry: acknowledged))
        #expect(applied)
        for lang in [Language.en, .zh] {
            let submission = FormSubmission.of(form, desk: desk, policy: policy, actor: supervisor, lang: lang, now: now, filter: TicketFilter(), coach: Coach(.empty))
            guard case .refused(let message) = submission else { Issue.record("not refused: \(submission)"); continue }
            #expect(message == WorkflowError.movedOn(expected: .received, actual: .acknowledged).message(lang)
                    + lang.pick(" Close this form with Esc, then press a for the form of its new stage.", " 按 Esc 关闭此表单，再按 a 打开新阶段的表单。"))
        }
    }
}
