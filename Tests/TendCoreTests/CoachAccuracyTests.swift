import Foundation
import Testing
@testable import TendCore

/// Issue 14, part 6: a coach that is right. The shipped coach is measured against sentences
/// labelled by hand (Samples/coach-labelled.toml), against the library's own good texts and
/// against its own lines to avoid. The counts are printed so a run can be quoted.
@Suite struct CoachAccuracyTests {
    static let library = try! ScriptLibrary.load(storeDirectory: nil).library
    let coach = Coach(Self.library)

    struct Labelled {
        let lang: Language
        let text: String
        let shouldFlag: Bool
        let category: PhraseCategory?
    }

    /// Each `[[group]]` of the file: a language, a verdict, a category for "flag", and texts.
    static let labelled: [Labelled] = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Samples/coach-labelled.toml").path
        let document = try! TOMLDocument.load(path: path, what: "labelled set", followingLinks: false)
        guard let groups = try! document.root.array("group", else: "groups are [[group]]") else { return [] }
        return groups.enumerated().flatMap { index, value -> [Labelled] in
            let group = try! document.root.entry("group", index, value, else: "a group is a table")
            let lang = Language(rawValue: try! group.string("lang", else: "lang is text") ?? "")!
            let shouldFlag = try! group.string("expected", else: "expected is text") == "flag"
            let category = (try! group.string("category", else: "category is text")).flatMap(PhraseCategory.init(rawValue:))
            precondition(shouldFlag == (category != nil), "group \(index): a flag needs a category, a pass has none")
            let texts = try! group.array("texts", else: "texts is a list")?.map { $0.string! } ?? []
            return texts.map { Labelled(lang: lang, text: $0, shouldFlag: shouldFlag, category: category) }
        }
    }()

    /// Flagged or not against what should have been: a case is caught when any finding is reported.
    struct Tally: CustomStringConvertible {
        var tp = 0, fp = 0, fn = 0, tn = 0
        var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
        var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
        var description: String {
            "tp \(tp) fp \(fp) fn \(fn) tn \(tn); precision \(percent(precision)), recall \(percent(recall))"
        }
    }

    @Test func theLabelledSetIsLargeAndCoversBothLanguagesAndVerdicts() {
        let cases = Self.labelled
        #expect(cases.count >= 300)
        #expect(Set(cases.map(\.text)).count == cases.count, "a sentence labelled twice")
        for lang in Language.allCases {
            let mine = cases.filter { $0.lang == lang }
            #expect(mine.count * 10 >= cases.count * 4, "\(lang) has \(mine.count) of \(cases.count)")
            #expect(mine.filter(\.shouldFlag).count * 10 >= mine.count * 4 && mine.filter { !$0.shouldFlag }.count * 10 >= mine.count * 4)
            #expect(Set(mine.compactMap(\.category)) == Set(PhraseCategory.allCases), "\(lang): every category has cases")
        }
    }

    @Test func precisionAndRecallAreAtLeastNinetyPercentInEachLanguage() {
        for lang in Language.allCases {
            var tally = Tally()
            var wrong: [String] = []
            for labelled in Self.labelled where labelled.lang == lang {
                let findings = coach.check(labelled.text)
                switch (labelled.shouldFlag, !findings.isEmpty) {
                case (true, true): tally.tp += 1
                case (false, true): tally.fp += 1; wrong.append("flagged, should pass: \(labelled.text) \(findings.map(\.found))")
                case (true, false): tally.fn += 1; wrong.append("missed (\(labelled.category!)): \(labelled.text)")
                case (false, false): tally.tn += 1
                }
            }
            print("coach accuracy \(lang): \(tally)")
            #expect(tally.precision >= 0.9 && tally.recall >= 0.9, "\(lang): \(tally)\n\(wrong.joined(separator: "\n"))")
        }
    }

    @Test func noScriptTextIsFlagged() {
        var flagged: [String] = []
        for script in Self.library.scripts {
            for lang in Language.allCases {
                let findings = coach.check(script.sampleText(lang))
                if !findings.isEmpty { flagged.append("\(script.id) \(lang): \(findings.map(\.found))") }
            }
        }
        print("coach on the library's texts: \(flagged.count) of \(Self.library.scripts.count * 2) flagged")
        #expect(flagged.isEmpty, "\(flagged.joined(separator: "\n"))")
    }

    /// The lines a script says to avoid are the material's own examples of bad phrasing.
    @Test func atLeastEightyPercentOfTheLinesToAvoidAreCaughtInEachLanguage() {
        for lang in Language.allCases {
            let lines = Self.library.scripts.map { $0.avoid.text(lang) }
            let missed = lines.filter { coach.check($0).isEmpty }
            let caught = lines.count - missed.count
            print("coach on the lines to avoid, \(lang): \(caught) of \(lines.count) caught (\(percent(Double(caught) / Double(lines.count))))")
            #expect(caught * 10 >= lines.count * 8, "\(lang) missed:\n\(missed.joined(separator: "\n"))")
        }
    }
}

private func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
