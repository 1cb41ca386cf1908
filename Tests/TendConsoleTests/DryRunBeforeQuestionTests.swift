import Foundation
import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// The defect: the console asked "move on anyway?" about the unsaid checklist before the core had
/// looked at the fields; answering y then brought "Confirm the cause category with --cause", a
/// flag the console does not have. Now the core's dry run comes first, and its refusal names the
/// form's field.
@Suite struct DryRunBeforeQuestionTests {
    init() { ConsoleFixture.setUp() }
    static let desk = DemoDesk.generate(tickets: 400, seed: 5, now: ConsoleFixture.now, policy: ConsoleFixture.policy)

    @Test(arguments: [Language.en, .zh])
    func aGateTheCoreWouldRefuseIsRefusedBeforeAnyQuestion(lang: Language) throws {
        let desk = Self.desk
        var state = ConsoleState(lang: lang, actor: ConsoleFixture.policy.member("zhao.min")!, now: ConsoleFixture.now)
        state.library = ConsoleFixture.library
        state.setQueue(TicketQuery.run(desk, policy: ConsoleFixture.policy, filter: state.filter, now: ConsoleFixture.now))
        // An investigation with no cause yet, and nothing said at its stage.
        state.selected = try #require(state.queue.firstIndex { id in
            desk.ticket(id).map { $0.stage == .investigating && $0.cause == nil && !Checklist.missing($0).isEmpty } ?? false
        })
        // The form opens with the cause unchosen; findings typed, then submitted.
        for key in [Key.character("a"), .tab, .tab] + "CCTV checked".map({ Key.character($0) }) + [.control("s")] {
            ConsoleReducer.handle(key, &state, desk: desk, policy: ConsoleFixture.policy, page: 10)
        }
        #expect(state.confirmation == nil, "asked \(state.confirmation?.question ?? "")")
        let error = try #require(state.form?.error)
        #expect(!error.contains("--"), "\(error)")
        #expect(error.contains(lang.pick("“Cause”", "「原因」")), "\(error)")
    }
}
