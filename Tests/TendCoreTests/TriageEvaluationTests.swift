import Foundation
import Testing
@testable import TendCore

/// Triage measured on `triage/labelled.jsonl`: 320 complaints of our own writing, 160 in each
/// language, every service line, each labelled with its grade, cause, harm and anger by the
/// domain handbook's rules. No complaint whose pet was harmed (ill, injured, lost, died) may be
/// suggested below serious. The grade is exact for 94.7% of them today (zh 95.6%, en 93.8%;
/// issue 11 asks for 90%), so this holds the line at 93%: no change to the signs may lose ground.
/// The signs were written and then improved while looking at this set, so these figures flatter
/// the rules. Complaints written afterwards and not looked at while tuning do worse: on the last
/// 40 of them the grade was exact for 70%, and on the held-out set (below) 71%.
@Suite struct TriageEvaluationTests {
    struct Labelled: Decodable {
        let id, lang, service, channel, text, grade, cause, harm, anger: String
    }

    static func read(_ file: String) throws -> [Labelled] {
        let path = try #require(ShippedData.directory("triage", containing: file)).appending("/\(file)")
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(Labelled.self, from: Data($0.utf8))
        }
    }

    /// The figures for one set, per language and together; the misses and the harmed pets
    /// suggested below serious, over the whole set.
    struct Figures {
        var lines: [String] = []
        var gradeExact = 0.0
        var misses: [String] = []
        var harmBelowSerious: [String] = []
    }

    static func measure(_ set: [Labelled], name: String) throws -> Figures {
        let triage = Triage(try TriageRulesFile.load(storeDirectory: nil))
        var figures = Figures()
        for lang in ["zh", "en", "both"] {
            let part = set.filter { lang == "both" || $0.lang == lang }
            var (grade, cause, harm, anger) = (0, 0, 0, 0)
            for item in part {
                let suggested = triage.suggest(item.text)
                if suggested.grade.rawValue == item.grade { grade += 1 } else if lang == "both" {
                    figures.misses.append("\(item.id) \(item.grade)→\(suggested.grade.rawValue) [\(suggested.because(.en))] \(item.text)")
                }
                if suggested.cause?.rawValue == item.cause { cause += 1 }
                if suggested.harm.rawValue == item.harm { harm += 1 }
                if suggested.anger.rawValue == item.anger { anger += 1 }
                if lang == "both", ["ill", "injured", "lost", "died"].contains(item.harm), suggested.grade < .serious {
                    figures.harmBelowSerious.append("\(item.id): \(item.text)")
                }
            }
            func share(_ n: Int) -> String { String(format: "%.1f%%", Double(n) * 100 / Double(max(1, part.count))) }
            figures.lines.append("triage \(name) \(lang): \(part.count) complaints, grade exact \(share(grade)), cause \(share(cause)), harm \(share(harm)), anger \(share(anger))")
            if lang == "both" { figures.gradeExact = Double(grade) / Double(max(1, part.count)) }
        }
        figures.lines.append("triage \(name): harm cases suggested below serious \(figures.harmBelowSerious.count)")
        print(figures.lines.joined(separator: "\n"))
        return figures
    }

    static let gradeFloor = 0.93

    @Test func noHarmIsSuggestedBelowSeriousAndTheGradeHoldsItsGround() throws {
        let set = try Self.read("labelled.jsonl")
        #expect(set.count >= 300)
        let figures = try Self.measure(set, name: "labelled")
        #expect(figures.gradeExact >= Self.gradeFloor, "grade exact \(figures.gradeExact); misses:\n\(figures.misses.joined(separator: "\n"))")
        #expect(figures.harmBelowSerious.isEmpty, "\(figures.harmBelowSerious.joined(separator: "\n"))")
    }

    /// `triage/heldout.jsonl`: 160 more complaints (80 in each language), written and labelled by
    /// someone who had not read the signs, and never used to change them. What the rules do on
    /// words they were not fitted to.
    @Test func theHeldOutSetIsMeasured() throws {
        let set = try Self.read("heldout.jsonl")
        #expect(set.count == 160)
        let figures = try Self.measure(set, name: "held-out")
        #expect(figures.gradeExact >= Self.heldOutFloor, "grade exact \(figures.gradeExact); misses:\n\(figures.misses.joined(separator: "\n"))")
        #expect(figures.harmBelowSerious.count <= Self.heldOutHarmBelowSerious, "\(figures.harmBelowSerious.joined(separator: "\n"))")
    }

    /// Where the held-out set stands (grade exact 71.2%: zh 75.0%, en 67.5%; four harmed pets
    /// suggested below serious), held so no change loses ground. Far from the labelled set's
    /// 94.7%: the signs fit the words they were written from. The set is not for tuning: a sign
    /// added for one of its complaints would make these figures flatter the rules too.
    static let heldOutFloor = 0.70
    static let heldOutHarmBelowSerious = 4
}
