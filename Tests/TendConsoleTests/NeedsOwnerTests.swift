import Foundation
import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// A serious or critical complaint nobody has taken: at the top of the queue, counted on every
/// status row, and a bell and a flash for supervisors when one comes in from someone else.
@Suite struct NeedsOwnerTests {
    init() { ConsoleFixture.setUp() }
    let policy = ConsoleFixture.policy
    let now = ConsoleFixture.now

    func environment(_ store: Store) -> ConsoleEnvironment { ConsoleEnvironment(desk: store.desk, policy: store.policy, page: 20) }

    static func critical() -> Intake {
        Intake(customer: Customer(name: "周女士", contact: "13900001111"), pet: Pet(name: "可乐", species: "狗"), service: .grooming,
               channel: .social, description: "美容时剪破了耳朵，流了很多血，已经发到微博", grade: .critical)
    }

    @Test(arguments: ["zhao.min", "li.hua"]) func aCriticalComplaintFromSomeoneElseNeedsAnOwner(login: String) throws {
        let directory = NSTemporaryDirectory() + "tend-needs-owner-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let console = try Store.create(at: directory, policy: policy, desk: ConsoleFixture.desk)
        let other = try Store.open(at: directory)
        var state = ConsoleState(lang: .zh, actor: policy.member(login)!, now: now)
        _ = ConsoleReducer.update(.deskChanged, &state, environment(console))
        let before = state.counts.needsOwner
        let acted = try other.receive(Self.critical(), as: policy.member("wang.fang")!, at: now)
        let effects = ConsoleReducer.update(.deskUpdated(try console.refresh()), &state, environment(console))
        let id = acted.after.id
        #expect(state.queue.prefix { console.desk.ticket($0)!.needsOwner }.contains(id))
        #expect(state.counts.needsOwner == before + 1)
        let text = ConsoleFixture.screen(state, width: 80, height: 24).text()
        #expect(text.contains("待认领 \(before + 1)"))
        if login == "zhao.min" {
            #expect(effects.contains(.alert))
            #expect(state.message?.contains("\(id)") == true && state.message?.contains("待认领") == true)
            // No duty rota: a critical ticket is sent to every supervisor, this one too.
            #expect(state.message?.hasPrefix("已派送给您。") == true, "\(state.message ?? "")")
        } else {
            #expect(!effects.contains(.alert))
        }
        // Taken, it leaves the lane; nobody is alerted.
        try other.act(on: id, as: policy.member("li.hua")!, at: now) { workflow, ticket in try workflow.assign(ticket, to: "li.hua") }
        #expect(!ConsoleReducer.update(.deskUpdated(try console.refresh()), &state, environment(console)).contains(.alert))
        #expect(state.counts.needsOwner == before)
        // The alert that called for an owner no longer does: the row says who took it.
        if login == "zhao.min" {
            #expect(state.message?.contains("待认领") == false && state.message?.contains("\(id) → li.hua") == true, "\(state.message ?? "")")
        }
    }

    @Test func aSupervisorsOwnIntakeRingsNoBell() throws {
        let directory = NSTemporaryDirectory() + "tend-needs-owner-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let console = try Store.create(at: directory, policy: policy, desk: ConsoleFixture.desk)
        var state = ConsoleState(lang: .en, actor: policy.member("zhao.min")!, now: now)
        _ = ConsoleReducer.update(.deskChanged, &state, environment(console))
        try console.receive(Self.critical(), as: policy.member("zhao.min")!, at: now)
        #expect(!ConsoleReducer.update(.deskUpdated(console.takeUpdate()), &state, environment(console)).contains(.alert))
    }
}
