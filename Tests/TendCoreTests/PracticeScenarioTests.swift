import Foundation
import Testing
@testable import TendCore

/// Practice takes in the whole library: scenarios where the pet died, was lost or hurt, with a
/// grieving owner and with each kind of special need, and no reply marked right is one the coach
/// would flag.
struct PracticeScenarioTests {
    let library = try! ScriptLibrary.load(storeDirectory: nil).library

    @Test func scenariosCoverTheNewHarmsMoodsAndNeedsAndNoRightAnswerIsFlagged() {
        let rounds = Practice.rounds(library, count: 100_000, seed: 14)
        #expect(rounds.count == library.scripts.filter { $0.customerSays != nil }.count)
        let harms = Set(rounds.map(\.context.harm)), moods = Set(rounds.map(\.context.anger))
        let needs = Set(rounds.flatMap(\.context.needTypes))
        #expect(harms.isSuperset(of: [.died, .lost, .injured, .ill]), "\(harms)")
        #expect(moods == Set(Anger.ordered), "\(moods)")
        #expect(needs == Set(SpecialNeed.ordered), "\(needs)")
        let coach = Coach(library)
        var right = 0
        for round in rounds {
            for option in round.options where option.verdict == .right {
                right += 1
                #expect(coach.check(option.text.en).isEmpty && coach.check(option.text.zh).isEmpty, "\(round.script.id)")
            }
        }
        print("practice scenarios: \(rounds.count); where the pet died \(rounds.filter { $0.context.harm == .died }.count), "
              + "grieving \(rounds.filter { $0.context.anger == .grieving }.count), with a need \(rounds.filter { !$0.context.needTypes.isEmpty }.count); "
              + "right answers checked by the coach: \(right)")
    }
}
