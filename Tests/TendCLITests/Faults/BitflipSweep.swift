import Foundation
import TendCore

/// One bit pattern flipped in one byte of one file of a desk.
struct Bitflip: CustomStringConvertible {
    let file: String
    let offset: Int
    let mask: UInt8

    var description: String { "\(file) byte \(offset) ^ 0x\(String(mask, radix: 16, uppercase: true))" }

    func apply(to files: DeskFiles) -> DeskFiles {
        var flipped = files
        flipped.files[file]![offset] ^= mask
        return flipped
    }
}

/// What the desk made of a flipped bit.
enum BitflipVerdict: Equatable {
    /// It would not open: the damage was found (and nothing on disk changed).
    case refused
    /// It opened with every change intact, but refused the next write.
    case refusedWrite
    /// It opened with every change intact, and the next write was kept with them: the bit did not
    /// matter. `warned`: it said something about it.
    case harmless(warned: Bool)
    /// Acknowledged changes went missing or changed without the desk refusing.
    case silent(lost: Int, how: String)
    /// Opening or writing killed the process.
    case crashed(signal: Int32)

    /// One line of a worker's results file, and back.
    var line: String {
        switch self {
        case .refused: "refused"
        case .refusedWrite: "refused-write"
        case .harmless(let warned): warned ? "harmless-warned" : "harmless"
        case .silent(let lost, let how): "silent \(lost) \(how)"
        case .crashed(let signal): "crashed \(signal)"
        }
    }

    init?(line: Substring) {
        let words = line.split(separator: " ", maxSplits: 2).map(String.init)
        switch words.first {
        case "refused": self = .refused
        case "refused-write": self = .refusedWrite
        case "harmless": self = .harmless(warned: false)
        case "harmless-warned": self = .harmless(warned: true)
        case "silent" where words.count == 3: self = .silent(lost: Int(words[1]) ?? 0, how: words[2])
        case "crashed" where words.count == 2: self = .crashed(signal: Int32(words[1]) ?? 0)
        default: return nil
        }
    }
}

/// Flips bits of a desk's files one at a time in a scratch directory, through the public API
/// (thousands of cases would take too long one process each), and judges each: opened, are all
/// changes there, does the next write keep them?
struct BitflipSweep {
    let directory: String
    let original: DeskFiles
    /// Every ticket of the unflipped desk.
    let baseline: [Ticket]

    init(directory: String, original: DeskFiles) throws {
        self.directory = directory
        self.original = original
        try original.write(to: directory)
        baseline = try Store.open(at: directory).desk.tickets
    }

    func verdict(_ flip: Bitflip) throws -> BitflipVerdict {
        let flipped = flip.apply(to: original)
        try flipped.write(to: directory)
        let store: Store
        do {
            store = try Store.open(at: directory)
        } catch {
            let after = try DeskFiles(of: directory)
            return after.files[flip.file] == flipped.files[flip.file] ? .refused : .silent(lost: 0, how: "refused, but rewrote the file")
        }
        let opened = store.desk.tickets
        let warned = !store.takeNotices().isEmpty
        guard opened == baseline else {
            let how = warned ? "opened with a warning" : "opened"
            return .silent(lost: BitflipSweep.missing(baseline, from: opened), how: how)
        }
        guard let actor = store.policy.member("zhao.min"), let first = opened.first?.id else { return .silent(lost: 0, how: "no roster") }
        do {
            try store.act(on: first, as: actor, at: Date().roundedToStore) { workflow, ticket in
                try workflow.addNote(ticket, text: "after \(flip)")
            }
        } catch {
            return .refusedWrite
        }
        let written = store.desk.tickets
        let reopened: Store
        do {
            reopened = try Store.open(at: directory)
        } catch {
            return .silent(lost: written.map(\.timeline.count).reduce(0, +), how: "the next write left a desk that does not open")
        }
        guard reopened.desk.tickets == written else {
            return .silent(lost: BitflipSweep.missing(written, from: reopened.desk.tickets), how: "the next write lost changes")
        }
        return .harmless(warned: warned)
    }

    /// How many timeline entries of `expected` are not in `actual`, ticket by ticket.
    static func missing(_ expected: [Ticket], from actual: [Ticket]) -> Int {
        let byID = Dictionary(actual.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return expected.map { ticket in
            let kept = Set(byID[ticket.id]?.timeline ?? [])
            return ticket.timeline.filter { !kept.contains($0) }.count
        }.reduce(0, +)
    }
}

/// The verdicts of a sweep, counted into its figures.
struct BitflipTally {
    var refused = 0
    var refusedWrite = 0
    var harmless = 0
    var harmlessWarned = 0
    var silent: [String] = []
    var lost = 0
    var crashes: [String] = []

    mutating func add(_ verdict: BitflipVerdict, _ flip: Bitflip) {
        switch verdict {
        case .refused: refused += 1
        case .refusedWrite: refusedWrite += 1
        case .harmless(let warned): harmless += 1; harmlessWarned += warned ? 1 : 0
        case .silent(let count, let how):
            silent.append("\(flip): \(how), \(count) entries lost")
            lost += count
        case .crashed(let signal): crashes.append("\(flip) (signal \(signal))")
        }
    }

    var summary: String {
        "refused \(refused), refused the next write \(refusedWrite), harmless \(harmless) (\(harmlessWarned) with a warning), silently accepted \(silent.count), crashed \(crashes.count)"
    }
}
