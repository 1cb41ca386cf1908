import Foundation

/// How a mediation reads: who, their reference, the next date and what was sent — on the ticket
/// pane, in `tend show` and in the case report.
public enum MediationText {
    public static func summary(_ mediation: Mediation, _ lang: Language, now: Date? = nil) -> String {
        var parts: [String] = [mediation.party.map { $0.name(lang) } ?? lang.pick("mediator not recorded", "未记录调解方")]
        if !mediation.reference.isEmpty { parts.append(lang.pick("ref. \(mediation.reference)", "编号 \(mediation.reference)")) }
        if let next = mediation.next {
            let passed = now.map { next < $0 } ?? false
            parts.append(lang.pick("next \(TimeText.local(next))", "下次 \(TimeText.local(next))") + (passed ? lang.pick(" (passed)", "（已过）") : ""))
        }
        if !mediation.sent.isEmpty {
            parts.append(lang.pick("sent: ", "已提交：") + mediation.sent.map(\.text).joined(separator: lang.pick("; ", "；")))
        }
        if let outcome = mediation.outcome { parts.append(lang.pick("outcome: ", "结果：") + outcome) }
        return parts.joined(separator: " · ")
    }
}
