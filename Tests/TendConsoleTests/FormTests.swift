import Foundation
import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// The workflow keys, as the reducer sees them: which form opens, what its submission asks the
/// core for, and what is refused before a form opens.
@Suite struct FormTests {
    init() { ConsoleFixture.setUp() }
    let policy = ConsoleFixture.policy
    /// Larger than the golden screens' desk, so every stage has tickets in it.
    static let desk = DemoDesk.generate(tickets: 400, seed: 5, now: ConsoleFixture.now, policy: ConsoleFixture.policy)
    var desk: Desk { Self.desk }

    func state(_ lang: Language, as login: String) -> ConsoleState {
        var state = ConsoleState(lang: lang, actor: policy.member(login)!, now: ConsoleFixture.now)
        state.library = ConsoleFixture.library
        state.setQueue(TicketQuery.run(desk, policy: policy, filter: state.filter, now: ConsoleFixture.now))
        return state
    }

    @discardableResult
    func press(_ keys: [Key], _ state: inout ConsoleState) -> [ConsoleEffect] {
        keys.flatMap { ConsoleReducer.handle($0, &state, desk: desk, policy: policy, page: 10) }
    }

    func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

    func select(_ stage: Stage, _ state: inout ConsoleState, where extra: (Ticket) -> Bool = { _ in true }) throws -> Ticket {
        let index = try #require(state.queue.firstIndex { id in desk.ticket(id).map { $0.stage == stage && extra($0) } ?? false })
        state.selected = index
        return desk.ticket(state.queue[index])!
    }

    @Test func eachGateAsksForItsOwnFields() throws {
        let expected: [Stage: [String]] = [
            .received: ["eta", "eta_reason"], .acknowledged: ["assignee"], .investigating: ["grade", "cause", "findings", "reason"],
            .resolving: ["resolution", "amount", "details", "remedy", "calls"], .followUp: ["result", "score", "comment", "low_score_reason"],
            .mediation: ["outcome"],
        ]
        for (stage, fields) in expected {
            var state = state(.en, as: "zhao.min")
            _ = try select(stage, &state)
            press([.character("a")], &state)
            #expect(state.form?.fields.map(\.id) == fields, "\(stage)")
        }
    }

    @Test func acknowledgingSubmitsThePromisedTime() throws {
        var state = state(.en, as: "zhao.min")
        // Two hours is within a general or significant ticket's answer time: no reason is asked.
        let ticket = try select(.received, &state) { $0.grade <= .significant }
        var effects = press([.character("a"), .control("u")] + type("2h") + [.control("s")], &state)
        // Nothing has been said at this stage yet: the checklist asks first.
        #expect(Asked.last(effects) == nil)
        #expect(state.confirmation?.question.contains("acknowledge the feeling, apologise") == true)
        effects = press([.character("y")], &state)
        var fields = AdvanceFields()
        fields.eta = ConsoleFixture.now.addingTimeInterval(7200).roundedToStore
        fields.waived = Checklist.missing(ticket)
        fields.from = .received
        #expect(Asked.last(effects) == Asked(ticket.id, .advance(fields)))
    }

    @Test func anUnreadableAmountKeepsTheFormOpenWithTheReason() throws {
        var state = state(.zh, as: "zhao.min")
        _ = try select(.resolving, &state)
        let effects = press([.character("a"), .tab] + type("五十") + [.control("s")], &state)
        #expect(Asked.last(effects) == nil)
        #expect(state.form?.error?.contains("五十") == true)
        #expect(state.form?.value("amount") == "五十")
    }

    @Test func noAnswerLogsAnAttemptAndReachedAsksBeforeClosing() throws {
        var state = state(.en, as: "zhao.min")
        let ticket = try select(.followUp, &state)
        var effects = press([.character("a"), .right, .control("s")], &state)
        #expect(Asked.last(effects) == Asked(ticket.id, .followUpFailed(note: "")))
        effects = press([.left, .tab] + type("5") + [.control("s")], &state)
        #expect(Asked.last(effects) == nil)
        #expect(state.confirmation != nil)
        effects = press([.character("n")], &state)
        #expect(Asked.last(effects) == nil && state.form != nil)
        effects = press([.control("s"), .character("y")], &state)
        guard let asked = Asked.last(effects), case .advance(let fields) = asked.action else { Issue.record("no close asked for"); return }
        #expect(asked.ticket == ticket.id && fields.score == 5)
    }

    @Test func aTraineeIsRefusedBeforeAnyFormOpens() {
        var state = state(.en, as: "xiao.yu")
        for key in "aceiorM".map({ Key.character($0) }) {
            press([key], &state)
            #expect(state.form == nil)
            #expect(state.messageIsError)
        }
    }

    @Test func aHandlerCannotReassignButASupervisorPicksByLoad() throws {
        var handler = state(.en, as: "li.hua")
        press([.character("r")], &handler)
        #expect(handler.form == nil && handler.messageIsError)

        var supervisor = state(.en, as: "zhao.min")
        press([.character("r")], &supervisor)
        let options = try #require(supervisor.form?.fields.first?.options)
        #expect(!options.contains { $0.value == "xiao.yu" })
        #expect(options.allSatisfy { $0.label.en.contains(" open") })
        let loads = options.map { Int($0.label.en.split(separator: "—").last!.split(separator: " ").first!)! }
        #expect(loads == loads.sorted())
    }

    @Test func escapeAsksBeforeThrowingTextAway() {
        var state = state(.en, as: "li.hua")
        let effects = press([.character("i")] + type("q is a letter here"), &state)
        #expect(state.form?.value("text") == "q is a letter here")
        #expect(!effects.contains(.quit))
        press([.escape], &state)
        #expect(state.confirmation?.onYes == .discardForm)
        press([.character("n")], &state)
        #expect(state.form != nil)
        press([.escape, .character("y")], &state)
        #expect(state.form == nil)
    }

    @Test func aKeptDraftComesBackWhenItsFormOpens() throws {
        var state = state(.en, as: "li.hua")
        let id = try #require(state.selectedID)
        let draft = Draft(purpose: .note(id), values: ["text": "半句话"], focus: 0, savedAt: ConsoleFixture.now)
        state.drafts[draft.key] = draft
        press([.character("i")], &state)
        #expect(state.form?.value("text") == "半句话")
        let data = try JSONEncoder().encode(draft)
        #expect(try JSONDecoder().decode(Draft.self, from: data) == draft)
    }

    @Test func theIntakeFormBuildsAnIntake() {
        var state = state(.zh, as: "zhao.min")
        let effects = press([.character("c")] + type("王小明") + [.tab] + type("13800001234") + [.tab] + type("旺财") + [.tab, .tab]
              + type("t") + [.tab, .tab] + type("洗澡后耳朵发红") + [.control("s")], &state)
        guard case .receive(let intake, _)? = Asked.last(effects)?.action else { Issue.record("no intake"); return }
        #expect(intake.customer.name == "王小明" && intake.pet.name == "旺财" && intake.service == .training)
        #expect(intake.description == "洗澡后耳朵发红")
    }

    /// The complaint's words suggest grade, harm, cause and mood while they are typed, with the
    /// words that led there; Ctrl-T takes the suggestion, and the intake carries it to the timeline.
    @Test func theIntakeFormSuggestsFromTheComplaintAndCtrlTTakesIt() throws {
        var state = state(.zh, as: "zhao.min")
        state.triage = Triage(try TriageRulesFile.load(storeDirectory: nil))
        press([.character("c")] + type("周女士") + [.tab] + type("13900001111") + [.tab] + type("可乐") + [.tab, .tab, .tab, .tab]
              + type("美容时把耳朵剪破了，流了好多血，缝了三针，我要曝光你们"), &state)
        let screen = ConsoleFixture.screen(state, width: 80, height: 24).text()
        #expect(screen.contains("建议：特大") && screen.contains("剪破") && screen.contains("Ctrl-T"), "\(screen)")
        press([.control("t")], &state)
        let form = try #require(state.form)
        #expect(form.value("grade") == "critical" && form.value("harm") == "injured" && form.value("cause") == "health_safety"
                && form.value("anger") == "angry")
        let effects = press([.control("s")], &state)
        guard case .receive(_, let judgement)? = Asked.last(effects)?.action else { Issue.record("no intake"); return }
        #expect(judgement.harm == .injured && judgement.anger == .angry)
        #expect(judgement.suggested?.grade == .critical && judgement.suggested?.words.contains("剪破") == true)
        // The core records the suggestion beside the decision.
        let events = try Workflow(policy: ConsoleFixture.policy, actor: state.actor, now: ConsoleFixture.now)
            .receive(Intake(customer: Customer(name: "周女士", contact: "13900001111"), pet: Pet(name: "可乐"), service: .grooming,
                            channel: .phone, description: "剪破了", grade: .critical), judgement)
        #expect(events.count == 5 && events[1] == .routed(to: ConsoleFixture.policy.staff.filter { $0.role == .supervisor }.map(\.login)) && events[2] == .harmSet(.injured) && events[3] == .angerSet(.angry), "\(events)")
        if case .triageSuggested(let record) = events[4] { #expect(record.harm == .injured) } else { Issue.record("no suggestion recorded") }
    }

    @Test func theCommandLineFiltersAndCompletes() {
        var state = state(.en, as: "li.hua")
        press([.character(":")] + type("fil") + [.tab] + type("gr") + [.tab] + type("ser") + [.tab], &state)
        #expect(state.commandInput?.text == "filter grade serious ")
        press([.enter], &state)
        #expect(state.filter.grades == [.serious])
        press([.character(":")] + type("goto T-99999") + [.enter], &state)
        #expect(state.messageIsError)
        press([.character(":")] + type("frobnicate") + [.enter], &state)
        #expect(state.message?.contains("frobnicate") == true)
        let (_, logins) = CommandLineInput.candidates(for: "assign ", policy: policy)
        #expect(logins.contains("li.hua") && !logins.contains("xiao.yu"))
    }
}

@Suite struct DraftShelfTests {
    @Test func draftsAreOwnerOnlyAndComeBackNewestFirst() throws {
        let store = NSTemporaryDirectory() + "tend-drafts-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: store) }
        let shelf = DraftShelf(storeDirectory: store, login: "li.hua")
        let older = Draft(purpose: .note(TicketID(1001)), values: ["text": "旺财"], focus: 0, savedAt: Date(timeIntervalSince1970: 100))
        let newer = Draft(purpose: .intake, values: ["customer": "林小姐"], focus: 2, savedAt: Date(timeIntervalSince1970: 200))
        try shelf.save(older)
        try shelf.save(newer)
        let mode = try FileManager.default.attributesOfItem(atPath: shelf.directory + "/intake.json")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let folderMode = try FileManager.default.attributesOfItem(atPath: shelf.directory)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        // A file that cannot be read is reported and left exactly as it was.
        try "{not json".write(toFile: shelf.directory + "/broken.json", atomically: true, encoding: .utf8)
        let (drafts, problems) = shelf.load()
        #expect(drafts == [newer, older])
        #expect(problems.count == 1 && problems[0].hasSuffix("broken.json"))
        #expect(try String(contentsOfFile: shelf.directory + "/broken.json", encoding: .utf8) == "{not json")
        shelf.remove(newer.key)
        #expect(shelf.load().drafts == [older])
    }
}
