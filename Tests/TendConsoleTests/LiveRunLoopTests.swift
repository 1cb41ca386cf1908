import Foundation
import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// The console's run loop on a desk another writer changes: the watch wakes it, and the next
/// frame shows the change, with no poll and no key pressed.
@Suite struct LiveRunLoopTests {
    init() { ConsoleFixture.setUp() }

    func desk() throws -> (directory: String, store: Store) {
        let directory = NSTemporaryDirectory() + "tend-live-\(UUID().uuidString)"
        let policy = ConsoleFixture.policy
        let store = try Store.create(at: directory, policy: policy,
                                     desk: DemoDesk.generate(tickets: 12, seed: 5, now: Date().addingTimeInterval(-3600), policy: policy))
        return (directory, store)
    }

    func keys(_ text: String) -> [Key?] { text.map { Key.character($0) } }

    func actor(_ login: String) -> StaffMember { ConsoleFixture.policy.member(login)! }

    /// Another person takes in a complaint through their own store on the same directory.
    func receive(_ store: Store, customer: String) throws {
        let intake = Intake(customer: Customer(name: customer, contact: "13800001234"), pet: Pet(name: "Dou", species: "dog"),
                            service: .grooming, channel: .phone, description: "late pickup", grade: .critical, cause: nil)
        try store.receive(intake, as: actor("wang.fang"), at: Date())
    }

    func note(_ store: Store, on id: TicketID, _ text: String) throws {
        try store.act(on: id, as: actor("wang.fang"), at: Date()) { workflow, ticket in try workflow.addNote(ticket, text: text) }
    }

    @Test func anotherWritersCommitIsOnTheFrameAfterTheWake() throws {
        let (directory, store) = try desk()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let other = try Store.open(at: directory)
        let watch = try #require(store.makeWatch())
        let screen = MemoryScreen(width: 120, height: 40, keys: [])
        var committedAt: ContinuousClock.Instant?
        screen.beforeRead = { read in
            if read == 0 {
                try? self.receive(other, customer: "Wakefield")
                committedAt = .now
            }
            return nil
        }
        let console = Console(store: store, state: ConsoleState(lang: .en, actor: actor("li.hua"), now: Date()), screen: screen, watch: watch)
        console.pollInterval = 3600
        console.run()

        // The first wait ended with the wake-up: the frame after it shows the new complaint and
        // the queue's new count.
        #expect(screen.wakes == [1])
        #expect(screen.frames[1].text().contains("Wakefield") && !screen.frames[0].text().contains("Wakefield"))
        let counts = screen.frames.prefix(2).map { frame in
            frame.text().firstMatch(of: /Queue (\d+)/).flatMap { Int($0.1) }
        }
        #expect(counts[1] != nil && counts[1] == counts[0].map { $0 + 1 })
        let delay = screen.drawnAt[1] - committedAt!
        #expect(delay < .milliseconds(500), "the frame came \(delay) after the commit")
    }

    @Test func aWakeUpThatBringsNothingDrawsNothing() throws {
        let (directory, store) = try desk()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let screen = MemoryScreen(width: 120, height: 40, keys: [])
        screen.beforeRead = { read in
            // Not the desk's: a file another program leaves beside it.
            if read == 0 { _ = FileManager.default.createFile(atPath: directory + "/notes.txt", contents: Data("x".utf8)) }
            return nil
        }
        let watch = try #require(store.makeWatch())
        let console = Console(store: store, state: ConsoleState(lang: .en, actor: actor("li.hua"), now: Date()), screen: screen, watch: watch)
        console.run()
        #expect(screen.wakes == [1])
        #expect(screen.frames.count == 1)
    }

    @Test func withoutAWatchTheDeskIsReadEveryPollInterval() throws {
        let (directory, store) = try desk()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let other = try Store.open(at: directory)
        for (interval, shown) in [(0.0, true), (3600.0, false)] {
            let screen = MemoryScreen(width: 120, height: 40, keys: [nil, nil])
            screen.beforeRead = { read in
                if read == 1 { try? self.receive(other, customer: "Pollard \(interval)") }
                return nil
            }
            let console = Console(store: store, state: ConsoleState(lang: .en, actor: actor("li.hua"), now: Date()), screen: screen)
            console.pollInterval = interval
            console.run()
            #expect(screen.wakes.isEmpty)
            #expect(screen.frames[2].text().contains("Pollard \(interval)") == shown, "poll interval \(interval)")
        }
    }

    @Test func aFormSubmittedAfterAnotherPersonsChangeSaysSoFirst() throws {
        for watching in [true, false] {
            let (directory, store) = try desk()
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let other = try Store.open(at: directory)
            let typed: [Key?] = [.character("i")] + keys("called the groomer")
            let screen = MemoryScreen(width: 120, height: 40, keys: typed + [.control("s"), .control("s")])
            let console = Console(store: store, state: ConsoleState(lang: .en, actor: actor("zhao.min"), now: Date()), screen: screen,
                                  watch: watching ? store.makeWatch() : nil)
            console.pollInterval = 3600
            var id: TicketID?
            // Just before the first Ctrl-S, another person adds a note to the same ticket.
            screen.beforeRead = { read in
                if read == typed.count {
                    id = console.currentState.form?.purpose.ticket
                    try? self.note(other, on: id!, "customer rang again")
                }
                return nil
            }
            console.run()

            let noted = try #require(id)
            let ticket = try #require(try Store.open(at: directory).desk.ticket(noted))
            #expect(ticket.notes.map(\.event) == [.noteAdded(text: "customer rang again"), .noteAdded(text: "called the groomer")],
                    "watching: \(watching)")
            let warned = try #require(screen.frames.firstIndex { $0.text().contains("changed since this form was opened") }, "watching: \(watching)")
            #expect(screen.frames[warned].text().contains("wang.fang: Note: customer rang again"))
            #expect(screen.lastFrame.contains("Note added to \(id!)."))
        }
    }

    @Test func whileTheDeskIsOutOfReachTheStatusBarSaysSoAndAChangeIsRefusedWithWhatWasTypedKept() throws {
        let (directory, store) = try desk()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (lang, words) in [(Language.en, "offline — reconnecting"), (.zh, "离线，正在重新连接")] {
            let watch = OfflineWatch()
            // Submitted while offline, then the form thrown away (Esc, y) and the console left.
            let screen = MemoryScreen(width: 120, height: 40, keys: [.character("i")] + keys("offline note") + [.control("s"), .escape, .character("y")])
            let console = Console(store: store, state: ConsoleState(lang: lang, actor: actor("zhao.min"), now: Date()), screen: screen, watch: watch)
            console.run()
            #expect(screen.frames.allSatisfy { $0.text().contains(words) })
            let id = try #require(console.currentState.selectedID)
            // Refused at once and nothing recorded; the form stayed open with the text in it.
            #expect(!store.desk.ticket(id)!.notes.contains { $0.event == .noteAdded(text: "offline note") })
            #expect(screen.frames.contains { $0.text().contains(lang.pick("nothing was changed", "这项更改没有保存")) && $0.text().contains("offline note") })
            // Back online: the status goes with the next frame.
            watch.live = true
            let after = MemoryScreen(width: 120, height: 40, keys: [])
            Console(store: store, state: ConsoleState(lang: lang, actor: actor("zhao.min"), now: Date()), screen: after, watch: watch).run()
            #expect(!after.lastFrame.contains(words))
        }
    }
}

/// A watch whose database is out of reach: it never wakes, and says so.
final class OfflineWatch: DeskWatch {
    private let pipe: [Int32]
    var live = false

    init() {
        var ends: [Int32] = [0, 0]
        _ = ends.withUnsafeMutableBufferPointer { Glibc.pipe($0.baseAddress!) }
        pipe = ends
    }

    deinit { pipe.forEach { close($0) } }

    var descriptor: Int32 { pipe[0] }
    func acknowledge() {}
    var status: Bilingual? { live ? nil : Bilingual("offline — reconnecting", "离线，正在重新连接") }
}
