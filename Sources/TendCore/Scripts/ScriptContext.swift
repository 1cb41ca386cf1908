/// What the scripts are chosen for: the moment in the case and who is on the other end.
public struct ScriptContext: Sendable, Hashable {
    public var stage: Stage
    public var cause: Cause?
    public var grade: Grade
    public var anger: Anger
    public var mode: ContactMode
    public var specialNeeds: Bool
    /// Which needs, where the ticket records their types.
    public var needTypes: Set<SpecialNeed>
    /// What happened to the pet.
    public var harm: Harm
    /// Must-say items not yet said at this stage: scripts that cover them rank higher.
    public var needs: Set<ChecklistItem>

    public init(stage: Stage, cause: Cause? = nil, grade: Grade = .general, anger: Anger = .calm,
                mode: ContactMode = .phone, specialNeeds: Bool = false, needTypes: Set<SpecialNeed> = [], harm: Harm = .none,
                needs: Set<ChecklistItem>? = nil) {
        self.stage = stage
        self.cause = cause
        self.grade = grade
        self.anger = anger
        // A hearing-impaired customer is written to, whatever line the complaint came in on (a
        // relay call, a relative on the priority line): the scripts are those for writing.
        self.mode = needTypes.contains(.hearing) && mode == .phone ? .text : mode
        self.specialNeeds = specialNeeds || !needTypes.isEmpty
        self.needTypes = needTypes
        self.harm = harm
        self.needs = needs ?? Set(Checklist.required(stage, harm: harm))
    }

    public init(_ ticket: Ticket) {
        self.init(stage: ticket.stage, cause: ticket.cause ?? ticket.intake.cause, grade: ticket.grade, anger: ticket.anger,
                  mode: ticket.intake.channel.contactMode, specialNeeds: ticket.customer.specialNeeds, needTypes: ticket.customer.needs, harm: ticket.harm,
                  needs: Set(Checklist.missing(ticket)))
    }
}

extension Script {
    /// How well the script fits, or nil when one of its conditions rules it out. The more
    /// specific a script is to this moment, the higher it ranks: a script written for an angry
    /// customer with an injured pet beats a general one.
    public func fit(_ context: ScriptContext) -> Int? {
        guard stages.contains(context.stage) else { return nil }
        // A script written for this stage alone beats one that serves many.
        var score = stages.count == 1 ? 2 : 0
        if !causes.isEmpty {
            guard let cause = context.cause, causes.contains(cause) else { return nil }
            score += 8
        }
        if !anger.isEmpty {
            guard anger.contains(context.anger) else { return nil }
            score += anger.count == 1 ? 6 : 3
        }
        if !grades.isEmpty {
            guard grades.contains(context.grade) else { return nil }
            score += grades.count == 1 ? 4 : 2
        }
        if !modes.isEmpty {
            guard modes.contains(context.mode) else { return nil }
            score += 3
        }
        if let specialNeeds {
            guard specialNeeds == context.specialNeeds else { return nil }
            score += specialNeeds ? 10 : 0
        }
        guard notForNeeds.isDisjoint(with: context.needTypes) else { return nil }
        if !needTypes.isEmpty {
            // Written for this customer's need: beside the harm, the first thing to fit.
            guard !needTypes.isDisjoint(with: context.needTypes) else { return nil }
            score += 8
        }
        guard !notForHarms.contains(context.harm) else { return nil }
        if !harms.isEmpty {
            guard harms.contains(context.harm) else { return nil }
            // Written for what happened to this pet: first of all.
            score += 12
        }
        // What is still to be said comes forward; once said, it steps back.
        return score + 3 * covers.intersection(context.needs).count
    }
}
