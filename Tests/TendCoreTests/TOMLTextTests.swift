import Foundation
import Testing
@testable import TendCore

/// Text that toml++ 3.4 cannot read without tripping its own assertions is refused by line before
/// it sees it (found by ParserFuzzTests: each of these aborted the process).
@Suite struct TOMLTextTests {
    static let roster = "[[staff]]\nlogin=\"a\"\nrole=\"supervisor\"\n"

    @Test(arguments: ["[:ceilings]\nhandler = \"200.00\"\n", "[[[1]]]\n", "[[[a]]\n", "[[=\n", "[ :x]\n", "[[ \u{1B}x]]\n", "[中]\n"])
    func aHeaderNameThatNoKeyCanStartIsRefusedByLine(header: String) {
        let text = "demo = false\n# a comment\n" + header + Self.roster
        #expect {
            try PolicyFile.parse(text, path: "/desk/policy.toml")
        } throws: { error in
            (error as? PolicyError)?.line == 3 && (error as? PolicyError)?.reason.contains("table name") == true
        }
    }

    /// (value text, words the reason must contain)
    static let trappingValues: [(String, String)] = [
        ("a = [}", "array"), ("a = [1,\n  # c\n}]", "array"), ("a = { b = [ } ] }", "array"),
        ("a = 2026-11-23 1", "2026-11-23"), ("a = [2026-11-23 1]", "2026-11-23"), ("a = 2026-11-23T:", "2026-11-23T:"),
        ("a = 9999-12-3= 3", "9999-12-3="), ("a = 1.5", "1.5"), ("a = inf", "inf"), ("a = 0x1F", "0x1F"),
    ]

    @Test(arguments: 0..<trappingValues.count)
    func aValueTOMLCannotReadSafelyIsRefusedByLine(index: Int) {
        let (value, words) = Self.trappingValues[index]
        let text = "# a theme\nname = \"x\"\n" + value + "\n"
        #expect {
            try TOMLText.parse(text, path: "/themes/x.toml")
        } throws: { error in
            // The line of the culprit itself, below the two lines before the value.
            (error as? FileLineError)?.line == 3 + value.filter { $0 == "\n" }.count
                && (error as? FileLineError)?.reason.contains(words) == true
        }
    }

    @Test func wholeNumbersAndFlagsStillRead() throws {
        let table = try TOMLText.parse("a = 12\nb = -1_000\nc = true\nd = [1, +2, false]\ne = { f = 0 }\n", path: "x.toml")
        #expect(table["b"]?.int == -1000 && table["c"]?.bool == true && table["e"]?.table?["f"]?.int == 0)
    }

    @Test func headersInsideStringsArraysAndCommentsAreNotHeaders() throws {
        let text = """
        a = \"\"\"
        [:not a header]
        \"\"\"\"
        b = [
          [1, 2], # [:nor this]
          "[:nor this]",
        ]
        c = '[:x]'
        d = '''
        [:x]
        '''
        e = "\\"[:x]"

        """
        #expect(TOMLTrapScanner.firstTrap(text) == nil)
        _ = try TOMLText.parse(text, path: "x.toml")
        #expect(TOMLTrapScanner.firstTrap(text + "[:x]\n")?.line == 13)
        #expect(TOMLTrapScanner.firstTrap("\u{FEFF}[:x]\n")?.line == 1)
    }

    @Test func goodFilesStillRead() throws {
        let policy = DemoDesk.policy(founder: "tester")
        #expect(try PolicyFile.parse(PolicyFile.render(policy), path: "policy.toml") == policy)
        #expect(TOMLTrapScanner.firstTrap("[a]\n[[b]]\n[ \"c d\" ]\n['e'.f]\n") == nil)
    }
}
