import Foundation
import Testing
@testable import TendCore

/// How the signs are weighed: harm sets the least grade, a negation turns a sign off, English
/// words match whole, both languages at once, and the words behind each suggestion are named.
@Suite struct TriageTests {
    let triage = Triage(try! TriageRulesFile.load(storeDirectory: nil))

    @Test func aGroomingInjuryIsCriticalWithTheWordsThatLedThere() {
        let suggestion = triage.suggest("美容的时候把狗耳朵剪破了，流了好多血，去医院缝了三针。已经发微博了！")
        #expect(suggestion.grade == .critical && suggestion.harm == .injured && suggestion.cause == .healthSafety && suggestion.anger == .angry)
        let because = suggestion.because(.zh)
        #expect(because.contains("特大") && because.contains("剪破") && because.contains("微博"))
    }

    @Test func harmSetsTheLeastGrade() {
        #expect(triage.suggest("After boarding she has diarrhoea and keeps vomiting.").grade == .serious)
        #expect(triage.suggest("寄养回来一直拉肚子").harm == .ill)
        #expect(triage.suggest("He escaped from the play yard and is still missing.").grade == .critical)
        #expect(triage.suggest("第二天早上就没气了").harm == .died)
    }

    @Test func aNegationTurnsASignOff() {
        #expect(triage.suggest("还好没流血，就是吓坏了").harm == .distress)
        #expect(triage.suggest("She wasn't bleeding, just scared.").harm == .distress)
        #expect(triage.suggest("Not infected, thankfully.").harm == .none)
    }

    @Test func englishWordsMatchWhole() {
        // "ill" inside "will", "cut" of a haircut: no harm.
        #expect(triage.suggest("I will come back for the cut on Friday.").harm == .none)
    }

    @Test func nothingTellingSuggestsAGeneralComplaintWithNoReasons() {
        let suggestion = triage.suggest("前台小姐姐说话有点冲")
        #expect(suggestion.grade == .general && suggestion.harm == .none)
    }

    @Test func aDesksOwnSignsAreCheckedWithFileAndLine() {
        #expect(throws: FileLineError.self) { try TriageRulesFile.parse("[[sign]]\nlang = \"zh\"\nwords = [\"狗\"]\n", path: "triage.toml") }
        #expect(throws: FileLineError.self) { try TriageRulesFile.parse("[[sign]]\nlang = \"fr\"\nwords = [\"chien\"]\nharm = \"lost\"\n", path: "triage.toml") }
        let signs = try? TriageRulesFile.parse("[[sign]]\nlang = \"zh\"\nwords = [\"跑出了门\"]\nharm = \"lost\"\n", path: "triage.toml")
        #expect(Triage(signs ?? []).suggest("狗跑出了门").grade == .critical)
    }
}
