import Testing
import TendCore
@testable import TendTerminal

@Suite struct TerminalTextTests {
    init() { TerminalLocale.setUp() }

    @Test func widthsFollowTheModelNcurseswUses() {
        #expect(DisplayWidth.of("a") == 1)
        #expect(DisplayWidth.of("中") == 2)
        #expect(DisplayWidth.of("Ａ") == 2)
        #expect(DisplayWidth.of("，") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("🐶") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("─") == 1)
        #expect(DisplayWidth.of("王小明 Tom") == 10)
    }

    @Test func truncationNeverSplitsAWideGlyph() {
        #expect(DisplayWidth.truncate("王小明", to: 4) == "王…")
        #expect(DisplayWidth.fit("王小明", to: 4) == "王… ")
        #expect(DisplayWidth.truncate("王小明", to: 6) == "王小明")
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(DisplayWidth.fit("ab", to: 4) == "ab  ")
        for width in 0...8 { #expect(DisplayWidth.of(DisplayWidth.fit("豆豆🐶Coco", to: width)) == width) }
    }

    @Test func customerTextCannotDriveTheTerminal() {
        #expect(SafeText.line("hi\u{1B}[2J\u{1B}]0;pwned\u{07}") == "hi\\e[2J\\e]0;pwned\\x07")
        #expect(SafeText.line("a\nb") == "a↵b")
        #expect(SafeText.block("a\nb\u{9B}") == "a\nb\\x9b")
        #expect(SafeText.line("王小明") == "王小明")
    }

    @Test func tablesAlignInCellsNotCharacters() {
        var table = TextTable(columns: [.init("NAME"), .init("PET")])
        table.add(["王小明", "豆豆"])
        table.add(["Tom", "Max"])
        let lines = table.render().split(separator: "\n").map(String.init)
        // The last column is not padded, so where it starts is the line's width less its own.
        let petColumn = zip(lines, ["PET", "豆豆", "Max"]).map { DisplayWidth.of($0) - DisplayWidth.of($1) }
        #expect(Set(petColumn).count == 1 && petColumn[0] > 0)
    }
}

@Suite struct TableFittingTests {
    init() { TerminalLocale.setUp() }

    @Test func aTableNarrowsItsWidestColumnsToFitAndKeepsAligning() {
        var table = TextTable(columns: [.init("ID"), .init("CUSTOMER", minWidth: 4), .init("NOTE", minWidth: 4)])
        table.add(["T-1", "王小明王小明", "a long remark about the case"])
        table.add(["T-2", "Tom", "short"])
        let lines = table.render(width: 30).split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 })
        #expect(lines[1].hasPrefix("T-1"))
        let unlimited = table.render().split(separator: "\n").map(String.init)
        #expect(unlimited[1].contains("a long remark about the case"))
    }
}
