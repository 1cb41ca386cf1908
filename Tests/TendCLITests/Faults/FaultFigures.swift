import Foundation
import Testing

/// The fault experiments, one after another: several of them load both cores for a while, and a
/// kill experiment measured while another one runs would say more about the machine than the desk.
@Suite(.serialized) enum Faults {}

/// What one fault experiment counted, printed as one line (`fault NAME: runs …`) that reads the
/// same in every experiment, so RELIABILITY.md can keep them in one table. When
/// `TEND_FAULT_FIGURES` names a file, the line is appended to it too.
struct FaultFigures {
    let experiment: String
    var runs = 0
    var kills = 0
    var acknowledged = 0
    var lost = 0
    var duplicated = 0
    /// Changes reported as failed that were made all the same.
    var falseFailures = 0
    /// Damage the desk accepted without refusing: opened or checked clean with a change missing or
    /// altered, or a later write that threw acknowledged changes away.
    var silentDamage = 0
    /// `tend` processes that ended on a signal nobody sent.
    var crashes = 0
    /// Runs that ended in a way the experiment did not plan for (a usage error): its own fault.
    var unexpected = 0
    /// What else the experiment has to say: its seed, cases by outcome.
    var details: [String] = []
    /// The first few cases of each kind of failure, by kind, in the order first met.
    private(set) var examples: [(kind: String, cases: [String])] = []

    init(_ experiment: String) { self.experiment = experiment }

    var line: String {
        var text = "fault \(experiment): runs \(runs), kills \(kills), acknowledged \(acknowledged), lost \(lost), "
            + "duplicated \(duplicated), false failures \(falseFailures), silent damage \(silentDamage), crashes \(crashes)"
            + (unexpected > 0 ? ", unexpected endings \(unexpected)" : "")
        let named = examples.map { "\($0.kind): " + $0.cases.prefix(5).joined(separator: ", ") + ($0.cases.count > 5 ? ", …" : "") }
        if !(details + named).isEmpty { text += " — " + (details + named).joined(separator: "; ") }
        return text
    }

    /// Adds cases to the examples of `kind`, each on one line.
    mutating func example(_ kind: String, _ cases: [String]) {
        guard !cases.isEmpty else { return }
        let cases = cases.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: " | ") }
        if let index = examples.firstIndex(where: { $0.kind == kind }) {
            examples[index].cases += cases
        } else {
            examples.append((kind, cases))
        }
    }

    func report() {
        print(line)
        guard let file = ProcessInfo.processInfo.environment["TEND_FAULT_FIGURES"], !file.isEmpty,
              let handle = FileHandle(forWritingAtPath: file) ?? (FileManager.default.createFile(atPath: file, contents: nil) ? FileHandle(forWritingAtPath: file) : nil)
        else { return }
        handle.seekToEndOfFile()
        handle.write(Data((line + "\n").utf8))
        handle.closeFile()
    }

    /// Prints the line, then fails for every figure that must be zero and is not.
    func reportAndExpectClean(sourceLocation: SourceLocation = #_sourceLocation) {
        report()
        for (name, value) in [("lost", lost), ("duplicated", duplicated), ("false failures", falseFailures),
                              ("silent damage", silentDamage), ("crashes", crashes), ("unexpected endings", unexpected)] {
            #expect(value == 0, "fault \(experiment): \(name) \(value)", sourceLocation: sourceLocation)
        }
    }
}
