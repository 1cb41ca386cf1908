import Foundation
import Testing
@testable import TendConsole
@testable import TendCore

/// The console watches the escalation ladder for its user with each whole query: it warns on the
/// status row when a rung is reached and records the rung, quietly (another console may have
/// recorded it first).
@Suite struct LadderWatchTests {
    init() { ConsoleFixture.setUp() }
    let policy = ConsoleFixture.policy
    let now = ConsoleFixture.now

    @Test func theAssigneesConsoleWarnsAtFiftyPercentAndRecordsItOnce() throws {
        let directory = NSTemporaryDirectory() + "tend-ladder-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try Store.create(at: directory, policy: policy, desk: ConsoleFixture.desk)
        let handler = policy.member("li.hua")!
        let acted = try store.receive(NeedsOwnerTests.critical(), as: handler, at: now)
        let id = acted.after.id
        try store.act(on: id, as: handler, at: now) { workflow, ticket in try workflow.assign(ticket, to: "li.hua") }
        func environment() -> ConsoleEnvironment { ConsoleEnvironment(desk: store.desk, policy: store.policy, page: 20) }

        var state = ConsoleState(lang: .en, actor: handler, now: now)
        _ = ConsoleReducer.update(.tick(now), &state, environment())
        // Critical: 30 minutes to answer, so the 50% rung falls 15 minutes in.
        let later = now.addingTimeInterval(16 * 60)
        let effects = ConsoleReducer.update(.tick(later), &state, environment())
        // The demo desk's own tickets may reach a rung in the same quarter hour: only this one is read.
        let commits = effects.compactMap { effect -> Commit? in if case .commit(let commit) = effect, commit.ticket == id { commit } else { nil } }
        #expect(commits.count == 1 && commits.first?.action.name == .escalate && commits.first?.fresh == false)
        #expect(state.message?.contains("\(id): 50% of the first answer time is gone") == true, "\(state.message ?? "")")
        let commit = try #require(commits.first)
        // Recorded, it says nothing more; refused (another console was first), nothing either.
        let told = state.message
        try store.act(on: id, as: handler, at: later, request: commit.request, fresh: false) { workflow, ticket in try commit.action.events(workflow, ticket) }
        _ = ConsoleReducer.update(.committed(commit, ticket: id, outcome: "recorded"), &state, environment())
        _ = ConsoleReducer.update(.refused(commit, message: "nothing due"), &state, environment())
        #expect(state.message == told)
        #expect(store.desk.ticket(id)?.escalations.map(\.percent) == [50])
        // The next minute finds nothing new.
        let next = ConsoleReducer.update(.tick(later.addingTimeInterval(60)), &state, environment())
        #expect(!next.contains { if case .commit = $0 { true } else { false } })
    }
}
