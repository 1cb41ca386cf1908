import Testing
@testable import TendConsole
import TendTerminal

@Suite struct TextFieldTests {
    init() { ConsoleFixture.setUp() }

    func typed(_ text: String, multiline: Bool = false, then keys: [Key] = []) -> TextField {
        var field = TextField(multiline: multiline)
        for c in text { _ = field.edit(.character(c)) }
        for key in keys { _ = field.edit(key) }
        return field
    }

    @Test func chineseIsOneStepPerCharacter() {
        let field = typed("旺财好", then: [.left, .backspace])
        #expect(field.text == "旺好")
        #expect(field.layout().caretColumn == 2)
    }

    @Test func emojiWithJoinersIsOneGrapheme() {
        let field = typed("a👨‍👩‍👧b", then: [.left, .backspace])
        #expect(field.text == "ab")
    }

    @Test func homeEndDeleteAndCtrlU() {
        var field = typed("hello world", then: [.home, .delete])
        #expect(field.text == "ello world")
        _ = field.edit(.end)
        _ = field.edit(.character("!"))
        #expect(field.text == "ello world!")
        for _ in 0..<6 { _ = field.edit(.left) }
        _ = field.edit(.control("u"))
        #expect(field.text == "world!")
        #expect(field.caret == 0)
    }

    @Test func oneLineFieldsTurnLineBreaksIntoSpacesAndDropControlCodes() {
        var field = TextField()
        field.set("a\nb\u{1B}[31mc")
        #expect(field.text == "a b[31mc")
        let used = field.edit(.enter)
        #expect(!used)
    }

    @Test func notesBreakLinesAndMoveBetweenThem() {
        var field = typed("第一行", multiline: true, then: [.enter])
        for c in "second" { _ = field.edit(.character(c)) }
        #expect(field.text == "第一行\nsecond")
        _ = field.edit(.up)
        // "second" has the caret at column 6; the first line is 6 cells wide: the caret lands at its end.
        #expect(field.layout().caretLine == 0 && field.layout().caretColumn == 6)
        _ = field.edit(.control("u"))
        #expect(field.text == "\nsecond")
    }

    @Test func backspaceAtTheStartDoesNothing() {
        var field = TextField("x")
        _ = field.edit(.home)
        let used = field.edit(.backspace)
        #expect(used)
        #expect(field.text == "x")
    }

    @Test func aLongLineScrollsToKeepTheCaretInView() {
        let (visible, caret) = FormOverlay.window("一二三四五六七八", caretColumn: 16, width: 10)
        #expect(caret < 10)
        #expect(caret == DisplayWidth.of(visible))
        #expect(visible.hasSuffix("八"))
    }
}

@Suite struct LineStartPunctuationTests {
    init() { ConsoleFixture.setUp() }

    @Test func aLineNeverStartsWithAComma() {
        // 10 cells: five characters fill the line, and the comma would start the next one.
        let lines = TextWrap.lines("非常抱歉啊，费用我们承担", width: 10)
        #expect(lines.allSatisfy { !TextWrap.noLineStart.contains($0.first ?? " ") }, "\(lines)")
        #expect(lines.joined() == "非常抱歉啊，费用我们承担")
    }
}
