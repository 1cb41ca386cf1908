import Foundation
import TendCore

/// A practice run in the console: a few scenarios, one answer each, feedback after each.
public struct PracticeSession: Sendable, Equatable {
    public static let length = 5

    public let rounds: [PracticeRound]
    public var index = 0
    /// The option chosen in the current round, once chosen.
    public var chosen: Int?
    public var answers: [TrainingResult.Answer] = []

    public init(rounds: [PracticeRound]) {
        self.rounds = rounds
    }

    public var current: PracticeRound? { rounds.indices.contains(index) ? rounds[index] : nil }
    public var finished: Bool { index >= rounds.count }
    public var correct: Int { answers.filter(\.right).count }

    /// Records the choice; later presses in the same round change nothing (the first answer counts).
    public mutating func choose(_ option: Int) {
        guard chosen == nil, let round = current, round.options.indices.contains(option) else { return }
        chosen = option
        answers.append(TrainingResult.Answer(script: round.script.id, kind: round.script.kind.rawValue, right: round.options[option].verdict == .right))
    }

    public mutating func next() {
        guard chosen != nil else { return }
        chosen = nil
        index += 1
    }
}
