import Foundation
import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// The console's whole run loop on an in-memory screen: a key becomes an effect, the effect a
/// commit through the real store, the commit a message, and the message a frame.
@Suite struct RunLoopTests {
    init() { ConsoleFixture.setUp() }

    func desk() throws -> (directory: String, store: Store) {
        let directory = NSTemporaryDirectory() + "tend-runloop-\(UUID().uuidString)"
        let policy = ConsoleFixture.policy
        let store = try Store.create(at: directory, policy: policy,
                                     desk: DemoDesk.generate(tickets: 12, seed: 5, now: Date().addingTimeInterval(-3600), policy: policy))
        return (directory, store)
    }

    func keys(_ text: String) -> [Key?] { text.map { Key.character($0) } }

    @Test func aNoteTypedInItsFormIsRecordedAndSaidOnTheNextFrame() throws {
        let (directory, store) = try desk()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let actor = ConsoleFixture.policy.member("zhao.min")!
        let state = ConsoleState(lang: .en, actor: actor, now: Date())
        let screen = MemoryScreen(width: 120, height: 40, keys: [.character("i")] + keys("called the groomer") + [nil, .control("s"), nil])
        let console = Console(store: store, state: state, screen: screen)
        console.run()

        #expect(screen.ended)
        let id = try #require(console.currentState.selectedID)
        let reopened = try Store.open(at: directory)
        let notes = reopened.desk.ticket(id)!.notes
        #expect(notes.count { $0.event == .noteAdded(text: "called the groomer") } == 1)
        // The outcome came back as a message and was drawn: the frame before `q` says it.
        #expect(screen.lastFrame.contains("Note added to \(id)."))
        // While it was typed the form was kept as a draft; once recorded, the draft is gone.
        let shelf = DraftShelf(storeDirectory: directory, login: actor.login)
        #expect(shelf.load().drafts.isEmpty)
        #expect(screen.frames.contains { $0.text().contains("called the groomer") })
    }

    /// After G (the end of a long ticket), a key back up scrolls up at once: the scroll is kept
    /// to what the pane can show, not to what G asked for.
    @Test func theTicketPaneScrollsBackUpAfterJumpingToItsEnd() throws {
        let (directory, store) = try desk()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let actor = ConsoleFixture.policy.member("zhao.min")!
        let screen = MemoryScreen(width: 80, height: 24, keys: [.tab, .character("G"), nil, .character("k"), nil])
        let console = Console(store: store, state: ConsoleState(lang: .en, actor: actor, now: Date()), screen: screen)
        console.run()
        let marker = #/(\d+)-(\d+)/(\d+)/#
        let shown = screen.frames.compactMap { $0.text().firstMatch(of: marker) }.map { (Int($0.1)!, Int($0.3)!) }
        let atEnd = try #require(shown.map(\.0).max())
        #expect(atEnd > 1 && shown.last!.0 == atEnd - 1, "after G then k: \(shown)")
    }

    @Test func aRefusedKeyComesBackAsAMessageInTheConsolesWords() throws {
        let (directory, store) = try desk()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // A trainee's `t` goes to the core as it is, and comes back refused.
        let trainee = ConsoleFixture.policy.member("xiao.yu")!
        let screen = MemoryScreen(width: 80, height: 24, keys: [.character("t"), nil])
        let console = Console(store: store, state: ConsoleState(lang: .zh, actor: trainee, now: Date()), screen: screen)
        console.run()
        #expect(screen.lastFrame.contains("学员只能查看工单，不能修改。"))
        #expect(try Store.open(at: directory).sequence == store.sequence)
    }

    @Test func aDraftLeftOpenIsOnDiskWhenTheLoopEnds() throws {
        let (directory, store) = try desk()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let actor = ConsoleFixture.policy.member("li.hua")!
        // Ctrl-C quits from inside a form; the form is kept.
        let screen = MemoryScreen(width: 80, height: 24, keys: [.character("c")] + keys("王小明"), endKey: .control("c"))
        let console = Console(store: store, state: ConsoleState(lang: .zh, actor: actor, now: Date()), screen: screen)
        console.run()
        let drafts = DraftShelf(storeDirectory: directory, login: actor.login).load().drafts
        #expect(drafts.count == 1 && drafts[0].purpose == .intake && drafts[0].values["customer"] == "王小明")
    }

    @Test func aChangedDeskIsAMessageThatRequeries() throws {
        let policy = ConsoleFixture.policy
        var desk = DemoDesk.generate(tickets: 5, seed: 5, now: ConsoleFixture.now, policy: policy)
        var state = ConsoleFixture.state(.en)
        _ = ConsoleReducer.update(.deskChanged, &state, ConsoleEnvironment(desk: desk, policy: policy, page: 10))
        let before = state.queue.count
        let intake = Intake(customer: Customer(name: "Lin", contact: "13800001234"), pet: Pet(name: "Dou", species: "dog"),
                            service: .grooming, branch: "", channel: .phone, description: "late pickup", grade: .general, cause: nil)
        let id = desk.nextID
        _ = desk.apply(Change(ticket: id, entry: TimelineEntry(at: ConsoleFixture.now, actor: "li.hua", event: .received(intake))))
        _ = ConsoleReducer.update(.deskChanged, &state, ConsoleEnvironment(desk: desk, policy: policy, page: 10))
        #expect(state.queue.count == before + 1 && state.queue.contains(id))
        #expect(state.counts.open == QueueCounts(desk: desk, policy: policy, login: "li.hua", now: ConsoleFixture.now).open)
    }
}
