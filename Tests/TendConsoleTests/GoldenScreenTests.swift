import Foundation
import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// Whole screens compared as plain text. To re-record on purpose after a deliberate change:
///     TEND_RECORD_GOLDENS=1 swift test --filter GoldenScreenTests
/// and read the diff of Tests/TendConsoleTests/__snapshots__ before committing it.
@Suite struct GoldenScreenTests {
    init() { ConsoleFixture.setUp() }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__snapshots__")

    func check(_ name: String, _ screen: ScreenBuffer) throws {
        let text = screen.text() + "\n"
        let file = Self.directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["TEND_RECORD_GOLDENS"] == "1" || !FileManager.default.fileExists(atPath: file.path) {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("recorded \(file.lastPathComponent); check it and run again")
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "screen \(name) differs from its golden")
    }

    /// Every row of a screen is exactly its width in cells: nothing overflows, nothing is short.
    func everyRowFits(_ screen: ScreenBuffer) {
        for y in 0..<screen.height {
            var width = 0
            for x in 0..<screen.width where !screen[x, y].isContinuation { width += Int(screen[x, y].width) }
            #expect(width == screen.width, "row \(y) is \(width) cells")
        }
    }

    /// The statistics view's overview and causes pages, for a supervisor.
    @Test(arguments: [(Language.en, 80, 24), (.zh, 120, 40)])
    func theStatisticsView(lang: Language, width: Int, height: Int) throws {
        var state = ConsoleFixture.state(lang, as: "zhao.min")
        ConsoleReducer.handle(.character("S"), &state, desk: ConsoleFixture.desk, policy: ConsoleFixture.policy, page: 10)
        let overview = ConsoleFixture.screen(state, width: width, height: height)
        everyRowFits(overview)
        try check("stats-overview-\(lang.rawValue)-\(width)x\(height)", overview)
        ConsoleReducer.handle(.tab, &state, desk: ConsoleFixture.desk, policy: ConsoleFixture.policy, page: 10)
        try check("stats-causes-\(lang.rawValue)-\(width)x\(height)", ConsoleFixture.screen(state, width: width, height: height))
    }

    @Test(arguments: [(Language.en, 80, 24), (.en, 120, 40), (.zh, 80, 24), (.zh, 120, 40)])
    func theQueueScreen(lang: Language, width: Int, height: Int) throws {
        var state = ConsoleFixture.state(lang)
        ConsoleReducer.handle(.down, &state, desk: ConsoleFixture.desk, policy: ConsoleFixture.policy, page: 10)
        let screen = ConsoleFixture.screen(state, width: width, height: height)
        everyRowFits(screen)
        try check("queue-\(lang.rawValue)-\(width)x\(height)", screen)
    }

    @Test(arguments: [Language.en, .zh])
    func theHelpScreen(lang: Language) throws {
        var state = ConsoleFixture.state(lang)
        state.modal = .help(scroll: 0)
        let screen = ConsoleFixture.screen(state, width: 120, height: 40)
        everyRowFits(screen)
        try check("help-\(lang.rawValue)-120x40", screen)
    }

    @Test func aTooSmallTerminalSaysSo() throws {
        let screen = ConsoleFixture.screen(ConsoleFixture.state(.en), width: 50, height: 12)
        #expect(screen.text().hasPrefix("Terminal too small"))
    }

    @Test func asciiBordersUseNoAmbiguousCharacters() {
        var state = ConsoleFixture.state(.zh)
        state.ascii = true
        let text = ConsoleFixture.screen(state, width: 120, height: 40).text()
        #expect(!text.contains("─") && !text.contains("│") && text.contains("+-"))
    }

    /// The intake form with Chinese typed into it: labels and values line up, the caret is on
    /// the cell after the last character typed.
    @Test(arguments: [(Language.en, 80, 24), (.zh, 80, 24), (.zh, 120, 40)])
    func theIntakeForm(lang: Language, width: Int, height: Int) throws {
        var state = ConsoleFixture.state(lang, as: "zhao.min")
        let keys: [Key] = [.character("c")] + "王小明".map { Key.character($0) } + [.tab] + "13800001234".map { Key.character($0) }
        for key in keys { ConsoleReducer.handle(key, &state, desk: ConsoleFixture.desk, policy: ConsoleFixture.policy, page: 10) }
        let screen = ConsoleFixture.screen(state, width: width, height: height)
        everyRowFits(screen)
        #expect(screen.cursor != nil)
        try check("intake-\(lang.rawValue)-\(width)x\(height)", screen)
    }

    /// Closing asks first, over the follow-up form.
    @Test func theClosingQuestion() throws {
        var state = ConsoleFixture.state(.zh, as: "zhao.min")
        let desk = ConsoleFixture.desk
        // A call that closes the case: the last one, with no promise still open.
        let index = try #require(state.queue.firstIndex { id in
            desk.ticket(id).map { $0.stage == .followUp && $0.grade == .general && $0.calls.count <= 1 && $0.openPromises.isEmpty } ?? false
        })
        state.selected = index
        let keys: [Key] = [.character("a"), .tab, .character("4"), .control("s")]
        for key in keys { ConsoleReducer.handle(key, &state, desk: desk, policy: ConsoleFixture.policy, page: 10) }
        #expect(state.confirmation != nil)
        let screen = ConsoleFixture.screen(state, width: 80, height: 24)
        everyRowFits(screen)
        try check("close-question-zh-80x24", screen)
    }

    /// A trainee's screen: the script pane with why and what to avoid open, contacts removed.
    @Test(arguments: [Language.en, .zh])
    func theTraineeView(lang: Language) throws {
        var state = ConsoleFixture.state(lang, as: "xiao.yu")
        state.focus = .scripts
        let screen = ConsoleFixture.screen(state, width: 120, height: 40)
        everyRowFits(screen)
        let text = screen.text()
        #expect(text.contains(lang.pick("Why: ", "为什么：")) && text.contains(lang.pick("(removed for training)", "（培训用途，已隐去）")))
        try check("trainee-\(lang.rawValue)-120x40", screen)
    }

    /// A practice round after a wrong answer: the right reply marked, the reason given.
    @Test func aPracticeRound() throws {
        var state = ConsoleFixture.state(.zh, as: "xiao.yu")
        var session = PracticeSession(rounds: Practice.rounds(ConsoleFixture.library, count: 5, seed: 3))
        let wrong = try #require(session.current?.options.firstIndex { $0.verdict != .right })
        session.choose(wrong)
        state.modal = .practice(session)
        let screen = ConsoleFixture.screen(state, width: 80, height: 24)
        everyRowFits(screen)
        try check("practice-zh-80x24", screen)
    }
}
