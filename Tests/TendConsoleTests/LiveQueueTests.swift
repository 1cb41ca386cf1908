import Foundation
import Testing
@testable import TendConsole
import TendCore

/// The live queue: after changes to a few tickets, the queue and the counts the console keeps
/// up to date ticket by ticket are exactly those a whole query over the new desk gives.
@Suite struct LiveQueueTests {
    init() { ConsoleFixture.setUp() }

    /// The start of a minute, plus a little: ticks within it do not query again.
    let now = Date(timeIntervalSince1970: 1_794_999_960 + 5)
    let policy = ConsoleFixture.policy

    func environment(_ store: Store) -> ConsoleEnvironment { ConsoleEnvironment(desk: store.desk, policy: store.policy, page: 20) }

    @Test(arguments: 0..<24) func aLiveQueueIsWhatAWholeQueryGives(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let directory = NSTemporaryDirectory() + "tend-live-queue-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let desk = DemoDesk.generate(tickets: Int.random(in: 5...120, using: &random), seed: seed, now: now, policy: policy)
        let console = try Store.create(at: directory, policy: policy, desk: desk)
        let other = try Store.open(at: directory)
        var state = ConsoleState(lang: .en, actor: policy.member("li.hua")!, now: now)
        state.filter = RandomDeskChanges.filter(using: &random)
        _ = ConsoleReducer.update(.deskChanged, &state, environment(console))
        for round in 0..<12 {
            if !state.queue.isEmpty { state.selected = Int.random(in: 0..<state.queue.count, using: &random) }
            let kept = state.selectedID, row = state.selected
            // The clocks move on (set here without the tick that would query again each minute):
            // the queue keeps the order of the instant it was queried at.
            state.now = now.addingTimeInterval(Double(round) * 5_400)
            // Half the changes are this console's own commits, half another writer's.
            let writer = random.odds(0.5) ? console : other
            try writer.commit { desk, _ in RandomDeskChanges.changes(desk, around: now, using: &random) }
            let update = try console.refresh()
            #expect(!update.reloaded && !update.changed.isEmpty)
            _ = ConsoleReducer.update(.deskUpdated(update), &state, environment(console))

            let whole = TicketQuery.run(console.desk, policy: policy, filter: state.filter, now: now)
            #expect(state.queue == whole, "seed \(seed), round \(round), filter \(state.filter)")
            #expect(state.counts == QueueCounts(desk: console.desk, policy: policy, login: "li.hua", now: now), "seed \(seed), round \(round)")
            // The selection stays on its ticket while it is in the queue, as a whole query keeps it.
            if let kept, let index = whole.firstIndex(of: kept) {
                #expect(state.selected == index)
            } else {
                #expect(state.selected == min(row, max(0, whole.count - 1)))
            }
        }
    }

    /// Made a trainee while their console is open, a handler's keys follow the new roster at once
    /// (found in the team walk: the console still offered a note form, and the database's raw
    /// refusal came only at Ctrl-S).
    @Test func aRoleChangedOnTheRosterReachesAnOpenConsole() throws {
        var state = ConsoleFixture.state(.en, as: "li.hua")
        var demoted = policy
        demoted.staff = demoted.staff.map { $0.login == "li.hua" ? StaffMember(login: "li.hua", name: $0.name, role: .trainee) : $0 }
        _ = ConsoleReducer.update(.deskUpdated(DeskUpdate(changed: [], before: [:], reloaded: true)), &state,
                                  ConsoleEnvironment(desk: ConsoleFixture.desk, policy: demoted, page: 20))
        #expect(state.actor.role == .trainee)
        #expect(state.message?.contains("you are now a trainee") == true)
        ConsoleReducer.handle(.character("i"), &state, desk: ConsoleFixture.desk, policy: demoted, page: 20)
        #expect(state.form == nil)
    }

    @Test func theSelectedTicketKeepsItsSelectionWhenOthersMoveAboveIt() throws {
        var state = ConsoleFixture.state(.en)
        var desk = ConsoleFixture.desk
        _ = ConsoleReducer.update(.deskChanged, &state, ConsoleEnvironment(desk: desk, policy: policy, page: 20))
        state.selected = 10
        state.ticketScroll = 3
        let kept = try #require(state.selectedID)
        // The ticket at the bottom becomes the most urgent of all.
        let bottom = state.queue.last!
        let before = desk.ticket(bottom)!
        desk.apply(Change(ticket: bottom, entry: TimelineEntry(at: ConsoleFixture.now, actor: "zhao.min",
                                                               event: .gradeChanged(from: before.grade, to: .critical, reason: "worse"))))
        desk.apply(Change(ticket: bottom, entry: TimelineEntry(at: ConsoleFixture.now.addingTimeInterval(-30 * 86_400), actor: "zhao.min",
                                                               event: .reopened(reason: "again"))))
        _ = ConsoleReducer.update(.deskUpdated(DeskUpdate(changed: [bottom], before: [bottom: before])), &state,
                                  ConsoleEnvironment(desk: desk, policy: policy, page: 20))
        // First after the "needs an owner" lane (it has an owner) and any critical complaint of a
        // priority customer (served first within a grade; it is not one).
        #expect(!desk.ticket(bottom)!.intake.isPriority)
        #expect(state.queue.drop { desk.ticket($0)!.needsOwner || (desk.ticket($0)!.grade == .critical && desk.ticket($0)!.intake.isPriority) }.first == bottom)
        #expect(state.selectedID == kept && state.selected == 11)
        #expect(state.ticketScroll == 3)
    }

    @Test func aDeskReadWholeIsQueriedWhole() throws {
        var state = ConsoleFixture.state(.en)
        var desk = ConsoleFixture.desk
        _ = ConsoleReducer.update(.deskChanged, &state, ConsoleEnvironment(desk: desk, policy: policy, page: 20))
        let id = desk.nextID
        var random = SeededRandom(seed: 1)
        desk.apply(Change(ticket: id, entry: TimelineEntry(at: ConsoleFixture.now, actor: "li.hua", event: .received(RandomDeskChanges.intake(using: &random)))))
        _ = ConsoleReducer.update(.deskUpdated(DeskUpdate(changed: [], before: [:], reloaded: true)), &state,
                                  ConsoleEnvironment(desk: desk, policy: policy, page: 20))
        #expect(state.queue == TicketQuery.run(desk, policy: policy, filter: state.filter, now: ConsoleFixture.now))
        #expect(state.queue.contains(id))
    }
}
