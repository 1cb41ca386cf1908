import Foundation
import Testing
@testable import TendCore

/// Scripts fit what happened to the pet: a lost-pet script is never offered for an injured pet,
/// and neither a satisfaction question nor a redo (collecting the pet again) where the pet died.
@Suite struct ScriptHarmTests {
    let library = try! ScriptLibrary.load(storeDirectory: nil).library

    func offered(_ stage: Stage, harm: Harm, grade: Grade = .critical, anger: Anger = .angry) -> [String] {
        var ids: [String] = []
        for cause in [Cause?.none] + Cause.ordered.map(Optional.some) {
            let context = ScriptContext(stage: stage, cause: cause, grade: grade, anger: anger, harm: harm)
            ids += library.matching(context).map(\.id)
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
