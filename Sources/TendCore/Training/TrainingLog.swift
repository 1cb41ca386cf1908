import Foundation

/// One finished practice session.
public struct TrainingResult: Sendable, Hashable, Codable {
    public let login: String
    public let finishedAt: Date
    public let rounds: Int
    public let correct: Int
    /// The scripts practised, each with whether the right reply was chosen.
    public let answers: [Answer]

    public struct Answer: Sendable, Hashable, Codable {
        public let script: String
        public let kind: String
        public let right: Bool

        public init(script: String, kind: String, right: Bool) {
            self.script = script
            self.kind = kind
            self.right = right
        }
    }

    public init(login: String, finishedAt: Date, answers: [Answer]) {
        self.login = login
        self.finishedAt = finishedAt
        rounds = answers.count
        correct = answers.filter(\.right).count
        self.answers = answers
    }

    /// Percent right, rounded down.
    public var score: Int { rounds == 0 ? 0 : correct * 100 / rounds }

    enum CodingKeys: String, CodingKey {
        case login, finishedAt = "finished_at", rounds, correct, answers
    }
}

/// Practice results on disk: `training/LOGIN.jsonl` in the store directory, one session a line,
/// appended. Training results are not customer records, so they live beside the journal, not in it.
public struct TrainingLog {
    public let directory: String
    private let storeDirectory: String

    public init(storeDirectory: String) {
        self.storeDirectory = storeDirectory
        directory = (storeDirectory as NSString).appendingPathComponent("training")
    }

    /// Appends one session and fsyncs it; a file this creates is fsync'd into its folder too, so a
    /// power cut cannot lose a trainee's first log after it was reported saved.
    public func append(_ result: TrainingResult) throws {
        try DurableFile.makeFolder(directory, inside: storeDirectory)
        try LineFile.append(json: result, to: file(result.login))
    }

    /// Every session of every login, oldest first per login, and a message for each line that
    /// could not be read (it is skipped, never rewritten).
    public func load() -> (results: [TrainingResult], problems: [String]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        let decoder = JSONDecoder()
        // Lines written before hold whole-second instants: both are read.
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = TimeText.readISOMilliseconds(text) ?? TimeText.parseInstant(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an instant: \(text)")
            }
            return date
        }
        var results: [TrainingResult] = []
        var problems: [String] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                problems.append("\(path): cannot be read")
                continue
            }
            for (index, line) in text.split(separator: "\n").enumerated() {
                do {
                    results.append(try decoder.decode(TrainingResult.self, from: Data(line.utf8)))
                } catch {
                    problems.append("\(path):\(index + 1): not a practice result")
                }
            }
        }
        return (results, problems)
    }

    private func file(_ login: String) -> String {
        (directory as NSString).appendingPathComponent(StoreLocation.fileName(forLogin: login) + ".jsonl")
    }
}

/// A trainee's practice, summed up for a supervisor.
public struct TrainingSummary: Sendable, Hashable {
    public let login: String
    public let sessions: Int
    public let rounds: Int
    public let correct: Int
    public let lastPractised: Date
    /// The kind of script most often answered wrongly, if any was.
    public let weakest: ScriptKind?

    public var score: Int { rounds == 0 ? 0 : correct * 100 / rounds }

    public static func of(_ results: [TrainingResult]) -> [TrainingSummary] {
        Dictionary(grouping: results, by: \.login).map { login, sessions in
            let answers = sessions.flatMap(\.answers)
            let misses = Dictionary(grouping: answers.filter { !$0.right }, by: \.kind)
            let weakest = misses.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }.flatMap { ScriptKind(rawValue: $0.key) }
            return TrainingSummary(login: login, sessions: sessions.count, rounds: answers.count, correct: answers.filter(\.right).count,
                                   lastPractised: sessions.map(\.finishedAt).max()!, weakest: weakest)
        }.sorted { $0.login < $1.login }
    }
}
