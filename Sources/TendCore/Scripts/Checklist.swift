import Foundation

/// What must be said at each stage before the ticket moves on. An item is ticked by marking a
/// script that covers it as said, by a note (written since the stage began) that says it, or by
/// what the handler did: the answer time promised on acknowledging is "gave a time", a score
/// given at the follow-up call is "asked about satisfaction". Items the handler was warned about
/// and went on without are not asked about again at that stage.
public enum Checklist {
    /// What the stage's declaration asks to be said (see `StageSpec`).
    public static func required(_ stage: Stage) -> [ChecklistItem] { StageSpec.of(stage).checklist }

    /// What this ticket's stage asks to be said. Where the pet died nobody asks the owner for a
    /// score: the follow-up closes with the reason recorded instead.
    public static func required(_ stage: Stage, harm: Harm) -> [ChecklistItem] {
        harm == .died ? required(stage).filter { $0 != .satisfaction } : required(stage)
    }

    public static func required(_ ticket: Ticket) -> [ChecklistItem] { required(ticket.stage, harm: ticket.harm) }

    /// Items ticked since the ticket entered its current stage.
    public static func covered(_ ticket: Ticket) -> Set<ChecklistItem> {
        var out = Set<ChecklistItem>()
        for entry in ticket.currentStageEntries {
            switch entry.event {
            case .scriptSaid(_, let covers): out.formUnion(covers)
            case .noteAdded(let text): out.formUnion(said(in: text))
            // The stage began with the answer time promised to the customer.
            case .acknowledged: out.insert(.time)
            case .checklistWaived(let stage, let items) where stage == ticket.stage: out.formUnion(items)
            default: break
            }
        }
        return out
    }

    /// Scripts marked as said since the ticket entered its stage.
    public static func saidScripts(_ ticket: Ticket) -> Set<String> {
        Set(ticket.currentStageEntries.compactMap { entry in
            if case .scriptSaid(let id, _) = entry.event { id } else { nil }
        })
    }

    /// What is still to be said at the ticket's stage, in the stage's order; `doing` is the advance
    /// being made, whose fields may say an item (a score).
    public static func missing(_ ticket: Ticket, doing fields: AdvanceFields? = nil) -> [ChecklistItem] {
        var done = covered(ticket)
        // (A promised time typed in is counted once recorded: it opens the acknowledged stage,
        // whose checklist asks for a time.)
        if fields?.score != nil { done.insert(.satisfaction) }
        return required(ticket).filter { !done.contains($0) }
    }

    /// Items a note says, found by the words handlers use for them in either language.
    public static func said(in text: String) -> Set<ChecklistItem> {
        Set(cueMatchers.compactMap { item, matchers in matchers.contains { $0.matches(text) } ? item : nil })
    }

    /// The cues as byte searches that fold ASCII case: the console reads the notes on every
    /// frame, and a megabyte pasted into one must not take a second each time.
    static let cueMatchers: [(ChecklistItem, [TextMatcher])] = cues.map { ($0.key, $0.value.compactMap({ TextMatcher($0) })) }

    /// Words that show a note covered an item. Deliberately plain: a note saying "apologised" or
    /// "已致歉" counts; the checklist is a reminder, not a test.
    static let cues: [ChecklistItem: [String]] = [
        .feeling: ["understand", "frustrat", "upset", "worried", "feel", "理解", "明白您", "心情", "着急", "担心", "感受"],
        .apology: ["sorry", "apolog", "抱歉", "对不起", "道歉", "致歉"],
        .time: ["by ", "within", "tomorrow", "today", "o'clock", "am ", "pm", "点前", "之前", "小时内", "明天", "今天", "时限", "前回复"],
        .nextStep: ["next step", "will call", "will send", "will check", "call back", "下一步", "接下来", "会给您", "回电", "稍后"],
        .facts: ["asked", "what happened", "confirmed", "checked", "photos", "了解", "询问", "核实", "确认了", "照片", "经过"],
        .options: ["option", "choice", "either", "prefer", "选择", "或者", "方案", "您看"],
        .thanks: ["thank", "谢谢", "感谢"],
        .satisfaction: ["satisf", "score", "rating", "满意", "评分", "打分"],
    ]
}
