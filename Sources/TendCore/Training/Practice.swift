import Foundation

/// One practice scenario: a customer's words in a moment of a case, and replies to choose from.
public struct PracticeRound: Sendable, Hashable {
    public enum Verdict: String, Sendable, Hashable {
        /// The reply the material teaches for this moment.
        case right
        /// Words the material teaches to avoid.
        case avoid
        /// A good reply, but for another moment of a case.
        case misfit
    }

    public struct Option: Sendable, Hashable {
        public let text: Bilingual
        public let verdict: Verdict
        /// Said after the choice: why this reply works, or does not here.
        public let feedback: Bilingual
    }

    public let script: Script
    public let context: ScriptContext
    public let customerSays: Bilingual
    public let options: [Option]
}

/// Builds practice rounds from the script library: each scenario is a script with a customer
/// line, its right reply is the script, and the wrong ones are what to avoid saying (this
/// script's and another's at the same stage) and a good script meant for another moment.
public enum Practice {
    public static func rounds(_ library: ScriptLibrary, count: Int, seed: UInt64) -> [PracticeRound] {
        var random = SeededRandom(seed: seed)
        let scenarios = library.scripts.filter { $0.customerSays != nil }
        guard !scenarios.isEmpty else { return [] }
        var order = Array(scenarios.indices)
        random.shuffle(&order)
        return order.prefix(count).compactMap { round(scenarios[$0], library: library, random: &random) }
    }

    static func round(_ script: Script, library: ScriptLibrary, random: inout SeededRandom) -> PracticeRound? {
        // The mildest harm the script is for; the grade is at least what that harm requires.
        let harm = script.harms.min() ?? .none
        let context = ScriptContext(stage: random.pick(Array(script.stages).sorted { $0.storageCode < $1.storageCode }),
                                    cause: script.causes.isEmpty ? nil : random.pick(Array(script.causes).sorted { $0.storageCode < $1.storageCode }),
                                    grade: max(script.grades.isEmpty ? .general : random.pick(Array(script.grades).sorted { $0.storageCode < $1.storageCode }),
                                               harm.minimumGrade),
                                    anger: script.anger.isEmpty ? .upset : random.pick(Array(script.anger).sorted { $0.storageCode < $1.storageCode }),
                                    mode: script.modes.isEmpty ? .phone : random.pick(Array(script.modes).sorted { $0.storageCode < $1.storageCode }),
                                    specialNeeds: script.specialNeeds ?? false, needTypes: script.needTypes.min().map { [$0] } ?? [],
                                    harm: harm)
        let why = Bilingual("Right. " + script.why.en, "正确。" + script.why.zh)
        var options = [PracticeRound.Option(text: sample(script.text, spoken: context.mode != .text), verdict: .right, feedback: why)]
        let avoidFeedback = Bilingual("This is what to avoid here. " + script.why.en, "这正是此时应避免的说法。" + script.why.zh)
        options.append(.init(text: script.avoid, verdict: .avoid, feedback: avoidFeedback))
        let sameStage = library.scripts.filter { $0.id != script.id && !$0.stages.isDisjoint(with: script.stages) && $0.avoid != script.avoid }
        if !sameStage.isEmpty {
            let other = random.pick(sameStage)
            options.append(.init(text: other.avoid, verdict: .avoid, feedback: avoidFeedback))
        }
        let elsewhere = library.scripts.filter { $0.fit(context) == nil && $0.stages.isDisjoint(with: script.stages) }
        if !elsewhere.isEmpty {
            let other = random.pick(elsewhere)
            options.append(.init(text: sample(other.text, spoken: context.mode != .text), verdict: .misfit,
                                 feedback: Bilingual("A good line, but for another moment: \(other.when.en)", "这句话本身不错，但适用于另一个时刻：\(other.when.zh)")))
        }
        random.shuffle(&options)
        return PracticeRound(script: script, context: context, customerSays: script.customerSays!, options: options)
    }

    private static func sample(_ text: Bilingual, spoken: Bool) -> Bilingual {
        let probe = Script(id: "", kind: .listen, stages: [.received], title: text, when: text, text: text, why: text, avoid: text)
        return Bilingual(probe.sampleText(.en, spoken: spoken), probe.sampleText(.zh, spoken: spoken))
    }
}
