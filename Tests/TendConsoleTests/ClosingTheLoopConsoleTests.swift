import Foundation
import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// The second half of the loop at the console: the calls due, a returning customer seen at
/// intake, and a pause after a hard call whose note nobody else reads.
@Suite struct ClosingTheLoopConsoleTests {
    init() { ConsoleFixture.setUp() }

    let policy = ConsoleFixture.policy
    let desk = ConsoleFixture.desk
    let now = ConsoleFixture.now

    @Test(arguments: [Language.en, .zh]) func cShowsTheCallsDueSoonestFirst(lang: Language) throws {
        var state = ConsoleFixture.state(lang, as: "li.hua")
        ConsoleReducer.handle(.character("C"), &state, desk: desk, policy: policy, page: 10)
        #expect(state.callsView)
        let tickets = state.queue.compactMap { desk.ticket($0) }
        try #require(tickets.count >= 2, "the demo desk has tickets in follow-up")
        #expect(tickets.allSatisfy { $0.stage == .followUp })
        #expect(tickets.count == desk.tickets.filter { $0.stage == .followUp }.count)
        let times = tickets.map { $0.nextCall ?? .distantFuture }
        #expect(times == times.sorted(), "soonest call first")
        for (width, height) in [(80, 24), (120, 40)] {
            let text = ConsoleFixture.screen(state, width: width, height: height).text()
            #expect(text.contains(lang.pick("Calls due \(tickets.count)", "待回访 \(tickets.count)")), "\(width)x\(height)")
        }
        // The number in full only on the caller's own tickets (and a supervisor's), masked on the rest.
        let wide = ConsoleFixture.screen(state, width: 120, height: 40).text()
        for ticket in tickets.prefix(8) {
            let full = ticket.assignee == "li.hua"
            #expect(wide.contains(String(ticket.customer.contact.prefix(12))) == full, "\(ticket.id) \(ticket.customer.contact)\n\(wide)")
        }
        ConsoleReducer.handle(.character("C"), &state, desk: desk, policy: policy, page: 10)
        #expect(!state.callsView && state.queue.count > tickets.count)
    }

    @Test func aReturningCustomerIsNamedAtIntakeBeforeSubmitting() throws {
        let earlier = try #require(desk.tickets.first { $0.customer.contact.filter(\.isNumber).count == 11 })
        var state = ConsoleFixture.state(.zh, as: "li.hua")
        ConsoleReducer.handle(.character("c"), &state, desk: desk, policy: policy, page: 10)
        #expect(state.form?.purpose == .intake)
        // Customer, then the phone number typed another way: with +86 and dashes.
        ConsoleReducer.handle(.tab, &state, desk: desk, policy: policy, page: 10)
        let digits = earlier.customer.contact.filter(\.isNumber)
        let typed = "+86 " + digits.prefix(3) + "-" + digits.dropFirst(3).prefix(4) + "-" + digits.suffix(4)
        for character in typed { ConsoleReducer.handle(.character(character), &state, desk: desk, policy: policy, page: 10) }
        let text = ConsoleFixture.screen(state, width: 120, height: 40).text()
        let matches = desk.customers.matches(contact: typed, customer: "", pet: "", on: desk)
        #expect(matches.contains { $0.ticket == earlier.id })
        #expect(text.contains("↺") && text.contains(earlier.id.description), "\(text)")
    }

    @Test func aPauseIsOfferedAfterAnAngryCallAndItsNoteStaysPrivate() throws {
        let ticket = try #require(desk.tickets.first { $0.isOpen && $0.assignee == "li.hua" })
        var state = ConsoleFixture.state(.en, as: "li.hua")
        let env = ConsoleEnvironment(desk: desk, policy: policy, page: 10)
        let commit = Commit(ticket: ticket.id, action: .anger(.angry))
        _ = ConsoleReducer.update(.committed(commit, ticket: ticket.id, outcome: "angry"), &state, env)
        guard case .question(let question, _)? = state.modal else { Issue.record("no pause offered"); return }
        #expect(question.onYes == .takePause(ticket.id))
        // Declined, the status row keeps what was done (found by a new user's walk: it said
        // "Nothing was changed" after a change had been made).
        var declined = state
        _ = ConsoleReducer.update(.key(.character("n")), &declined, env)
        #expect(declined.modal == nil && declined.message == state.message && state.message?.isEmpty == false, "\(declined.message ?? "")")
        ConsoleReducer.handle(.character("y"), &state, desk: desk, policy: policy, page: 10)
        #expect(state.form?.purpose == .selfCare(ticket.id))
        var effects: [ConsoleEffect] = []
        for character in "shouted for ten minutes" { effects += ConsoleReducer.handle(.character(character), &state, desk: desk, policy: policy, page: 10) }
        #expect(!effects.contains { if case .saveDraft = $0 { true } else { false } }, "a private note is never left as a draft")
        effects = ConsoleReducer.handle(.control("s"), &state, desk: desk, policy: policy, page: 10)
        guard case .savePrivateNote(let note)? = effects.first else { Issue.record("\(effects)"); return }
        #expect(note.text == "shouted for ten minutes" && note.login == "li.hua" && note.ticket == ticket.id.description)
        #expect(Asked.last(effects) == nil, "nothing goes on the ticket")
        // Offered once a ticket a session.
        _ = ConsoleReducer.update(.committed(commit, ticket: ticket.id, outcome: "angry"), &state, env)
        #expect(state.modal == nil)
        // Kept where only its author's login reads it.
        let directory = NSTemporaryDirectory() + "tend-private-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let notes = PrivateNotes(storeDirectory: directory)
        try notes.append(note)
        #expect(notes.notes(of: "li.hua") == [note] && notes.notes(of: "zhao.min").isEmpty)
        let attributes = try FileManager.default.attributesOfItem(atPath: notes.directory + "/li.hua.jsonl")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    /// Found by the team console's end-to-end test: once a returning customer's other complaints
    /// were listed, "Also open by" fell below the pane's fold at 120x40.
    @Test(arguments: [Language.en, .zh]) func whoElseHasItOpenStaysInViewOnALongCase(lang: Language) throws {
        var state = ConsoleFixture.state(lang, as: "zhao.min")
        state.selected = try #require(state.queue.firstIndex { desk.ticket($0).map { desk.customers.matches(for: $0, on: desk).count >= 1 } ?? false })
        let ticket = try #require(state.selectedID.flatMap { desk.ticket($0) })
        state.others = [PresenceEntry(login: "zhao.min", ticket: ticket.id, typing: true, at: now)]
        let text = ConsoleFixture.screen(state, width: 120, height: 40).text()
        #expect(text.contains(lang.pick("Also open by: ", "同时在看：")), "\(text)")
    }

    /// A note is not a call: the pause is not offered after one, even on a critical case.
    @Test func aNoteOnACriticalCaseOffersNoPause() throws {
        let ticket = try #require(desk.tickets.first { $0.isOpen && $0.grade == .critical })
        var state = ConsoleFixture.state(.en, as: "zhao.min")
        let env = ConsoleEnvironment(desk: desk, policy: policy, page: 10)
        _ = ConsoleReducer.update(.committed(Commit(ticket: ticket.id, action: .note("called the vet")), ticket: ticket.id, outcome: "noted"), &state, env)
        #expect(state.modal == nil)
    }

    /// M hands a dispute to a mediator through a form asking who, their reference, the next date
    /// and what was sent; on a ticket already in mediation the same key records its news.
    @Test(arguments: [Language.en, .zh]) func mRecordsWhoMediatesAndThenTheirNews(lang: Language) throws {
        var state = ConsoleFixture.state(lang, as: "zhao.min")
        state.selected = try #require(state.queue.firstIndex { desk.ticket($0)?.stage == .resolving })
        let id = try #require(state.selectedID)
        func press(_ keys: [Key]) -> [ConsoleEffect] {
            keys.flatMap { ConsoleReducer.handle($0, &state, desk: desk, policy: policy, page: 10) }
        }
        _ = press([.character("M")])
        #expect(state.form?.purpose == .mediate(id))
        #expect(state.form?.fields.map(\.id) == ["party", "reference", "next", "sent", "reason"])
        // Mediator: the second choice (the veterinary board); then reference, a date in 3 days, what was sent, why.
        var keys: [Key] = [.right, .tab] + "VB-204".map(Key.character) + [.tab] + "3d".map(Key.character) + [.tab]
        keys += "photos".map(Key.character) + [.tab] + "no agreement on the bill".map(Key.character) + [.control("s")]
        var effects = press(keys)
        if state.confirmation != nil { effects += press([.character("y")]) }
        guard case .mediate(let referral)? = Asked.last(effects)?.action else { Issue.record("\(effects) \(state.form?.error ?? "")"); return }
        #expect(referral.party == .vetBoard && referral.reference == "VB-204" && referral.sent == "photos")
        #expect(referral.next == now.addingTimeInterval(3 * 86400) && referral.reason == "no agreement on the bill")
        // A ticket in mediation: M opens its news.
        let larger = FollowUpFormTests.desk
        var news = ConsoleState(lang: lang, actor: policy.member("zhao.min")!, now: now)
        news.setQueue(TicketQuery.run(larger, policy: policy, filter: news.filter, now: now))
        let inMediation = try #require(news.queue.firstIndex { larger.ticket($0)?.stage == .mediation })
        news.selected = inMediation
        _ = ConsoleReducer.handle(.character("M"), &news, desk: larger, policy: policy, page: 10)
        #expect(news.form?.purpose == .mediationNews(news.queue[inMediation]))
        let text = ConsoleFixture.screen(news, width: 120, height: 40).text()
        #expect(text.contains(lang.pick("Mediation news on", "调解进展")), "\(text)")
    }

    /// Found by a new user's walk: recording a score where a supervisor closes asked "Close T-…?".
    @Test(arguments: [Language.en, .zh]) func aScoreThatClosesNothingIsNotAskedAsAClose(lang: Language) throws {
        let larger = FollowUpFormTests.desk
        var state = ConsoleState(lang: lang, actor: policy.member("li.hua")!, now: now)
        state.setQueue(TicketQuery.run(larger, policy: policy, filter: state.filter, now: now))
        state.selected = try #require(state.queue.firstIndex { id in
            larger.ticket(id).map { $0.stage == .followUp && $0.assignee == "li.hua" && $0.grade >= .serious && $0.openPromises.isEmpty } ?? false
        })
        for key in [Key.character("a"), .tab, .character("4"), .control("s")] {
            _ = ConsoleReducer.handle(key, &state, desk: larger, policy: policy, page: 10)
        }
        // The checklist's items are not said yet, so a question comes: about them, not a close.
        guard case .question(let question, _)? = state.modal else { Issue.record("\(state.message ?? "")"); return }
        #expect(!question.question.contains(lang.pick("Close", "结案")), "\(question.question)")
    }
}
