import Foundation
import Testing
@testable import TendCore

@Suite struct ScriptLibraryTests {
    static let library = try! ScriptLibrary.load(storeDirectory: nil).library

    @Test func theLibraryIsLargeAndEveryScriptIsComplete() {
        let scripts = Self.library.scripts
        #expect(scripts.count >= 150)
        for script in scripts {
            for text in [script.title, script.when, script.text, script.why, script.avoid] {
                #expect(!text.en.isEmpty && !text.zh.isEmpty, "\(script.id)")
                // The Chinese text is Chinese, not a copy of the English.
                #expect(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(script.id) zh")
                #expect(text.en != text.zh, "\(script.id)")
            }
        }
        #expect(Set(scripts.map(\.id)).count == scripts.count)
    }

    @Test func everyStageCauseGradeAngerAndModeIsCovered() {
        let scripts = Self.library.scripts
        for stage in Stage.allCases { #expect(scripts.contains { $0.stages.contains(stage) }, "\(stage)") }
        for cause in Cause.allCases { #expect(scripts.contains { $0.causes.contains(cause) }, "\(cause)") }
        for grade in Grade.allCases { #expect(scripts.contains { $0.grades.contains(grade) }, "\(grade)") }
        for anger in Anger.allCases { #expect(scripts.contains { $0.anger.contains(anger) }, "\(anger)") }
        for mode in ContactMode.allCases { #expect(scripts.contains { $0.modes.contains(mode) }, "\(mode)") }
        #expect(scripts.contains { $0.specialNeeds == true })
        #expect(scripts.contains { $0.kind == .followUp } && scripts.contains { $0.kind == .satisfaction })
        // Every must-say item of every stage can be ticked by some script of that stage.
        for stage in Stage.allCases {
            for item in Checklist.required(stage) {
                #expect(scripts.contains { $0.stages.contains(stage) && $0.covers.contains(item) }, "\(stage) \(item)")
            }
        }
    }

    /// What a case needs, and a script that must (or must not) rank near the top for it.
    @Test(arguments: [
        (ScriptContext(stage: .resolving, cause: .healthSafety, grade: .critical, anger: .angry, harm: .injured), "res-injury-critical-angry", true),
        (ScriptContext(stage: .received, cause: .price, grade: .general, anger: .calm), "received-price", true),
        (ScriptContext(stage: .received, cause: .price, grade: .general, anger: .calm), "received-injury-critical-angry", false),
        (ScriptContext(stage: .received, anger: .angry, mode: .text), "received-social-public", true),
        (ScriptContext(stage: .acknowledged, needTypes: [.elderly]), "ack-special-needs-format", true),
        (ScriptContext(stage: .acknowledged, needTypes: [.elderly, .hearing]), "ack-special-needs-format", false),
        (ScriptContext(stage: .acknowledged, specialNeeds: false), "ack-special-needs-format", false),
        (ScriptContext(stage: .followUp, anger: .calm), "fu-satisfaction", true),
        (ScriptContext(stage: .mediation, anger: .angry), "med-angry-customer", true),
    ])
    func matchingPicksWhatTheCaseNeeds(context: ScriptContext, id: String, expected: Bool) {
        let top = Self.library.matching(context).prefix(6).map(\.id)
        #expect(top.contains(id) == expected, "top for \(context): \(top)")
    }

    @Test func anAngryInjuryAtResolvingGetsDifferentScriptsFromACalmPriceQuestionAtIntake() {
        let angry = Self.library.matching(ScriptContext(stage: .resolving, cause: .healthSafety, grade: .critical, anger: .angry, harm: .injured)).prefix(5)
        let calm = Self.library.matching(ScriptContext(stage: .received, cause: .price, anger: .calm)).prefix(5)
        #expect(Set(angry.map(\.id)).isDisjoint(with: calm.map(\.id)))
        #expect(angry.first?.causes.contains(.healthSafety) == true)
        #expect(calm.first?.causes.contains(.price) == true)
    }

    /// A trainee opening any case of the demo desk finds scripts that fit it.
    @Test func everyDemoCaseHasFittingScripts() {
        let fixture = Fixture()
        let desk = DemoDesk.generate(tickets: 300, seed: 42, now: Fixture.now, policy: fixture.policy)
        for ticket in desk.tickets {
            #expect(Self.library.matching(ticket).count >= 3, "\(ticket.id) at \(ticket.stage) \(ticket.customer.needs) \(ticket.harm) \(ticket.anger) \(ticket.intake.channel) \(ticket.grade)")
        }
    }

    @Test func placeholdersAreFilledForTheTicket() {
        let script = Self.library.script("ack-time-concrete")!
        let ticket = Fixture().newTicket()
        let text = script.text(.zh, for: ticket, handler: "李华", now: Fixture.now, zone: Fixture().policy.zone)
        #expect(!text.contains("{") && text.contains("前"))
    }

    @Test func aBrokenDeskFileIsReportedWithItsLine() {
        let source = """
        [[script]]
        id = "x"
        kind = "listen"
        stages = ["received"]
        title_en = "t"
        title_zh = "题"
        when_en = "w"
        when_zh = "时"
        text_en = "Hello {custmer}"
        text_zh = "你好"
        why_en = "y"
        why_zh = "因"
        avoid_en = "a"
        avoid_zh = "免"
        """
        #expect { _ = try LibraryFile.parse(source, path: "scripts.toml") } throws: { error in
            "\(error)".hasPrefix("scripts.toml:9:") && "\(error)".contains("{custmer}")
        }
        #expect { _ = try LibraryFile.parse("[[script]]\nid = \"y\"\nkind = \"shout\"\n", path: "s.toml") } throws: { error in
            "\(error)".hasPrefix("s.toml:3:")
        }
    }

    @Test func aDesksOwnScriptsJoinTheLibraryAndABrokenOneIsLeftOut() throws {
        let directory = NSTemporaryDirectory() + "tend-lib-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let own = """
        [[script]]
        id = "desk-welcome"
        kind = "thanks"
        stages = ["closed"]
        title_en = "Our own"
        title_zh = "我们自己的"
        when_en = "Always"
        when_zh = "总是"
        text_en = "Thanks from the Riverside team, {customer}."
        text_zh = "{customer}，河畔店全体员工感谢您。"
        why_en = "Local touch."
        why_zh = "本地特色。"
        avoid_en = "Bye."
        avoid_zh = "再见。"
        """
        try own.write(toFile: directory + "/scripts.toml", atomically: true, encoding: .utf8)
        let (library, problems) = try ScriptLibrary.load(storeDirectory: directory)
        #expect(problems.isEmpty && library.script("desk-welcome") != nil)
        try (own + "\nnonsense = 1\n").write(toFile: directory + "/scripts.toml", atomically: true, encoding: .utf8)
        let (fallback, reported) = try ScriptLibrary.load(storeDirectory: directory)
        #expect(fallback.script("desk-welcome") == nil && fallback.scripts.count == Self.library.scripts.count)
        #expect(reported.first?.contains("scripts.toml:") == true)
    }
}

@Suite struct ChecklistAndCoachTests {
    let coach = Coach(ScriptLibraryTests.library)

    @Test(arguments: [
        ("这不归我们管，你去找别人吧", "这不归我们管"),
        ("您冷静一下，这是规定", "您冷静"),
        ("That's not our department, you'll have to call boarding.", "not our department"),
        ("Calm down, there's nothing I can do.", "Calm down"),
        ("It was your fault for not telling us.", "your fault"),
        ("Your ticket is pending review per the SLA.", "ticket"),
    ])
    func phrasingToAvoidIsCaught(text: String, found: String) {
        let findings = coach.check(text)
        #expect(findings.contains { $0.found.lowercased() == found.lowercased() }, "\(findings.map(\.found))")
        #expect(findings.allSatisfy { !$0.rule.better.isEmpty })
    }

    @Test(arguments: [
        "I'll handle this for you now and call you back by 5pm.",
        "我来帮您处理，今天下午五点前给您回电。",
        "I know how worrying this is; no problem at all, I'll check now.",
    ])
    func goodPhrasingPasses(text: String) {
        #expect(coach.check(text).isEmpty, "\(coach.check(text).map(\.found))")
    }

    @Test func theChineseDeflectionGetsAChineseBetterPhrasing() {
        let finding = coach.check("这不归我们管").first
        #expect(finding?.rule.lang == .zh)
        #expect(finding?.rule.better.contains("我来帮您处理") == true)
    }

    /// A coach of one rule, to see how a phrase is found.
    static func found(_ phrases: [String], unless: [String] = [], in text: String) -> [String] {
        let rule = PhraseRule(lang: .en, category: .refusal, matches: phrases, unless: unless, better: "b", why: "w")
        return Coach(ScriptLibrary(scripts: [], phrases: [rule])).check(text).map(\.found)
    }

    @Test func latinLettersMatchWholeWordsWithEitherApostrophe() {
        #expect(Self.found(["SLA"], in: "I'll translate the vet's notes.").isEmpty)
        #expect(Self.found(["SLA"], in: "等待SLA审核") == ["SLA"])
        #expect(Self.found(["we can"], in: "we can't").isEmpty)
        #expect(Self.found(["can't"], in: "I can’t, sorry") == ["can’t"])
        #expect(Self.found(["can’t"], in: "I can't, sorry") == ["can't"])
        #expect(Self.found(["no idea"], in: "No  idea.") == ["No  idea"])
        #expect(coach.check("We can translate the vet's notes for you.").isEmpty)
        #expect(!coach.check("I can’t do anything about that.").isEmpty && !coach.check("I can't do anything about that.").isEmpty)
    }

    @Test func aLongerHarmlessPhraseCancelsAMatchItOverlaps() {
        #expect(Self.found(["不行"], unless: ["行不行"], in: "周六补剪，您看行不行？").isEmpty)
        #expect(Self.found(["不行"], unless: ["行不行"], in: "不行就是不行。") == ["不行", "不行"])
        #expect(Self.found(["i can't"], unless: ["can't wait"], in: "I can't wait to see him. I can't refund it.") == ["I can't"])
        for polite in ["不好意思，让您久等了。", "不客气。", "没关系，您慢慢说。", "您看行不行？", "我再想想有没有办法。", "不知道您明天方便吗？",
                       "您看可不可以先发张照片？", "不用担心。", "Can I help with anything else?", "I can't wait to see Biscuit again."] {
            #expect(coach.check(polite).isEmpty, "\(polite): \(coach.check(polite).map(\.found))")
        }
    }

    @Test func aGapStandsForAFewWordsOfTheSameClause() {
        #expect(Self.found(["不归…管"], in: "这不归寄养部管。") == ["不归寄养部管"])
        #expect(Self.found(["不归…管"], in: "不归您，我们来管。").isEmpty)
        #expect(Self.found(["you've got the … wrong"], in: "You've got the date wrong.") == ["You've got the date wrong"])
        #expect(Self.found(["you've got the … wrong"], in: "You've got the booking for Tuesday and the time all wrong.").isEmpty)
    }

    @Test func sameWordsTwiceFindATautology() {
        #expect(Self.found(["{A}就是{A}"], in: "医生说没事就是没事。") == ["没事就是没事"])
        #expect(Self.found(["{A} are {A}"], in: "Rules are rules, sorry.") == ["Rules are rules"])
        #expect(Self.found(["{A} is {A}"], in: "The price is the price.") == ["The price is the price"])
        #expect(Self.found(["{A} is {A}"], in: "This is great.").isEmpty)
    }

    @Test func everyShippedRuleCompiles() {
        for rule in ScriptLibraryTests.library.phrases {
            #expect(PhrasePattern.compile(rule.matches) != nil && (rule.unless.isEmpty || PhrasePattern.compile(rule.unless) != nil), "\(rule.origin)")
        }
    }

    @Test func aPhraseThatCannotWorkIsRefusedAtItsLine() {
        for (phrase, words) in [("{B}就是{B}", "{A}"), ("不归…", "…"), ("{A}就是", "at least twice")] {
            let source = "[[phrase]]\nlang = \"zh\"\ncategory = \"refusal\"\nmatch = [\"不行\"]\nunless = [\"\(phrase)\"]\nbetter = \"b\"\nwhy = \"w\"\n"
            #expect { _ = try LibraryFile.parse(source, path: "scripts.toml") } throws: { error in
                "\(error)".hasPrefix("scripts.toml:5:") && "\(error)".contains(words)
            }
        }
    }

    @Test func notesAndSaidScriptsTickTheChecklist() throws {
        var ticket = Fixture().newTicket()
        #expect(Checklist.missing(ticket) == [.feeling, .apology])
        let at = ticket.receivedAt.addingTimeInterval(60)
        ticket.apply(TimelineEntry(at: at, actor: "li.hua", event: .noteAdded(text: "Apologised to the owner on the phone")))
        #expect(Checklist.missing(ticket) == [.feeling])
        ticket.apply(TimelineEntry(at: at, actor: "li.hua", event: .scriptSaid(id: "received-empathy-upset", covers: [.feeling])))
        #expect(Checklist.missing(ticket).isEmpty)
        #expect(Checklist.said(in: "已致歉，并告知明天上午十点前回电") == [.apology, .time, .nextStep])
    }

    @Test func aWaiverIsRecordedOnlyWhenTheStageMoves() throws {
        let ticket = Fixture().newTicket()
        let workflow = Fixture().workflow(Fixture().handler, at: ticket.receivedAt.addingTimeInterval(60))
        var fields = AdvanceFields()
        fields.eta = ticket.receivedAt.addingTimeInterval(7200)
        fields.waived = [.apology]
        let events = try workflow.advance(ticket, fields)
        #expect(events.first == .checklistWaived(stage: .received, items: [.apology]))
        #expect(events.last.map { if case .acknowledged = $0 { true } else { false } } == true)
    }

    @Test func angerAndSaidScriptsSurviveTheStore() throws {
        let directory = NSTemporaryDirectory() + "tend-anger-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let fixture = Fixture()
        let store = try Store.create(at: directory, policy: fixture.policy)
        let actor = fixture.handler
        let now = Date().roundedToStore
        let id = try store.receive(Fixture.intake(), as: actor, at: now).after.id
        try store.act(on: id, as: actor, at: now) { workflow, ticket in try workflow.setAnger(ticket, to: .angry) }
        let script = ScriptLibraryTests.library.script("received-apology-angry")!
        try store.act(on: id, as: actor, at: now) { workflow, ticket in try workflow.markSaid(ticket, script: script) }
        let reopened = try Store.open(at: directory)
        let ticket = try #require(reopened.desk.ticket(id))
        #expect(ticket.anger == .angry)
        #expect(Checklist.covered(ticket) == [.apology, .feeling])
        // A trainee can do neither.
        #expect(throws: WorkflowError.self) { try fixture.workflow(fixture.trainee, at: now).setAnger(ticket, to: .calm) }
    }
}

@Suite struct PracticeTests {
    let library = ScriptLibraryTests.library

    @Test func roundsHaveOneRightReplyAndDistractorsWithReasons() {
        let rounds = Practice.rounds(library, count: 5, seed: 7)
        #expect(rounds.count == 5)
        for round in rounds {
            #expect(round.options.filter { $0.verdict == .right }.count == 1)
            #expect((3...4).contains(round.options.count))
            #expect(round.options.contains { $0.verdict == .avoid })
            #expect(round.options.allSatisfy { !$0.feedback.en.isEmpty && !$0.feedback.zh.isEmpty })
            #expect(round.script.fit(round.context) != nil, "the scenario fits its own script")
        }
        #expect(Practice.rounds(library, count: 5, seed: 7) == rounds, "a seed gives the same rounds")
    }

    @Test func scoringAndSummaries() throws {
        let answers = [TrainingResult.Answer(script: "a", kind: "apology", right: true),
                       TrainingResult.Answer(script: "b", kind: "time", right: false),
                       TrainingResult.Answer(script: "c", kind: "time", right: false),
                       TrainingResult.Answer(script: "d", kind: "listen", right: true)]
        let result = TrainingResult(login: "xiao.yu", finishedAt: Date(timeIntervalSince1970: 1_795_000_000), answers: answers)
        #expect(result.correct == 2 && result.score == 50)
        let directory = NSTemporaryDirectory() + "tend-train-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let log = TrainingLog(storeDirectory: directory)
        try log.append(result)
        try log.append(TrainingResult(login: "xiao.yu", finishedAt: Date(timeIntervalSince1970: 1_795_100_000), answers: Array(answers.prefix(1))))
        let (loaded, problems) = log.load()
        #expect(problems.isEmpty && loaded.count == 2)
        let summary = try #require(TrainingSummary.of(loaded).first)
        #expect(summary.sessions == 2 && summary.rounds == 5 && summary.correct == 3 && summary.score == 60)
        #expect(summary.weakest == .time)
    }
}
