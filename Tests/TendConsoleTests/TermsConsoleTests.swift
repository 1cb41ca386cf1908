import Foundation
import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// The after-sales terms beside a ticket: `K` shows them with the clauses for the ticket's service
/// line first; Enter cites the selected one into the resolving form's details (from the form,
/// `Ctrl-O`, or from the ticket, which opens the form as `a` would); Esc closes, leaving the form
/// as it was. Drawn whole at 80×24 and 120×40 in both languages.
@Suite struct TermsConsoleTests {
    init() { ConsoleFixture.setUp() }

    static let terms = try! TermsFile.load(storeDirectory: nil)
    static let desk = DemoDesk.generate(tickets: 400, seed: 5, now: ConsoleFixture.now, policy: ConsoleFixture.policy)
    let policy = ConsoleFixture.policy

    func state(_ lang: Language, as login: String = "zhao.min", desk: Desk = Self.desk) -> ConsoleState {
        var state = ConsoleState(lang: lang, actor: policy.member(login)!, now: ConsoleFixture.now)
        state.library = ConsoleFixture.library
        state.terms = Self.terms
        state.setQueue(TicketQuery.run(desk, policy: policy, filter: state.filter, now: ConsoleFixture.now))
        state.counts = QueueCounts(desk: desk, policy: policy, login: login, now: ConsoleFixture.now)
        return state
    }

    @discardableResult
    func press(_ keys: [Key], _ state: inout ConsoleState, desk: Desk = Self.desk) -> [ConsoleEffect] {
        keys.flatMap { ConsoleReducer.handle($0, &state, desk: desk, policy: policy, page: 10) }
    }

    /// Selects the first ticket in the queue that fits.
    func select(_ state: inout ConsoleState, where fits: (Ticket) -> Bool) throws -> Ticket {
        state.selected = try #require(state.queue.firstIndex { Self.desk.ticket($0).map(fits) ?? false })
        return try #require(state.selectedID.flatMap(Self.desk.ticket))
    }

    func screen(_ state: ConsoleState, width: Int, height: Int) -> ScreenBuffer {
        ConsoleView.render(RenderContext(state: state, desk: Self.desk, policy: policy), width: width, height: height)
    }

    @Test(arguments: [ServiceLine.grooming, .boarding])
    func kShowsTheClausesForTheTicketsLineFirst(line: ServiceLine) throws {
        var state = state(.en)
        let ticket = try select(&state) { $0.intake.service == line }
        press([.character("K")], &state)
        let picker = try #require(state.termsPicker)
        #expect(picker.ticket == ticket.id && picker.service == line && picker.selected == 0)
        let first = try #require(picker.clauses.first)
        #expect(first.services.contains(line))
        #expect(first.id == (line == .grooming ? "G1" : "V1"))
        #expect(picker.clauses.map(\.id) == Self.terms.ordered(for: line).map(\.id))
        #expect(state.keyContext == .terms)
        // j moves down the clauses, and stays inside them.
        press([.character("j"), .down], &state)
        #expect(state.termsPicker?.selected == 2)
        press([.character("G")], &state)
        #expect(state.termsPicker?.selected == picker.clauses.count - 1)
        press([.character("g")], &state)
        // Shown in the title, the first clause selected and written out below the list.
        let text = screen(state, width: 120, height: 40).text()
        #expect(text.contains("After-sales terms · \(ticket.id) · \(line.english) first"))
        #expect(text.contains("* \(first.id)  \(first.title.en)"))
        #expect(text.contains(String(first.text.en.prefix(30))))
        // Esc closes; nothing else changed.
        press([.escape], &state)
        #expect(state.modal == nil && state.selectedID == ticket.id)
    }

    /// A resolving ticket with nothing proposed yet: its form opens with the details empty.
    func resolving(_ ticket: Ticket) -> Bool { ticket.stage == .resolving && ticket.resolution == nil }

    @Test(arguments: Language.allCases)
    func enterCitesIntoTheDetailsOfTheOpenForm(lang: Language) throws {
        var state = state(lang)
        let ticket = try select(&state, where: resolving)
        press([.character("a")], &state)
        let opened = try #require(state.form)
        #expect(opened.purpose == .advance(ticket.id))
        // Some words of the handler's own first, in the details.
        let details = try #require(opened.fields.firstIndex { $0.id == "details" })
        press(Array(repeating: Key.tab, count: details) + "Redo offered.".map { Key.character($0) }, &state)
        press([.control("o")], &state)
        let picker = try #require(state.termsPicker)
        #expect(picker.clauses.first?.fit(ticket.intake.service) == (ticket.intake.service == .other ? .everyLine : .thisLine))
        #expect(state.form?.value("details") == "Redo offered.", "the form stays underneath")
        press([.character("j")], &state)
        let clause = picker.clauses[1]
        let effects = press([.enter], &state)
        let form = try #require(state.form)
        #expect(state.termsPicker == nil && state.keyContext == .form)
        #expect(form.value("details") == "Redo offered.\n" + clause.citation(lang))
        #expect(form.focus == details && form.edited)
        #expect(effects.contains { if case .saveDraft = $0 { true } else { false } }, "the citation is kept with the draft")
        // Cited again: on a line of its own below.
        press([.control("o"), .enter], &state)
        #expect(state.form?.value("details") == "Redo offered.\n" + clause.citation(lang) + "\n" + picker.clauses[0].citation(lang))
    }

    @Test func enterOnTheTicketOpensTheResolvingFormWithTheCitation() throws {
        var state = state(.zh)
        let ticket = try select(&state, where: resolving)
        state.focus = .ticket
        press([.character("K"), .enter], &state)
        let form = try #require(state.form)
        #expect(form.purpose == .advance(ticket.id) && form.openedOn == .resolving)
        let first = Self.terms.ordered(for: ticket.intake.service)[0]
        #expect(form.value("details") == first.citation(.zh))
        #expect(form.value("details").hasPrefix("依据"))
        #expect(state.message?.contains("已将 \(first.id) 引用到方案说明") == true)
    }

    @Test func atAnotherStageCitingChangesNothingAndSaysWhy() throws {
        var state = state(.en)
        let ticket = try select(&state) { $0.stage == .investigating }
        let effects = press([.character("K"), .enter], &state)
        #expect(effects.isEmpty && state.form == nil)
        #expect(state.termsPicker != nil, "the terms stay open to read")
        let message = try #require(state.message)
        #expect(message.contains("resolution's details") && message.contains("\(ticket.id) is in investigating") && message.contains("nothing was changed"))
    }

    @Test func escFromTermsOverAFormLeavesTheFormAsItWas() throws {
        var state = state(.en)
        _ = try select(&state, where: resolving)
        press([.character("a")], &state)
        let before = try #require(state.form)
        press([.control("o"), .character("j"), .escape], &state)
        #expect(state.modal == .form(before))
        // In a form K is a letter typed, and Ctrl-O in a form with no details says where citing works.
        press([.escape], &state)
        press([.character("i")], &state)
        press([.character("K"), .control("o")], &state)
        #expect(state.form?.value("text") == "K" && state.termsPicker == nil)
        #expect(state.messageIsError && state.message?.contains("resolving form") == true)
    }

    @Test func withNoTermsKSaysWhy() throws {
        var state = state(.en)
        state.terms = .empty
        state.termsProblem = "terms.toml:3: kind must be one of: …"
        press([.character("K")], &state)
        #expect(state.modal == nil && state.message == "terms.toml:3: kind must be one of: …" && state.messageIsError)
    }

    /// Every row fits its width, CJK counted two cells, at both sizes and in both languages; the
    /// selected clause is written out whole on the larger screen.
    @Test(arguments: [(Language.en, 80, 24), (.en, 120, 40), (.zh, 80, 24), (.zh, 120, 40)])
    func theOverlayFitsTheScreen(lang: Language, width: Int, height: Int) throws {
        var state = state(lang)
        let ticket = try select(&state) { $0.intake.service == .grooming }
        state.focus = .ticket
        press([.character("K"), .character("j")], &state)
        let buffer = screen(state, width: width, height: height)
        for y in 0..<buffer.height {
            var cells = 0
            for x in 0..<buffer.width where !buffer[x, y].isContinuation { cells += Int(buffer[x, y].width) }
            #expect(cells == buffer.width, "row \(y) is \(cells) cells")
        }
        let text = buffer.text()
        let clause = Self.terms.ordered(for: .grooming)[1]
        #expect(text.contains(lang.pick("After-sales terms · \(ticket.id) · grooming first", "售后条款 · \(ticket.id) · 美容优先")))
        #expect(text.contains("* \(clause.id)  "))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // The selected clause's text, first line, under the list.
        let wrappedStart = String(clause.text.text(lang).prefix(12))
        #expect(lines.contains { $0.contains(wrappedStart) }, "\(text)")
        let layout = try #require(ConsoleLayout.make(width: width, height: height, scriptsFolded: false))
        if let queue = layout.queue, let pane = layout.ticket, queue.maxX <= pane.x {
            // Beside the ticket: the overlay takes the queue's place, and the ticket pane is still
            // drawn to its right, with the ticket's ID in its title.
            var right = ""
            for x in pane.x..<width where !buffer[x, pane.y].isContinuation { right += buffer[x, pane.y].text }
            #expect(right.contains(ticket.id.description), "\(right)")
            #expect(lines[0].hasPrefix("┌─[ " + lang.pick("After-sales", "售后条款")))
        }
        try GoldenScreenTests().check("terms-\(lang.rawValue)-\(width)x\(height)", buffer)
    }

    /// `:terms` on the command line opens what K opens.
    @Test func theTermsWordOnTheColonLineOpensThem() throws {
        var state = state(.zh)
        let ticket = try select(&state) { $0.intake.service == .boarding }
        press([.character(":")] + "terms".map(Key.character) + [.enter], &state)
        #expect(state.termsPicker?.ticket == ticket.id && state.termsPicker?.service == .boarding)
    }
}
