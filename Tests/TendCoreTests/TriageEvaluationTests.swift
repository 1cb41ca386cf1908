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
/// 40 of them the grade was exact for 70%. The held-out set will tell.
@Suite struct TriageEvaluationTests {
    struct Labelled: Decodable {
        let id, lang, service, channel, text, grade, cause, harm, anger: String
    }

    static func labelled() throws -> [Labelled] {
        let path = try #require(ShippedData.directory("triage", containing: "labelled.jsonl")).appending("/labelled.jsonl")
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(Labelled.self, from: Data($0.utf8))
        }
    }

    static let gradeFloor = 0.93

    @Test func noHarmIsSuggestedBelowSeriousAndTheGradeHoldsItsGround() throws {
        let triage = Triage(try TriageRulesFile.load(storeDirectory: nil))
        let set = try Self.labelled()
        #expect(set.count >= 300)
        var lines: [String] = []
        var misses: [String] = []
        var harmBelowSerious: [String] = []
        for lang in ["zh", "en", "both"] {
            let part = set.filter { lang == "both" || $0.lang == lang }
            var (grade, cause, harm, anger) = (0, 0, 0, 0)
            for item in part {
                let suggested = triage.suggest(item.text)
                if suggested.grade.rawValue == item.grade { grade += 1 } else if lang == "both" {
                    misses.append("\(item.id) \(item.grade)→\(suggested.grade.rawValue) [\(suggested.because(.en))] \(item.text)")
                }
                if suggested.cause?.rawValue == item.cause { cause += 1 }
                if suggested.harm.rawValue == item.harm { harm += 1 }
                if suggested.anger.rawValue == item.anger { anger += 1 }
                if lang == "both", ["ill", "injured", "lost", "died"].contains(item.harm), suggested.grade < .serious {
                    harmBelowSerious.append("\(item.id): \(item.text)")
                }
            }
            func share(_ n: Int) -> String { String(format: "%.1f%%", Double(n) * 100 / Double(max(1, part.count))) }
            lines.append("triage \(lang): \(part.count) complaints, grade exact \(share(grade)), cause \(share(cause)), harm \(share(harm)), anger \(share(anger))")
            if lang == "both" {
                #expect(Double(grade) / Double(part.count) >= Self.gradeFloor, "grade exact \(share(grade)); misses:\n\(misses.joined(separator: "\n"))")
            }
        }
        lines.append("triage: harm cases suggested below serious \(harmBelowSerious.count)")
        print(lines.joined(separator: "\n"))
        #expect(harmBelowSerious.isEmpty, "\(harmBelowSerious.joined(separator: "\n"))")
    }
}
