import Foundation
import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// A form submitted on a ticket that someone else changed after the form was opened says what
/// changed, in the timeline's words, and waits for the submit key again.
@Suite struct ChangedUnderneathTests {
    init() { ConsoleFixture.setUp() }
    let policy = ConsoleFixture.policy

    func environment(_ desk: Desk) -> ConsoleEnvironment { ConsoleEnvironment(desk: desk, policy: policy, page: 10) }

    /// A handler with a note form open on an open ticket of theirs, and the desk it was opened on.
    func noteForm(_ lang: Language) throws -> (ConsoleState, Desk, TicketID) {
        let desk = ConsoleFixture.desk
        var state = ConsoleFixture.state(lang, as: "zhao.min")
        state.selected = try #require(state.queue.firstIndex { desk.ticket($0)!.isOpen })
        let id = try #require(state.selectedID)
        _ = ConsoleReducer.update(.key(.character("i")), &state, environment(desk))
        for character in "called the groomer" { _ = ConsoleReducer.update(.key(.character(character)), &state, environment(desk)) }
        #expect(state.form?.purpose == .note(id))
        return (state, desk, id)
    }

    func change(_ desk: Desk, _ id: TicketID, _ event: TicketEvent, by login: String = "wang.fang") -> Desk {
        var desk = desk
        desk.apply(Change(ticket: id, entry: TimelineEntry(at: ConsoleFixture.now.addingTimeInterval(60), actor: login, event: event)))
        return desk
    }

    func submit(_ state: inout ConsoleState, _ desk: Desk) -> Asked? {
        Asked.last(ConsoleReducer.update(.key(.control("s")), &state, environment(desk)))
    }

    @Test func anotherPersonsNoteIsShownAndTheSecondSubmitGoesAhead() throws {
        var (state, desk, id) = try noteForm(.en)
        desk = change(desk, id, .noteAdded(text: "customer rang again"))
        #expect(submit(&state, desk) == nil)
        let error = try #require(state.form?.error)
        #expect(error.contains("\(id) changed since this form was opened"))
        #expect(error.contains("wang.fang: Note: customer rang again"))
        #expect(error.contains("Press Ctrl-S again"))
        #expect(state.message == error && state.messageIsError)
        // What was typed is still there; the next submit goes ahead, with the change in view.
        #expect(state.form?.value("text") == "called the groomer")
        #expect(submit(&state, desk) == Asked(id, .note("called the groomer")))
    }

    /// A submission whose outcome was lost (the connection dropped during COMMIT) may have been
    /// recorded: the form's own entry on the ticket is not "someone else's change", and the next
    /// submit goes to the core at once, which says it was already saved.
    @Test func theFormsOwnRecordedRequestIsNotAChangeUnderneath() throws {
        var (state, desk, id) = try noteForm(.en)
        let request = try #require(state.form?.request)
        var entry = TimelineEntry(at: ConsoleFixture.now.addingTimeInterval(60), actor: "zhao.min", event: .noteAdded(text: "called the groomer"))
        entry.request = request + "\u{1F}" + "fp"
        desk.apply(Change(ticket: id, entry: entry))
        #expect(submit(&state, desk) == Asked(id, .note("called the groomer")))
        #expect(state.form?.error == nil)
    }

    @Test func itIsSaidInChineseInTheTimelinesWords() throws {
        var (state, desk, id) = try noteForm(.zh)
        desk = change(desk, id, .assigned(to: "wang.fang"))
        desk = change(desk, id, .angerSet(.angry))
        #expect(submit(&state, desk) == nil)
        let error = try #require(state.form?.error)
        #expect(error.contains("打开此表单后，\(id) 有了新的变化"))
        #expect(error.contains("wang.fang：分配给 wang.fang"))
        #expect(error.contains("wang.fang：客户情绪：愤怒"))
        #expect(error.contains("仍要提交请再按 Ctrl-S"))
    }

    @Test func aChangeAfterTheWarningIsShownToo() throws {
        var (state, desk, id) = try noteForm(.en)
        desk = change(desk, id, .noteAdded(text: "first"))
        #expect(submit(&state, desk) == nil)
        desk = change(desk, id, .noteAdded(text: "second"))
        #expect(submit(&state, desk) == nil)
        #expect(state.form?.error?.contains("Note: second") == true)
        #expect(state.form?.error?.contains("Note: first") == false)
        #expect(submit(&state, desk) != nil)
    }

    @Test func withNothingChangedItIsSubmittedAtOnce() throws {
        var (state, desk, id) = try noteForm(.en)
        // A change to another ticket is not this form's business.
        let other = try #require(state.queue.first { $0 != id })
        desk = change(desk, other, .noteAdded(text: "elsewhere"))
        #expect(submit(&state, desk) == Asked(id, .note("called the groomer")))
    }

    @Test func escLeavesTheFormInsteadOfSubmitting() throws {
        var (state, desk, id) = try noteForm(.en)
        desk = change(desk, id, .noteAdded(text: "customer rang again"))
        #expect(submit(&state, desk) == nil)
        _ = ConsoleReducer.update(.key(.escape), &state, environment(desk))
        #expect(state.confirmation != nil)
        let effects = ConsoleReducer.update(.key(.character("y")), &state, environment(desk))
        #expect(state.form == nil && Asked.last(effects) == nil)
    }

    /// Many entries: the newest few are shown, with how many came before them.
    @Test func manyChangesShowTheNewestFew() throws {
        var (state, desk, id) = try noteForm(.en)
        for number in 1...5 { desk = change(desk, id, .noteAdded(text: "note \(number)")) }
        #expect(submit(&state, desk) == nil)
        let error = try #require(state.form?.error)
        #expect(error.contains("(and 2 earlier)") && error.contains("Note: note 5") && !error.contains("Note: note 2"))
    }
}
