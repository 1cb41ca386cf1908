import Foundation
import Testing
@testable import TendConsole
import TendCore
import TendTerminal

@Suite struct KeymapTests {
    @Test func noKeyIsBoundTwiceInAContext() {
        for context in KeyContext.allCases {
            var own = (Keymap.table[context] ?? []).flatMap(\.keys)
            #expect(Set(own).count == own.count, "duplicate key in \(context)")
            // A context's keys may not silently shadow a global one either (help and forms
            // do not fall back to the global table: typing "q" into a form is a letter).
            if context != .global && !Keymap.standalone.contains(context) {
                own += (Keymap.table[.global] ?? []).flatMap(\.keys)
                #expect(Set(own).count == own.count, "\(context) shadows a global key")
            }
        }
    }

    @Test func everyBindingSpeaksBothLanguages() {
        for binding in Keymap.table.values.flatMap({ $0 }) {
            #expect(!binding.help.en.isEmpty && !binding.help.zh.isEmpty && binding.help.en != binding.help.zh)
        }
    }

    @Test func helpListsEveryBinding() {
        let help = HelpOverlay.lines(.en).map(\.0).joined(separator: "\n")
        for binding in Keymap.table.values.flatMap({ $0 }) { #expect(help.contains(binding.help.en)) }
    }
}

@Suite struct ReducerTests {
    init() { ConsoleFixture.setUp() }
    let desk = ConsoleFixture.desk

    @discardableResult
    func press(_ keys: [Key], _ state: inout ConsoleState) -> [ConsoleEffect] {
        keys.flatMap { ConsoleReducer.handle($0, &state, desk: desk, policy: ConsoleFixture.policy, page: 10) }
    }

    @Test func movingStaysInsideTheQueue() {
        var state = ConsoleFixture.state(.en)
        press([.up], &state)
        #expect(state.selected == 0)
        press([.character("j"), .down], &state)
        #expect(state.selected == 2)
        press([.character("G")], &state)
        #expect(state.selected == state.queue.count - 1)
        press([.pageUp], &state)
        #expect(state.selected == state.queue.count - 10)
        press([.character("g")], &state)
        #expect(state.selected == 0)
    }

    @Test func tabCyclesPanesAndSkipsFoldedScripts() {
        var state = ConsoleFixture.state(.en)
        press([.tab], &state)
        #expect(state.focus == .ticket)
        press([.tab], &state)
        #expect(state.focus == .scripts)
        press([.tab], &state)
        #expect(state.focus == .queue)
        press([.character("s"), .tab, .tab], &state)
        #expect(state.scriptsFolded && state.focus == .queue)
        press([.backTab], &state)
        #expect(state.focus == .ticket)
        press([.escape], &state)
        #expect(state.focus == .queue)
    }

    @Test func searchFindsTheNextMatchingTicketAndWraps() throws {
        var state = ConsoleFixture.state(.en)
        // Search for the pet of the fifth ticket, typed in other case: the first ticket that
        // matches it is the answer.
        let pet = desk.ticket(state.queue[4])!.pet.name
        let matcher = try #require(TextMatcher(pet))
        let target = try #require(state.queue.firstIndex { matcher.matches(desk.ticket($0)!) })
        press([.character("/")] + pet.uppercased().map { .character($0) } + [.enter], &state)
        #expect(state.selected == target)
        #expect(state.searchInput == nil && state.lastSearch == pet.uppercased())
        let first = state.selected
        press([.character("n")], &state)
        press([.character("N")], &state)
        #expect(state.selected == first)
        press([.character("/")] + "zzzz".map { .character($0) } + [.enter], &state)
        #expect(state.selected == first && state.messageIsError)
    }

    @Test func escapeAbandonsASearchAndBackspaceEditsIt() {
        var state = ConsoleFixture.state(.en)
        press([.character("/"), .character("a"), .character("b"), .backspace], &state)
        #expect(state.searchInput == "a")
        press([.escape], &state)
        #expect(state.searchInput == nil && state.lastSearch == nil)
    }

    @Test func theSelectionFollowsItsTicketWhenTheQueueChanges() {
        var state = ConsoleFixture.state(.en)
        press([.down, .down, .down], &state)
        let chosen = state.selectedID!
        state.setQueue(Array(state.queue.reversed()))
        #expect(state.selectedID == chosen)
        state.setQueue(state.queue.filter { $0 != chosen })
        #expect(state.selectedID != nil)
    }

    @Test func filtersToggleFromKeys() {
        var state = ConsoleFixture.state(.en)
        press([.character("m")], &state)
        #expect(state.filter.assignee == "li.hua")
        press([.character("u")], &state)
        #expect(state.filter.assignee == nil && state.filter.unassigned)
        press([.character("x"), .character("0")], &state)
        #expect(!state.filter.unassigned && !state.filter.overdueOnly)
    }

    @Test func changesAreAskedForNotMadeByTheReducer() {
        var state = ConsoleFixture.state(.en)
        var effects = press([.down, .character("t")], &state)
        #expect(Asked.last(effects) == Asked(state.queue[1], .take))
        effects = press([.tab, .character("v")], &state)
        #expect(Asked.last(effects) == Asked(state.queue[1], .reveal))
    }

    @Test func helpOpensClosesAndAnUnknownKeySaysSo() {
        var state = ConsoleFixture.state(.zh)
        press([.character("?")], &state)
        #expect(state.showingHelp && state.keyContext == .help)
        var effects = press([.character("q")], &state)
        #expect(!state.showingHelp && !effects.contains(.quit))
        press([.character("Z")], &state)
        #expect(state.message?.contains("帮助") == true)
        effects = press([.character("q")], &state)
        #expect(effects.contains(.quit))
    }
}

@Suite struct TextWrapTests {
    init() { ConsoleFixture.setUp() }

    @Test func latinBreaksAtSpacesAndChineseAnywhere() {
        #expect(TextWrap.lines("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextWrap.lines("我已经全部记录下来了", width: 8) == ["我已经全", "部记录下", "来了"])
        #expect(TextWrap.lines("时间 2026-11-15 09:41之前我会给您回电", width: 12).allSatisfy { DisplayWidth.of($0) <= 12 })
        #expect(TextWrap.lines("a\nb", width: 5) == ["a", "b"])
    }

    /// Closing punctuation in a row (。 then ”) never starts a line: the character before both
    /// moves down with them.
    @Test func closingPunctuationTogetherNeverStartsALine() {
        let lines = TextWrap.lines("一二三。”", width: 8)
        #expect(lines == ["一二", "三。”"])
        for line in lines.dropFirst() { #expect(!TextWrap.noLineStart.contains(line.first!)) }
    }
}
