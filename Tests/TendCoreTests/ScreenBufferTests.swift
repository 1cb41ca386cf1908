import Testing
@testable import TendTerminal

@Suite struct ScreenBufferTests {
    init() { TerminalLocale.setUp() }

    @Test func wideGlyphsTakeTwoCells() {
        var screen = ScreenBuffer(width: 10, height: 1)
        #expect(screen.write("中a", x: 0, y: 0) == 3)
        #expect(screen[0, 0].text == "中" && screen[1, 0].isContinuation && screen[2, 0].text == "a")
        #expect(screen.text() == "中a")
    }

    @Test func aWideGlyphOnTheLastColumnBecomesASpace() {
        var screen = ScreenBuffer(width: 3, height: 1)
        screen.write("ab中", x: 0, y: 0)
        #expect(screen.text() == "ab")
        #expect(!screen[2, 0].isContinuation && screen[2, 0].width == 1)
        var limited = ScreenBuffer(width: 10, height: 1)
        #expect(limited.write("王小明", x: 0, y: 0, limit: 5) == 5)
        #expect(limited.text() == "王小")
    }

    @Test func overwritingHalfAWideGlyphBlanksTheOtherHalf() {
        var screen = ScreenBuffer(width: 6, height: 1)
        screen.write("中文字", x: 0, y: 0)
        screen.write("x", x: 1, y: 0)   // the right half of 中
        #expect(screen.text() == " x文字")
        screen.write("y", x: 2, y: 0)   // the left half of 文
        #expect(screen.text() == " xy 字")
        #expect(screen.cells.allSatisfy { !$0.isContinuation || $0.width == 0 })
    }

    @Test func customerTextIsDrawnAsData() {
        var screen = ScreenBuffer(width: 20, height: 1)
        screen.write("a\u{1B}[2Jb", x: 0, y: 0)
        #expect(screen.text() == "a\\e[2Jb")
    }

    @Test func fittingPadsOrCutsToExactWidth() {
        var screen = ScreenBuffer(width: 8, height: 2)
        screen.write(fitting: "豆豆Coco", x: 0, y: 0, width: 5)
        screen.write("|", x: 5, y: 0)
        screen.write(fitting: "猫", x: 0, y: 1, width: 5)
        screen.write("|", x: 5, y: 1)
        #expect(screen.text() == "豆豆…|\n猫   |")
    }

    @Test func theDiffHoldsOnlyWhatChanged() {
        var old = ScreenBuffer(width: 10, height: 3)
        old.write("hello", x: 0, y: 1)
        var new = old
        new.write("J", x: 0, y: 1)
        let runs = BufferDiff.runs(from: old, to: new)
        #expect(runs == [ChangedRun(x: 0, y: 1, cells: [Cell("J")])])
        #expect(BufferDiff.runs(from: new, to: new).isEmpty)
        #expect(BufferDiff.runs(from: nil, to: new).count == 3)
    }

    @Test func aChangedWideGlyphIsRewrittenWhole() {
        var old = ScreenBuffer(width: 6, height: 1)
        old.write("中文", x: 0, y: 0)
        var new = old
        new.write("字", x: 2, y: 0)
        let runs = BufferDiff.runs(from: old, to: new)
        #expect(runs.count == 1 && runs[0].x == 2 && runs[0].cells.map(\.text) == ["字", ""])
    }
}
