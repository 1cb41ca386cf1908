import Foundation
import Testing
@testable import TendCore

/// How the signs are weighed: harm sets the least grade, a negation or a hedge turns a sign off,
/// words of Latin letters match whole, words to ignore hide what they contain, a sign that needs
/// a tag counts only beside it in the same sentence, words saying the matter is small take a
/// significant grade back to general, anger reads calm, upset or angry words (and capitals), and
/// the words behind each suggestion are named.
@Suite struct TriageTests {
    let triage = Triage(try! TriageRulesFile.load(storeDirectory: nil))

    /// A few signs of our own, to show how the weighing works whatever the shipped signs say.
    static let few = Triage(try! TriageRulesFile.parse("""
        [[sign]]
        lang = "zh"
        words = ["app"]
        cause = "technical_error"
        [[sign]]
        lang = "en"
        words = ["certified"]
        grade = "serious"
        [[sign]]
        lang = "en"
        words = ["dead"]
        harm = "died"
        [[sign]]
        lang = "en"
        words = ["dead tired"]
        ignore = true
        [[sign]]
        lang = "zh"
        words = ["等了"]
        tag = "waiting"
        [[sign]]
        lang = "zh"
        words = ["小时"]
        grade = "significant"
        needs = ["waiting"]
        [[sign]]
        lang = "zh"
        words = ["别的狗也"]
        grade = "critical"
        needs = ["ill"]
        [[sign]]
        lang = "zh"
        words = ["咳嗽"]
        harm = "ill"
        [[sign]]
        lang = "zh"
        words = ["到现在还没"]
        cause = "promise_broken"
        [[sign]]
        lang = "zh"
        words = ["还没找到"]
        harm = "lost"
        [[sign]]
        lang = "en"
        words = ["promised"]
        grade = "significant"
        [[sign]]
        lang = "en"
        words = ["no rush"]
        grade = "general"
        anger = "calm"
        [[sign]]
        lang = "en"
        words = ["hi", "please"]
        anger = "calm"
        [[sign]]
        lang = "en"
        words = ["disappointed", "upset"]
        anger = "upset"
        [[sign]]
        lang = "en"
        words = ["furious"]
        anger = "angry"
        """, path: "few.toml"))

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
        #expect(triage.suggest("The vet saw no sign of infection.").harm == .none)
        #expect(triage.suggest("仔细看了，没看到流血").harm == .none)
        // Never across punctuation.
        #expect(triage.suggest("Nothing else. Bleeding since noon.").harm == .injured)
        #expect(triage.suggest("一点都没有，流血了").harm == .injured)
    }

    @Test func englishWordsMatchWhole() {
        // "ill" inside "will", "cut" of a haircut: no harm.
        #expect(triage.suggest("I will come back for the cut on Friday.").harm == .none)
        // A word of Latin letters in a Chinese sign matches whole too: "app" is not in "happy".
        #expect(Self.few.suggest("Not happy at all").cause == nil)
        #expect(Self.few.suggest("你们的APP又闪退了").cause == .technicalError)
        // A quote mark is no part of a word; an apostrophe inside one is.
        #expect(Self.few.suggest("He said he was a 'certified' trainer.").grade == .serious)
    }

    @Test func aHedgeTurnsASignOffAndGoingOnIsNoNegation() {
        #expect(triage.suggest("店员开门没看着，猫差点从门缝跑出去，还好抱住了").harm == .none)
        #expect(triage.suggest("She nearly escaped through the gate.").harm == .none)
        #expect(triage.suggest("The cut on her ear wouldn't stop bleeding.").harm == .injured)
        #expect(triage.suggest("耳朵剪破了，不停地流血").harm == .injured)
    }

    @Test func wordsToIgnoreHideTheSignsInsideThem() {
        #expect(Self.few.suggest("I was dead tired after the wait.").harm == .none)
        #expect(Self.few.suggest("He was dead when I arrived.").harm == .died)
        // Words inside longer ones are hidden by them; words that only overlap them count too.
        let overlapping = Self.few.suggest("猫到现在还没找到")
        #expect(overlapping.harm == .lost && overlapping.because(.zh).contains("到现在还没"))
    }

    @Test func aSignThatNeedsATagCountsOnlyBesideItInTheSameSentence() {
        let waited = Self.few.suggest("在门口等了三个小时")
        #expect(waited.grade == .significant && waited.because(.zh).contains("等了、小时"))
        #expect(Self.few.suggest("等了一会儿。美容做了三个小时。").grade == .general)
        #expect(Self.few.suggest("美容做了三个小时").grade == .general)
        // A value is needed anywhere in the complaint.
        #expect(Self.few.suggest("回来一直咳嗽。听说别的狗也这样").grade == .critical)
        #expect(Self.few.suggest("别的狗也在").grade == .general)
    }

    @Test func wordsSayingTheMatterIsSmallTakeASignificantGradeBackToGeneral() {
        #expect(Self.few.suggest("The photos were promised in a week.").grade == .significant)
        #expect(Self.few.suggest("The photos were promised in a week. No rush though.").grade == .general)
        // Not below what harm or a serious sign sets.
        #expect(Self.few.suggest("She was promised a 'certified' trainer. No rush.").grade == .serious)
        #expect(Self.few.suggest("回来一直咳嗽，no rush").grade == .serious)
    }

    @Test func angerReadsCalmUpsetAndAngryWordsAndCapitals() {
        #expect(Self.few.suggest("Please call me back, the photos were promised and I'm furious.").anger == .angry)
        #expect(Self.few.suggest("The photos were promised TWICE.").anger == .angry)
        #expect(Self.few.suggest("The CCTV photos were promised.").anger == .upset)
        #expect(Self.few.suggest("Hi, the photos were promised. Please send them.").anger == .calm)
        #expect(Self.few.suggest("Hi, the photos were promised and I'm disappointed and upset.").anger == .upset)
        // A complaint that names a fault, in words neither calm nor heated, reads as upset; one
        // that names nothing, calm.
        #expect(Self.few.suggest("The photos were promised.").anger == .upset)
        #expect(Self.few.suggest("Opening hours on Sunday").anger == .calm)
    }

    @Test func theShippedSignsReadEverydayWords() {
        // Words that look like harm but are not.
        #expect(triage.suggest("店员说'你家狗一直叫吵死了'，这是什么态度").grade == .general)
        #expect(triage.suggest("The bill lists a blood test that was never done.").harm == .none)
        #expect(triage.suggest("She was so rude it really hurt my feelings.").harm == .none)
        // A long wait is significant, a short one general; a small matter stays general.
        #expect(triage.suggest("约的上午十点，在店里等了三个小时").grade == .significant)
        #expect(triage.suggest("接狗的时候等了二十分钟").grade == .general)
        #expect(triage.suggest("The photos were promised in a week and it's been ten days.").grade == .significant)
        #expect(triage.suggest("The photos were promised in a week and it's been ten days. No rush though.").grade == .general)
        // An illness that others caught too is an outbreak.
        #expect(triage.suggest("寄养回来一直咳嗽，另外几家的狗也一样").grade == .critical)
        #expect(triage.suggest("Three other dogs from the same week have kennel cough too.").grade == .critical)
        // Money taken twice, a privacy leak, the law: serious.
        #expect(triage.suggest("I've been charged twice for the same groom.").grade == .serious)
        #expect(triage.suggest("你们店员把我的家庭住址发到了群里").grade == .serious)
        #expect(triage.suggest("He said he was a 'certified' behaviourist. He isn't.").grade == .serious)
        #expect(triage.suggest("我要去消协投诉你们").grade == .serious)
        // Anger.
        #expect(triage.suggest("Hi, the nail clip was skipped. Could you book us back in please?").anger == .calm)
        #expect(triage.suggest("The groomer skipped the nail clip I asked for TWICE.").anger == .angry)
        #expect(triage.suggest("美容师第三次放我鸽子了，你们还做不做生意？").anger == .angry)
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
        // Words to ignore point to nothing; a tag points to nothing else; a need must be a tag or a value.
        #expect(throws: FileLineError.self) { try TriageRulesFile.parse("[[sign]]\nlang = \"en\"\nwords = [\"x\"]\nignore = true\nharm = \"ill\"\n", path: "triage.toml") }
        #expect(throws: FileLineError.self) { try TriageRulesFile.parse("[[sign]]\nlang = \"en\"\nwords = [\"x\"]\ntag = \"t\"\ngrade = \"serious\"\n", path: "triage.toml") }
        #expect(throws: FileLineError.self) { try TriageRulesFile.parse("[[sign]]\nlang = \"en\"\nwords = [\"x\"]\ntag = \"ill\"\n", path: "triage.toml") }
        #expect(throws: FileLineError.self) { try TriageRulesFile.parse("[[sign]]\nlang = \"en\"\nwords = [\"x\"]\ngrade = \"serious\"\nneeds = [\"nowhere\"]\n", path: "triage.toml") }
        #expect((try? TriageRulesFile.parse("[[sign]]\nlang = \"en\"\nwords = [\"x\"]\ngrade = \"serious\"\nneeds = [\"price\"]\n", path: "triage.toml")) != nil)
    }
}
