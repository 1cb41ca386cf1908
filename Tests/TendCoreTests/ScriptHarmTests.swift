import Foundation
import Testing
@testable import TendCore

/// Scripts fit what happened to the pet: a lost-pet script is never offered for an injured pet,
/// and neither a satisfaction question nor a redo (collecting the pet again) where the pet died.
@Suite struct ScriptHarmTests {
    let library = try! ScriptLibrary.load(storeDirectory: nil).library

    func offered(_ stage: Stage, harm: Harm, grade: Grade = .critical, anger: Anger = .angry) -> [String] {
        var ids: [String] = []
        // Every cause, and every kind of customer: none, or one with each need.
        for cause in [Cause?.none] + Cause.ordered.map(Optional.some) {
            for needs in [[]] + SpecialNeed.ordered.map({ Set([$0]) }) {
                let context = ScriptContext(stage: stage, cause: cause, grade: grade, anger: anger, needTypes: needs, harm: harm)
                ids += library.matching(context).map(\.id)
            }
        }
        return ids
    }

    @Test func aLostPetScriptIsOfferedOnlyWhenThePetIsLost() {
        for stage in Stage.ordered where stage.isOpen {
            for harm in Harm.ordered where harm != .lost {
                #expect(!offered(stage, harm: harm).contains("any-lost-pet"), "\(stage) \(harm)")
            }
        }
        #expect(offered(.received, harm: .lost).contains("any-lost-pet"))
    }

    @Test func whereThePetDiedNoSatisfactionQuestionNoRedoNoHowIsThePet() {
        let died = Set(Stage.ordered.filter(\.isOpen).flatMap { stage in
            Grade.ordered.flatMap { grade in Anger.ordered.flatMap { offered(stage, harm: .died, grade: grade, anger: $0) } }
        })
        let wrong = library.scripts.filter { script in
            script.covers.contains(.satisfaction) || script.text.en.localizedCaseInsensitiveContains("redo")
                || script.text.zh.contains("打分") || script.text.en.localizedCaseInsensitiveContains("score")
                || script.text.en.contains("how is {pet}") || script.text.en.contains("How is {pet}")
        }.map(\.id)
        #expect(!wrong.isEmpty)
        #expect(died.isDisjoint(with: wrong), "\(died.intersection(wrong).sorted())")
        #expect(died.contains("any-death-condolence"))
    }

    @Test func theLibraryFileTakesHarmsAndRefusesAnUnknownOne() {
        #expect(throws: (any Error).self) {
            try LibraryFile.parse("""
                [[script]]
                id = "x"
                kind = "empathy"
                stages = ["received"]
                harms = ["eaten"]
                title_en = "t"
                title_zh = "t"
                when_en = "w"
                when_zh = "w"
                text_en = "t"
                text_zh = "t"
                why_en = "w"
                why_zh = "w"
                avoid_en = "a"
                avoid_zh = "a"
                """, path: "scripts.toml")
        }
    }
}

/// The coach and the library agree: no script says what the coach flags, nor does any practice
/// answer marked right; and the coach catches a handler disowning the problem.
@Suite struct CoachAgreesWithTheLibraryTests {
    let library = try! ScriptLibrary.load(storeDirectory: nil).library

    @Test func noScriptTextAndNoRightPracticeAnswerIsFlagged() {
        let coach = Coach(library)
        var flagged: [String] = []
        for script in library.scripts {
            for (lang, text) in [("en", script.text.en), ("zh", script.text.zh)] {
                let findings = coach.check(text)
                if !findings.isEmpty { flagged.append("\(script.id) \(lang): \(findings.map(\.found))") }
            }
        }
        #expect(flagged.isEmpty, "\(flagged.joined(separator: "\n"))")
        let rounds = Practice.rounds(library, count: 200, seed: 5)
        for round in rounds {
            for option in round.options where option.verdict == .right {
                #expect(coach.check(option.text.en).isEmpty && coach.check(option.text.zh).isEmpty, "\(option.text.en)")
            }
        }
    }

    @Test(arguments: ["这不是我们的责任，是狗自己乱动。", "剃毛本来就有风险，我们概不负责。", "这跟我们没关系。", "That's not our responsibility.", "It has nothing to do with us."])
    func theCoachCatchesDisowningTheProblem(text: String) {
        #expect(Coach(library).check(text).contains { $0.rule.category == .blame || $0.rule.category == .deflection }, "\(text)")
    }
}
