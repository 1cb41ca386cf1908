import Foundation
import Testing
@testable import TendConsole
@testable import TendCore
import TendTerminal

/// The statistics view as a supervisor works it: S opens it on the overview, Tab turns the
/// pages, ] and [ change the span, Enter lists a figure's tickets in the queue and Esc there
/// comes back; a handler is told it is a supervisor's; on a terminal the figures are counted
/// away from the keys, and figures asked for before a change of span are thrown away.
@Suite struct StatsConsoleTests {
    init() { ConsoleFixture.setUp() }
    let desk = ConsoleFixture.desk
    let policy = ConsoleFixture.policy

    func press(_ keys: [Key], _ state: inout ConsoleState) -> [ConsoleEffect] {
        keys.flatMap { ConsoleReducer.handle($0, &state, desk: desk, policy: policy, page: 10) }
    }

    @Test func aSupervisorOpensTurnsAndDrillsIntoAFigure() throws {
        var state = ConsoleFixture.state(.en, as: "zhao.min")
        _ = press([.character("S")], &state)
        var view = try #require(state.statsView)
        #expect(view.page == .overview && view.span == .fourWeeks && view.stats != nil)
        let stats = try #require(view.stats)
        #expect(stats.period == StatsSpan.fourWeeks.period(now: ConsoleFixture.now, zone: policy.zone))
        _ = press([.tab], &state)
        view = try #require(state.statsView)
        #expect(view.page == .causes)
        // The selection is on a figure; Enter lists exactly the tickets counted under it.
        let lines = view.lines(.en, thresholds: policy.warnings)
        guard case .row(let row) = lines[view.selected], case .bucket(let dimension, let key)? = row.figure else {
            Issue.record("the selection is not on a count: \(lines[view.selected])")
            return
        }
        let counted = stats.count(by: dimension).first { $0.key == key }!.count
        _ = press([.enter], &state)
        #expect(state.statsView == nil && state.drill != nil)
        #expect(state.queue.count == counted)
        #expect(Set(state.queue) == Set(Statistics.tickets(.bucket(dimension, key), on: desk, policy: policy, period: stats.period, now: stats.computedAt)))
        let screen = ConsoleFixture.screen(state, width: 80, height: 24)
        #expect(screen.text().contains("Statistics: "))
        // Esc in that list comes back to the same page.
        _ = press([.escape], &state)
        #expect(state.statsView?.page == .causes && state.drill == nil && state.filter == TicketFilter())
        _ = press([.character("]")], &state)
        #expect(state.statsView?.span == .quarter)
        // The row "On time: first answer" lists the late answers, and its list says so.
        _ = press([.escape, .character("S"), .backTab], &state)
        view = try #require(state.statsView)
        let onTime = try #require(view.lines(.en, thresholds: policy.warnings).firstIndex {
            if case .row(let row) = $0 { row.label == "On time: first answer" } else { false }
        })
        state.modal = .stats({ var moved = view; moved.selected = onTime; return moved }())
        _ = press([.enter], &state)
        #expect(state.drill == "late: first answer")
        _ = press([.escape], &state)
        #expect(state.statsView?.page == .overview)
        _ = press([.escape], &state)
        #expect(state.statsView == nil && state.statsKept?.span == .quarter)
    }

    /// A warning's row lists the tickets of its own seven days, and says so.
    @Test func aWarningDrillsIntoItsOwnWeek() throws {
        var state = ConsoleFixture.state(.en, as: "zhao.min")
        _ = press([.character("S")], &state)
        let view = try #require(state.statsView)
        let warning = try #require(view.warnings.first, "the fixture desk crosses a line")
        let lines = view.lines(.en, thresholds: policy.warnings)
        guard case .row(let row) = lines[view.selected], row.figure == warning.figure else {
            Issue.record("the first figure is not the first warning: \(lines[view.selected])")
            return
        }
        _ = press([.enter], &state)
        let listed = Statistics.tickets(warning.figure, on: desk, policy: policy, period: warning.period, now: view.stats!.computedAt)
        #expect(Set(state.queue) == Set(listed) && !listed.isEmpty)
        #expect((state.message ?? "").contains(warning.period.text))
    }

    @Test func aHandlerIsToldItIsASupervisors() {
        var state = ConsoleFixture.state(.zh, as: "li.hua")
        _ = press([.character("S")], &state)
        #expect(state.statsView == nil && state.messageIsError && (state.message ?? "").contains("查看统计数据"))
    }

    @Test func theCommandLineOpensAPage() {
        var state = ConsoleFixture.state(.en, as: "zhao.min")
        _ = press([.character(":")] + "stats clocks".map { Key.character($0) } + [.enter], &state)
        #expect(state.statsView?.page == .clocks)
    }

    /// On a terminal: opening asks for the figures and draws "counting" meanwhile; a request
    /// overtaken by a change of span is dropped when it comes back.
    @Test func figuresAreCountedAwayFromTheKeys() throws {
        var state = ConsoleFixture.state(.en, as: "zhao.min")
        state.requeriesInBackground = true
        let asked = press([.character("S")], &state)
        guard case .computeStats(let first)? = asked.last else {
            Issue.record("no computeStats effect: \(asked)")
            return
        }
        #expect(state.statsView?.stats == nil)
        #expect(ConsoleFixture.screen(state, width: 80, height: 24).text().contains("Counting the desk's tickets"))
        guard case .computeStats(let second)? = press([.character("]")], &state).last else {
            Issue.record("no second request")
            return
        }
        let env = ConsoleEnvironment(desk: desk, policy: policy, page: 10)
        let (oldStats, oldWarnings) = first.run(desk, policy: policy, training: [], now: state.now)
        _ = ConsoleReducer.update(.statsComputed(first, oldStats, oldWarnings), &state, env)
        #expect(state.statsView?.stats == nil)
        let (stats, warnings) = second.run(desk, policy: policy, training: [], now: state.now)
        _ = ConsoleReducer.update(.statsComputed(second, stats, warnings), &state, env)
        #expect(state.statsView?.stats?.period == StatsSpan.quarter.period(now: state.now, zone: policy.zone))
    }

    /// A supervisor's status row counts the warnings crossed; a handler's does not.
    @Test func theStatusRowCountsWarningsForASupervisor() throws {
        let warning = EarlyWarning(kind: .branchInjuries(branch: "A", count: 3), figure: .injuredIn("A"),
                                   period: StatsPeriod.lastDays(7, endingAt: ConsoleFixture.now, zone: policy.zone))
        var supervisor = ConsoleFixture.state(.en, as: "zhao.min")
        supervisor.earlyWarnings = [warning]
        #expect(ConsoleFixture.screen(supervisor, width: 120, height: 40).text().contains("! warnings 1"))
        var handler = ConsoleFixture.state(.en)
        handler.earlyWarnings = [warning]
        #expect(!ConsoleFixture.screen(handler, width: 120, height: 40).text().contains("warnings"))
    }

    /// Every row of the view fits its width, in both languages, on both sizes, ASCII or not.
    @Test(arguments: [(Language.en, 80, 24), (.zh, 80, 24), (.en, 120, 40), (.zh, 120, 40)])
    func everyPageFits(lang: Language, width: Int, height: Int) {
        for ascii in [false, true] {
            var state = ConsoleFixture.state(lang, as: "zhao.min")
            state.ascii = ascii
            _ = press([.character("S")], &state)
            for _ in StatsPage.ordered {
                let screen = ConsoleFixture.screen(state, width: width, height: height)
                for y in 0..<screen.height {
                    var used = 0
                    for x in 0..<screen.width where !screen[x, y].isContinuation { used += Int(screen[x, y].width) }
                    #expect(used == width, "row \(y) is \(used) cells")
                }
                if ascii { #expect(!screen.text().contains("█") && !screen.text().contains("▁")) }
                _ = press([.tab], &state)
            }
        }
    }
}
