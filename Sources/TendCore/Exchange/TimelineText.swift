import Foundation

/// How a timeline entry reads: a stable identifier for files and a sentence for people.
public enum TimelineText {
    /// The event's identifier in files: what happened, in snake_case, named as the event is
    /// (`note_added`, `anger_set`, `resolution_proposed`). A backup is read back by these.
    public static func kind(_ event: TicketEvent) -> String {
        switch event {
        case .received: "received"
        case .acknowledged: "acknowledged"
        case .assigned: "assigned"
        case .investigationStarted: "investigation_started"
        case .assessed: "assessed"
        case .resolutionProposed: "resolution_proposed"
        case .resolutionApproved: "resolution_approved"
        case .resolutionRejected: "resolution_rejected"
        case .followUpStarted: "follow_up_started"
        case .followUpFailed: "follow_up_failed"
        case .closed: "closed"
        case .reopened: "reopened"
        case .mediationStarted: "mediation_started"
        case .mediationEnded: "mediation_ended"
        case .mediationReferred: "mediation_referred"
        case .mediationUpdated: "mediation_updated"
        case .gradeChanged: "grade_changed"
        case .noteAdded: "note_added"
        case .contactRevealed: "contact_revealed"
        case .related: "related"
        case .angerSet: "anger_set"
        case .harmSet: "harm_set"
        case .triageSuggested: "triage_suggested"
        case .clockBreached: "clock_breached"
        case .scriptSaid: "script_said"
        case .checklistWaived: "checklist_waived"
        case .clockPaused: "clock_paused"
        case .clockResumed: "clock_resumed"
        case .routed: "routed"
        case .escalated: "escalated"
        case .remediesProposed: "remedies_proposed"
        case .promiseKept: "promise_kept"
        case .followUpScheduled: "follow_up_scheduled"
        case .followUpReached: "follow_up_reached"
        case .lowScoreAccepted: "low_score_accepted"
        case .evidenceAdded: "evidence_added"
        }
    }

    /// A mediation's reference, next date and what was sent, each only when given.
    private static func mediationParts(reference: String, next: Date?, sent: String, _ lang: Language,
                                       _ time: (Date) -> String) -> [String] {
        var parts: [String] = []
        if !reference.isEmpty { parts.append(lang.pick("reference \(reference)", "编号 \(reference)")) }
        if let next { parts.append(lang.pick("next \(time(next))", "下次 \(time(next))")) }
        if !sent.isEmpty { parts.append(lang.pick("sent \(sent)", "已提交 \(sent)")) }
        return parts
    }

    /// `time` writes the instants the sentence names: local time for people, and in a JSON file
    /// the record's own encoding (`TimeText.isoMilliseconds`), so that the file spells every instant one way.
    /// `petDied`: the ticket's harm, which is why a close without a score asked for none.
    public static func sentence(_ event: TicketEvent, _ lang: Language, petDied: Bool = false, time: (Date) -> String = TimeText.local) -> String {
        switch event {
        case .received(let intake):
            return lang.pick("Received by \(intake.channel.english): \(intake.description)",
                             "经\(intake.channel.chinese)受理：\(intake.description)")
        case .acknowledged(let eta, let reason):
            let why = reason.isEmpty ? "" : lang.pick(" (later than the grade's answer time: \(reason))", "（晚于该等级的答复时限，原因：\(reason)）")
            return lang.pick("Acknowledged; answer promised by \(time(eta))", "已回应客户，承诺 \(time(eta)) 前答复") + why
        case .clockPaused(let reason):
            return lang.pick("Clocks paused: \(reason.english)", "计时暂停：\(reason.chinese)")
        case .clockResumed:
            return lang.pick("Clocks running again", "恢复计时")
        case .routed(let logins):
            return lang.pick("Sent at once to \(logins.joined(separator: ", "))", "已即时派送给 \(logins.joined(separator: "、"))")
        case .escalated(let step):
            let clock = step.clock.name(lang)
            return lang.pick("\(step.percent)% of the \(clock) time used (\(time(step.reachedAt))): told \(step.tell.english)",
                             "\(clock)时限已用 \(step.percent)%（\(time(step.reachedAt))）：已提醒\(step.tell.chinese)")
        case .assigned(let login):
            return lang.pick("Assigned to \(login)", "分配给 \(login)")
        case .investigationStarted:
            return lang.pick("Investigation started", "开始调查评估")
        case .assessed(let grade, let cause, let findings):
            return lang.pick("Assessed as \(grade.english), cause \(cause.english): \(findings)",
                             "评估为\(grade.chinese)投诉，成因：\(cause.chinese)。结论：\(findings)")
        case .resolutionProposed(let kind, let amount, let details, let needsApproval):
            let money = amount.map { " \($0.formatted)" } ?? ""
            let wait = needsApproval ? lang.pick(" (awaiting approval)", "（待主管审批）") : ""
            return lang.pick("Resolution: \(kind.english)\(money): \(details)\(wait)",
                             "处理方案：\(kind.chinese)\(money)：\(details)\(wait)")
        case .resolutionApproved(let comment):
            return lang.pick("Resolution approved", "处理方案已批准") + (comment.isEmpty ? "" : lang.pick(": ", "：") + comment)
        case .resolutionRejected(let comment):
            return lang.pick("Resolution rejected: \(comment)", "处理方案被驳回：\(comment)")
        case .followUpStarted:
            return lang.pick("Resolution carried out; follow-up started", "方案已落实，进入回访")
        case .remediesProposed(let remedies, let details, let needsApproval):
            let wait = needsApproval ? lang.pick(" (awaiting approval)", "（待主管审批）") : ""
            let listed = remedies.map { remedy in
                remedy.text(lang) + (remedy.due.map { lang.pick(" by \(time($0))", "（\(time($0)) 前兑现）") } ?? "")
            }.joined(separator: " + ")
            let total = Remedy.sum(remedies).map { lang.pick(", \($0.formatted) in all", "，合计 \($0.formatted)") } ?? ""
            return lang.pick("Resolution: \(listed)\(total): \(details)\(wait)", "处理方案：\(listed)\(total)：\(details)\(wait)")
        case .promiseKept(let index, let note):
            return lang.pick("Promise \(index + 1) kept", "第 \(index + 1) 项承诺已兑现") + (note.isEmpty ? "" : lang.pick(": ", "：") + note)
        case .followUpScheduled(let calls):
            return lang.pick("Follow-up calls at \(calls.map(time).joined(separator: ", "))", "回访时间：\(calls.map(time).joined(separator: "、"))")
        case .followUpReached(let score, let comment):
            let tail = comment.isEmpty ? "" : " — \(comment)"
            return lang.pick("Follow-up call reached the customer: satisfaction \(score)/5\(tail)", "回访已联系上客户：满意度 \(score)/5\(tail)")
        case .lowScoreAccepted(let reason):
            return lang.pick("Low score, closing anyway: \(reason)", "满意度低仍结案，原因：\(reason)")
        case .evidenceAdded(let item):
            return lang.pick("Evidence: ", "证据：") + EvidenceText.line(item, lang)
        case .followUpFailed(let note, let next):
            let again = next.map { lang.pick("; next attempt \(time($0))", "；下次尝试 \(time($0))") } ?? ""
            return lang.pick("Follow-up call failed", "回访未联系上") + (note.isEmpty ? "" : lang.pick(": ", "：") + note) + again
        case .closed(let score, let comment):
            let tail = comment.isEmpty ? "" : " — \(comment)"
            if let score { return lang.pick("Closed, satisfaction \(score)/5\(tail)", "已结案，满意度 \(score)/5\(tail)") }
            if petDied { return lang.pick("Closed without a score: the pet died\(tail)", "宠物离世，未请主人评分，已结案\(tail)") }
            return lang.pick("Closed after repeated failed contact\(tail)", "多次联系未果，已结案\(tail)")
        case .reopened(let reason):
            return lang.pick("Reopened: \(reason)", "重新打开：\(reason)")
        case .mediationStarted(let reason):
            return lang.pick("Sent to mediation: \(reason)", "转第三方调解：\(reason)")
        case .mediationEnded(let outcome):
            return lang.pick("Back from mediation: \(outcome)", "调解结束：\(outcome)")
        case .mediationReferred(let referral):
            let parts = [lang.pick("Sent to mediation, \(referral.party.english)", "转第三方调解：\(referral.party.chinese)")]
                + mediationParts(reference: referral.reference, next: referral.next, sent: referral.sent, lang, time)
            return parts.joined(separator: lang.pick("; ", "；")) + lang.pick(": ", "。原因：") + referral.reason
        case .mediationUpdated(let update):
            let parts = mediationParts(reference: update.reference, next: update.next, sent: update.sent, lang, time)
                + (update.note.isEmpty ? [] : [update.note])
            return lang.pick("Mediation: ", "调解进展：") + parts.joined(separator: lang.pick("; ", "；"))
        case .gradeChanged(let from, let to, let reason):
            return lang.pick("Grade \(from.english) → \(to.english): \(reason)",
                             "等级 \(from.chinese) → \(to.chinese)：\(reason)")
        case .noteAdded(let text):
            return lang.pick("Note: \(text)", "备注：\(text)")
        case .contactRevealed:
            return lang.pick("Viewed the customer's full contact", "查看了客户完整联系方式")
        case .related(let other):
            return lang.pick("Related to \(other)", "关联工单 \(other)")
        case .angerSet(let level):
            return lang.pick("Customer's mood: \(level.english)", "客户情绪：\(level.chinese)")
        case .harmSet(let harm):
            return lang.pick("Harm to the pet: \(harm.english)", "宠物受损情况：\(harm.chinese)")
        case .clockBreached(let clock, let due):
            return lang.pick("Clock ran out: \(clock.english), due \(time(due))", "超时：\(clock.chinese)，应于 \(time(due)) 前完成")
        case .triageSuggested(let record):
            let values = [record.grade.name(lang), record.harm.name(lang), record.cause?.name(lang), record.anger.name(lang)].compactMap { $0 }
            let words = record.words.isEmpty ? "" : lang.pick(" (from: \(record.words.joined(separator: ", ")))", "（依据：\(record.words.joined(separator: "、"))）")
            return lang.pick("Suggested at intake: ", "受理时的建议：") + values.joined(separator: lang.pick(", ", "，")) + words
        case .scriptSaid(let id, let covers):
            let ticked = covers.isEmpty ? "" : lang.pick(" (covers: \(covers.map(\.english).joined(separator: ", ")))",
                                                        "（涵盖：\(covers.map(\.chinese).joined(separator: "、"))）")
            return lang.pick("Said script \(id)\(ticked)", "已使用话术 \(id)\(ticked)")
        case .checklistWaived(let stage, let items):
            return lang.pick("Left \(stage.english) without: \(items.map(\.english).joined(separator: ", "))",
                             "离开\(stage.chinese)阶段时未完成：\(items.map(\.chinese).joined(separator: "、"))")
        }
    }
}

/// The event kinds, as `TimelineText.kind` writes them, with their Chinese names: for messages
/// about a file's entries.
enum BackupEventKinds {
    static let chinese: [String: String] = [
        "received": "受理", "acknowledged": "回应客户", "assigned": "分配", "investigation_started": "开始调查",
        "assessed": "评估", "resolution_proposed": "提出处理方案", "resolution_approved": "方案审批",
        "follow_up_started": "进入回访", "follow_up_failed": "回访未联系上", "closed": "结案", "reopened": "重新打开",
        "mediation_started": "转第三方调解", "mediation_ended": "调解结束",
        "mediation_referred": "转交调解方", "mediation_updated": "调解进展", "grade_changed": "调整等级",
        "note_added": "备注", "contact_revealed": "查看联系方式", "related": "关联工单", "anger_set": "客户情绪",
        "script_said": "使用话术", "checklist_waived": "未完成必说事项", "resolution_rejected": "驳回方案",
        "harm_set": "宠物受损情况", "triage_suggested": "受理建议", "clock_breached": "超时", "clock_paused": "暂停计时",
        "clock_resumed": "恢复计时", "routed": "即时派送", "escalated": "超时预警",
        "remedies_proposed": "提出处理方案", "promise_kept": "承诺已兑现", "follow_up_scheduled": "安排回访",
        "follow_up_reached": "回访已联系上", "low_score_accepted": "低分仍结案", "evidence_added": "添加证据",
    ]

    static let identifiers = chinese.keys.sorted().joined(separator: ", ")
}
