import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// Long text in a form wraps as it is typed: the caret and the text around it stay in view, the
/// real cursor sits at the caret, and a wide character is never split.
@Suite struct FieldWrapTests {
    init() { ConsoleFixture.setUp() }

    func typed(_ text: String, multiline: Bool = false, then keys: [Key] = []) -> TextField {
        var field = TextField(multiline: multiline)
        for c in text { _ = field.edit(.character(c)) }
        for key in keys { _ = field.edit(key) }
        return field
    }

    @Test func latinBreaksAfterASpace() {
        let wrapped = typed("the groomer cut him badly").wrapped(width: 12)
        #expect(wrapped.rows == ["the groomer ", "cut him ", "badly"])
        #expect(wrapped.caretRow == 2 && wrapped.caretColumn == 5)
    }

    @Test func wideCharactersAreNeverSplit() {
        // Five cells hold two Chinese characters; the third goes to the next row whole.
        let wrapped = typed("旺财受伤了吗").wrapped(width: 5)
        #expect(wrapped.rows == ["旺财", "受伤", "了吗"])
        for row in wrapped.rows { #expect(DisplayWidth.of(row) <= 5) }
        #expect(wrapped.caretRow == 2 && wrapped.caretColumn == 4)
    }

    @Test func aCaretAfterAFullRowStaysInsideTheField() {
        let full = typed("abcdef").wrapped(width: 6)
        #expect(full.rows == ["abcdef", ""] && full.caretRow == 1 && full.caretColumn == 0)
        // The caret elsewhere: no empty row is added.
        let moved = typed("abcdef", then: [.left]).wrapped(width: 6)
        #expect(moved.rows == ["abcdef"] && moved.caretRow == 0 && moved.caretColumn == 5)
        let beforeBreak = typed("abcdef", multiline: true, then: [.enter, .character("g"), .up, .end]).wrapped(width: 6)
        #expect(beforeBreak.rows == ["abcdef", "", "g"] && beforeBreak.caretRow == 1 && beforeBreak.caretColumn == 0)
    }

    @Test func notesWrapEachLongLine() {
        let field = typed("first line is long\n第二行也很长很长", multiline: true, then: [.home])
        let wrapped = field.wrapped(width: 10)
        // The space after "line" hangs past the full row instead of starting the next one.
        #expect(wrapped.rows == ["first line ", "is long", "第二行也很", "长很长"])
        #expect(wrapped.caretRow == 2 && wrapped.caretColumn == 0)
    }

    @Test func theCaretBeforeAHangingSpaceWrapsWithIt() {
        let wrapped = typed("first line is", then: [.left, .left, .left]).wrapped(width: 10)
        #expect(wrapped.rows == ["first line", " is"] && wrapped.caretRow == 1 && wrapped.caretColumn == 0)
    }

    @Test func anEmptyFieldIsOneEmptyRow() {
        let wrapped = TextField().wrapped(width: 10)
        #expect(wrapped.rows == [""] && wrapped.caretRow == 0 && wrapped.caretColumn == 0)
    }

    /// The intake form at 80×24 with a customer name longer than its field: the field grows to
    /// two rows showing all of it, and the cursor is at the end of the second.
    @Test(arguments: [Language.en, .zh])
    func aLongOneLineFieldWrapsInTheForm(lang: Language) throws {
        var state = ConsoleFixture.state(lang, as: "zhao.min")
        let name = String(repeating: "欧阳", count: 20) + "娜娜"
        let keys: [Key] = [.character("c")] + name.map { Key.character($0) }
        for key in keys { ConsoleReducer.handle(key, &state, desk: ConsoleFixture.desk, policy: ConsoleFixture.policy, page: 10) }
        let screen = ConsoleFixture.screen(state, width: 80, height: 24)
        let rows = screen.text().components(separatedBy: "\n")
        let first = try #require(rows.firstIndex { $0.contains("欧阳欧阳") })
        let shown = rows[first].filter { "欧阳娜".contains($0) } + rows[first + 1].filter { "欧阳娜".contains($0) }
        #expect(String(shown) == name)
        let cursor = try #require(screen.cursor)
        #expect(cursor.y == first + 1)
        // The cursor is on the cell just after the last character typed.
        #expect(screen[cursor.x - 2, cursor.y].text == "娜" && screen[cursor.x, cursor.y].text == " ")
    }

    @Test func aLongNoteWrapsAndFollowsTheCaret() throws {
        var state = ConsoleFixture.state(.en, as: "zhao.min")
        let note = String(repeating: "The dog came home limping and nobody called us. ", count: 6) + "END"
        let keys: [Key] = [.character("i")] + note.map { Key.character($0) }
        for key in keys { ConsoleReducer.handle(key, &state, desk: ConsoleFixture.desk, policy: ConsoleFixture.policy, page: 10) }
        let form = try #require(state.form)
        #expect(form.fields[form.focus].kind == .lines)
        let screen = ConsoleFixture.screen(state, width: 80, height: 24)
        let cursor = try #require(screen.cursor)
        let row = screen.text().components(separatedBy: "\n")[cursor.y]
        #expect(row.contains("END"))
        #expect(screen[cursor.x - 1, cursor.y].text == "D")
    }
}
