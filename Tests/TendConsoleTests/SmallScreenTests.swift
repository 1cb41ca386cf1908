import Foundation
import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// The console on an 80×24 terminal: enough of the queue to work from, the keys that matter in
/// the hint row, whole IDs, counts that stay put, and a way to read any pane whole.
@Suite struct SmallScreenTests {
    init() { ConsoleFixture.setUp() }
    let desk = ConsoleFixture.desk
    let policy = ConsoleFixture.policy

    func press(_ keys: [Key], _ state: inout ConsoleState) {
        for key in keys { ConsoleReducer.handle(key, &state, desk: desk, policy: policy, page: 10) }
    }

    func rows(_ screen: ScreenBuffer) -> [String] { screen.text().components(separatedBy: "\n") }

    @Test func theQueueListsTenTicketsAt80x24() {
        let layout = ConsoleLayout.make(width: 80, height: 24, scriptsFolded: false)
        #expect(ConsoleView.queueRows(width: 80, height: 24, scriptsFolded: false) >= 10)
        // The ticket and scripts keep a summary's worth of rows under it.
        #expect((layout?.ticket?.height ?? 0) >= 9 && (layout?.scripts?.height ?? 0) >= 9)
        for lang in [Language.en, .zh] {
            let screen = ConsoleFixture.screen(ConsoleFixture.state(lang), width: 80, height: 24)
            let ticketRows = rows(screen).prefix(while: { !$0.hasPrefix("└") }).filter { $0.contains("T-10") }
            #expect(ticketRows.count >= 10, "\(lang): \(ticketRows.count) queue rows")
        }
    }

    @Test func theMinimumTerminalStillShowsEveryPane() {
        let layout = ConsoleLayout.make(width: ConsoleLayout.minimumWidth, height: ConsoleLayout.minimumHeight, scriptsFolded: false)
        #expect((layout?.queue?.height ?? 0) >= 7 && (layout?.ticket?.height ?? 0) >= 7 && layout?.scripts != nil)
    }

    /// At 80×24 the hint row names the advance key wherever the selected ticket is at hand, in
    /// both languages, and help stays first.
    @Test(arguments: [Language.en, .zh])
    func theHintRowNamesTheAdvanceKey(lang: Language) {
        for focus in PaneFocus.allCases {
            var state = ConsoleFixture.state(lang)
            state.focus = focus
            let hints = rows(ConsoleFixture.screen(state, width: 80, height: 24))[22]
            #expect(hints.hasPrefix(lang.pick("? help", "? 帮助")), "\(focus): \(hints)")
            #expect(hints.contains(lang.pick("a advance", "a 推进")), "\(focus): \(hints)")
            if focus != .scripts {
                #expect(hints.contains(lang.pick("t take", "t 接单")) && hints.contains(lang.pick("i note", "i 备注")), "\(focus): \(hints)")
            }
        }
    }

    @Test func everyHintWordSpeaksBothLanguages() {
        for binding in Keymap.table.values.flatMap({ $0 }) {
            guard let hint = binding.hint else { continue }
            #expect(!hint.en.isEmpty && !hint.zh.isEmpty && hint.en != hint.zh)
            #expect(!hint.zh.contains { $0.isASCII && $0.isLetter }, "English in \(hint.zh)")
        }
    }

    @Test func advanceWorksFromTheScriptPane() throws {
        #expect(Keymap.command(for: .character("a"), in: .scripts) == .advance)
        var fromQueue = ConsoleFixture.state(.en, as: "zhao.min")
        var fromScripts = fromQueue
        fromScripts.focus = .scripts
        press([.character("a")], &fromQueue)
        press([.character("a")], &fromScripts)
        let form = try #require(fromScripts.form)
        #expect(form.purpose == .advance(fromScripts.selectedID!))
        #expect(form.title == fromQueue.form?.title && form.fields == fromQueue.form?.fields)
    }

    @Test func zoomFillsTheBodyWithTheFocusedPaneAndComesBack() {
        var state = ConsoleFixture.state(.en)
        press([.tab, .character("z")], &state)
        #expect(state.zoomed && state.focus == .ticket)
        let zoomed = rows(ConsoleFixture.screen(state, width: 80, height: 24))
        let id = state.selectedID!.description
        #expect(zoomed[0].hasPrefix("┌─[ Ticket \(id) ]") && zoomed[21].hasPrefix("└") && zoomed[21].hasSuffix("┘"))
        #expect(!zoomed.joined().contains("Queue") && !zoomed.joined().contains("Script"))
        #expect(zoomed[22].contains("z unzoom"))
        // Tab moves the zoom to the next pane; z again puts every pane back.
        press([.tab], &state)
        #expect(rows(ConsoleFixture.screen(state, width: 80, height: 24))[0].hasPrefix("┌─[ Script ]"))
        press([.character("z")], &state)
        #expect(!state.zoomed)
        let back = rows(ConsoleFixture.screen(state, width: 80, height: 24))
        #expect(back[0].contains("Queue") && back.joined().contains("Ticket \(id)") && back[22].contains("z zoom"))
    }

    /// A zoomed queue shows as many rows as it has room for, even at the end of the queue where
    /// the run loop scrolled for the smaller unzoomed one.
    @Test func aZoomedQueueIsFullAtTheEnd() {
        var state = ConsoleFixture.state(.en)
        press([.character("G"), .character("z")], &state)
        let screen = ConsoleFixture.screen(state, width: 80, height: 24)
        let listed = rows(screen).filter { $0.contains("T-10") }
        #expect(listed.count == min(state.queue.count, 22 - 3))
        #expect(screen.text().contains(state.queue.last!.description))
    }

    /// Paging a zoomed queue moves by the rows it shows, not the unzoomed pane's.
    @Test func aZoomedQueuePagesByItsOwnRows() {
        var state = ConsoleFixture.state(.en)
        #expect(ConsoleView.queueRows(width: 80, height: 24, state: state) == 10)
        state.zoomed = true
        #expect(ConsoleView.queueRows(width: 80, height: 24, state: state) == 22 - 3)
        state.focus = .ticket
        #expect(ConsoleView.queueRows(width: 80, height: 24, state: state) == 10)
    }

    /// A desk past T-99999 has eight-character IDs; the column grows to show them whole.
    @Test func longIDsAreNeverCut() {
        #expect(QueuePane.idWidth(widest: TicketID(1_385_204)) == 9)
        #expect(QueuePane.idWidth(widest: TicketID(1044)) == 6)
        #expect(QueuePane.idWidth(widest: nil) == 2)
        let big = DemoDesk.generate(tickets: 99_100, seed: 3, now: ConsoleFixture.now, policy: policy)
        var state = ConsoleFixture.state(.en)
        state.setQueue(TicketQuery.run(big, policy: policy, filter: state.filter, now: ConsoleFixture.now))
        state.selected = try! #require(state.queue.firstIndex { $0.number >= 100_000 })
        for lang in [Language.en, .zh] {
            state.lang = lang
            var shown = state
            shown.keepSelectionVisible(rows: ConsoleView.queueRows(width: 80, height: 24, scriptsFolded: false))
            let text = ConsoleView.render(RenderContext(state: shown, desk: big, policy: policy), width: 80, height: 24).text()
            #expect(text.contains(state.selectedID!.description + " "))
            #expect(!text.contains("T-1000…"))
        }
    }

    /// A long message takes the hint row and goes on beside the counts, cut with an ellipsis
    /// there; the counts keep their place at the right.
    @Test(arguments: [(Language.en, false), (.zh, false), (.zh, true)])
    func aLongMessageLeavesTheCountsInPlace(lang: Language, ascii: Bool) {
        var state = ConsoleFixture.state(lang)
        state.ascii = ascii
        let c = state.counts
        let counts = lang.pick("open \(c.open) · mine \(c.mine) · due soon \(c.dueSoon) · overdue \(c.overdue)",
                               "在办 \(c.open) · 我的 \(c.mine) · 即将超时 \(c.dueSoon) · 已超时 \(c.overdue)")
        let quiet = rows(ConsoleFixture.screen(state, width: 80, height: 24))[23]
        state.say(String(repeating: lang.pick("The desk could not be written: disk full. ", "工单无法写入：磁盘已满。"), count: 6), error: true)
        let screen = ConsoleFixture.screen(state, width: 80, height: 24)
        let status = rows(screen)[23]
        #expect(status.hasSuffix(counts), "\(status)")
        #expect(rows(screen)[22].hasPrefix(lang.pick(" The desk could", " 工单无法写入")), "\(rows(screen)[22])")
        #expect(status.contains(ascii ? "..." : "…"))
        // Where the counts start does not move when a message comes.
        #expect(quiet.hasSuffix(counts) && DisplayWidth.of(String(quiet.prefix { $0 != "│" && $0 != "|" }))
                    == DisplayWidth.of(String(status.prefix { $0 != "│" && $0 != "|" })))
        var width = 0
        for x in 0..<screen.width where !screen[x, 23].isContinuation { width += Int(screen[x, 23].width) }
        #expect(width == 80)
    }

    @Test func aShortMessageIsShownWhole() {
        var state = ConsoleFixture.state(.en)
        state.say("Taken: T-1044")
        let status = rows(ConsoleFixture.screen(state, width: 80, height: 24))[23]
        #expect(status.hasPrefix(" Taken: T-1044 ") && status.contains("overdue \(state.counts.overdue)") && !status.contains("…"), "\(status)")
    }
}
