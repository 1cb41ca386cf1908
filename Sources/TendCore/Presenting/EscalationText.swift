import Foundation

/// How a rung of the escalation ladder is told to the person it warns.
public enum EscalationText {
    public static func warning(_ step: Escalation, id: TicketID, _ lang: Language) -> String {
        let clock = step.clock.name(lang)
        if step.percent >= 100 {
            return lang.pick("\(id): the \(clock) time has run out.", "\(id)：\(clock)已超时。")
        }
        return lang.pick("\(id): \(step.percent)% of the \(clock) time is gone.", "\(id)：\(clock)时限已用去 \(step.percent)%。")
    }
}
