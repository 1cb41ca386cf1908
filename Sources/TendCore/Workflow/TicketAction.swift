import Foundation

/// Everything a member of staff can do to a ticket, as a value: the one vocabulary behind the
/// console's keys, its `:` line and the command line's subcommands. The workflow decides whether
/// it may happen and which events it makes; every front end says the same when it has.
public enum TicketAction: Sendable, Equatable {
    /// A new complaint, with what was judged beside it (harm, mood, the suggestion shown): the
    /// only action without a ticket yet.
    case receive(Intake, IntakeJudgement)
    case take
    case assign(to: String)
    case advance(AdvanceFields)
    case grade(Grade, reason: String)
    case note(String)
    /// A supervisor's decision on a waiting resolution; a rejection says why.
    case approve(comment: String)
    case reject(comment: String)
    case reopen(reason: String)
    case mediate(MediationReferral)
    /// News in a mediation under way: a reference, a next date, what was sent, a note.
    case mediation(MediationUpdate)
    /// A follow-up call that did not get through; `next`: when to try again (nil: the policy's).
    case followUpFailed(note: String, next: Date? = nil)
    /// A remedy's promise ticked done (`number` counts from 1; nil when only one is open).
    case keep(number: Int?, note: String)
    case evidence(Evidence)
    case relate(to: TicketID)
    case anger(Anger)
    case reveal
    case said(Script)
    case pause(PauseReason)
    case resume
    /// Records the rungs of the escalation ladder reached since `since` that tell this person.
    case escalate(since: Date)

    /// The actions' names: a subcommand (`tend take`), a `:` word (`:take`), a key's help line.
    public enum Name: String, Sendable, CaseIterable {
        case add, take, assign, advance, grade, note, approve, reject, reopen, mediate, mediation
        case followUpFailed = "follow-up"
        case relate, anger, reveal, said, pause, resume, escalate
        case keep = "kept"
        case evidence

        /// What it does, in a few words: help lines, completion and the hint row.
        public var summary: Bilingual {
            switch self {
            case .add: Bilingual("new complaint", "新建投诉")
            case .take: Bilingual("take the ticket", "接单")
            case .assign: Bilingual("assign or reassign", "指派或改派")
            case .advance: Bilingual("advance one stage", "推进到下一阶段")
            case .grade: Bilingual("change the grade, with a reason", "改等级（需说明原因）")
            case .note: Bilingual("add a note", "添加备注")
            case .approve: Bilingual("approve compensation", "批准补偿")
            case .reject: Bilingual("reject compensation, saying why", "驳回补偿（需说明理由）")
            case .reopen: Bilingual("reopen", "重开")
            case .mediate: Bilingual("hand to mediation", "转第三方调解")
            case .mediation: Bilingual("record news of a mediation", "记录调解进展")
            case .followUpFailed: Bilingual("log a follow-up call that did not get through", "记录未接通的回访")
            case .relate: Bilingual("link a related ticket", "关联工单")
            case .anger: Bilingual("customer's mood", "客户情绪")
            case .reveal: Bilingual("reveal the contact (logged)", "查看完整联系方式（留痕）")
            case .said: Bilingual("mark a script as said", "标记话术为已说")
            case .pause: Bilingual("pause the clocks, saying what we wait for", "暂停计时（说明在等什么）")
            case .resume: Bilingual("start the clocks again", "恢复计时")
            case .escalate: Bilingual("record the clock warnings due", "记录到期的超时预警")
            case .keep: Bilingual("tick a promised remedy done", "标记承诺的补偿已兑现")
            case .evidence: Bilingual("keep evidence with the case (a file: tend evidence add)", "为案件添加证据（文件请在命令行添加）")
            }
        }
    }

    public var name: Name {
        switch self {
        case .receive: .add
        case .take: .take
        case .assign: .assign
        case .advance: .advance
        case .grade: .grade
        case .note: .note
        case .approve: .approve
        case .reject: .reject
        case .reopen: .reopen
        case .mediate: .mediate
        case .mediation: .mediation
        case .followUpFailed: .followUpFailed
        case .relate: .relate
        case .anger: .anger
        case .reveal: .reveal
        case .said: .said
        case .pause: .pause
        case .resume: .resume
        case .escalate: .escalate
        case .keep: .keep
        case .evidence: .evidence
        }
    }

    /// The events the workflow makes of this action on this ticket, or its refusal. `ticket` is
    /// nil only for `receive`.
    public func events(_ workflow: Workflow, _ ticket: Ticket?) throws -> [TicketEvent] {
        if case .receive(let intake, let judgement) = self { return try workflow.receive(intake, judgement) }
        // A ticket that is not on the desk (a draft kept for one a torn record left out) is refused.
        guard let ticket else { throw StoreError.noSuchTicket("") }
        // A late action first records that it is late (see `Workflow.breachesDue`).
        let events: [TicketEvent] = switch self {
        case .receive: []
        case .take: try workflow.assign(ticket, to: workflow.actor.login)
        case .assign(let login): try workflow.assign(ticket, to: login)
        case .advance(let fields): try workflow.advance(ticket, fields)
        case .grade(let grade, let reason): try workflow.changeGrade(ticket, to: grade, reason: reason)
        case .note(let text): try workflow.addNote(ticket, text: text)
        case .approve(let comment): try workflow.approve(ticket, comment: comment)
        case .reject(let comment): try workflow.reject(ticket, comment: comment)
        case .reopen(let reason): try workflow.reopen(ticket, reason: reason)
        case .mediate(let referral): try workflow.startMediation(ticket, referral)
        case .mediation(let update): try workflow.updateMediation(ticket, update)
        case .followUpFailed(let note, let next): try workflow.recordFailedFollowUp(ticket, note: note, next: next)
        case .keep(let number, let note): try workflow.keepPromise(ticket, number: number, note: note)
        case .evidence(let item): try workflow.addEvidence(ticket, item)
        case .relate(let other): try workflow.relate(ticket, to: other)
        case .anger(let level): try workflow.setAnger(ticket, to: level)
        case .reveal: try workflow.revealContact(ticket)
        case .said(let script): try workflow.markSaid(ticket, script: script)
        case .pause(let reason): try workflow.pause(ticket, reason: reason)
        case .resume: try workflow.resume(ticket)
        case .escalate(let since): try workflow.escalations(ticket, since: since)
        }
        return events.isEmpty ? [] : workflow.breachesDue(ticket) + events
    }

    /// What was done, in one sentence, once the core has recorded it: the same words on the
    /// command line and in the console's status row.
    public func outcome(before: Ticket?, after: Ticket, policy: Policy, lang: Language, terms: FrontEndTerms) -> String {
        let id = after.id
        switch self {
        case .receive: return lang.pick("\(id) taken in.", "\(id) 已受理。")
        case .take: return lang.pick("\(id) is yours.", "\(id) 已由您负责。")
        case .assign(let login): return lang.pick("\(id) assigned to \(login).", "\(id) 已分配给 \(login)。")
        case .advance:
            let from = before?.stage ?? after.stage
            if from == after.stage, let pending = after.resolution, pending.approval == .pending, let money = pending.amount {
                let granted = after.grantedTotal > 0 ? Money(minorUnits: after.grantedTotal, currency: money.currency) : nil
                let ceiling = Money(minorUnits: policy.member(pending.proposedBy).map(policy.ceiling(for:)) ?? 0, currency: money.currency)
                return lang.pick("\(id): resolution recorded. ", "\(id)：处理方案已记录。")
                    + WorkflowError.awaitingApproval(amount: money, ceiling: ceiling, granted: granted).message(lang, terms: terms)
            }
            if from == .followUp, after.stage == .followUp, let recorded = after.recordedScore {
                let waits: String
                if let next = after.calls.first {
                    waits = lang.pick("the next call is due \(TimeText.local(next))", "下次回访 \(TimeText.local(next))")
                } else if !after.openPromises.isEmpty {
                    waits = lang.pick("it can be closed once the promises are kept", "承诺兑现后即可结案")
                } else {
                    waits = lang.pick("a supervisor closes it", "待主管结案")
                }
                return lang.pick("\(id): score \(recorded.score)/5 recorded; \(waits).", "\(id)：已记录满意度 \(recorded.score)/5；\(waits)。")
            }
            return lang.pick("\(id): \(from.english) → \(after.stage.english)", "\(id)：\(from.chinese) → \(after.stage.chinese)")
        case .grade: return lang.pick("\(id) is now \(after.grade.english).", "\(id) 已改为\(after.grade.chinese)投诉。")
        case .note: return lang.pick("Note added to \(id).", "已为 \(id) 添加备注。")
        case .approve:
            return lang.pick("Resolution on \(id) approved; it can now advance to follow-up.", "\(id) 的处理方案已批准，可进入回访。")
        case .reject:
            let by = after.resolution?.proposedBy ?? ""
            return lang.pick("Resolution on \(id) rejected; \(by) is told and proposes another.", "\(id) 的处理方案已驳回；已告知 \(by) 另提方案。")
        case .reopen: return lang.pick("\(id) reopened: investigating.", "\(id) 已重新打开，回到调查评估。")
        case .mediate:
            let outcome = terms.entry(.outcome, lang)
            let party = after.openMediation?.party.map { lang.pick(" (\($0.english))", "（\($0.chinese)）") } ?? ""
            let paused = after.runningPause?.reason == .mediator
                ? lang.pick(" The clocks wait for the mediator.", "计时已暂停，等待调解方。") : ""
            return lang.pick("\(id) is in mediation\(party).\(paused) Advance it with \(outcome) when it returns.",
                             "\(id) 已转第三方调解\(party)。\(paused)有结果后推进并填写 \(outcome)。")
        case .mediation:
            let next = after.openMediation?.next.map { lang.pick("; next \(TimeText.local($0))", "；下次 \(TimeText.local($0))") } ?? ""
            return lang.pick("\(id): mediation news recorded\(next).", "\(id)：已记录调解进展\(next)。")
        case .followUpFailed:
            if after.stage == .closed {
                return lang.pick("\(id): no answer after \(policy.followUpAttempts) attempts; closed as unreachable.",
                                 "\(id)：\(policy.followUpAttempts) 次均未接通，已按联系不上结案。")
            }
            if let next = after.nextCall {
                return lang.pick("\(id): call failed (\(after.failedFollowUps) of \(policy.followUpAttempts)); next attempt \(TimeText.local(next)).",
                                 "\(id)：回访未接通（第 \(after.failedFollowUps)/\(policy.followUpAttempts) 次）；下次尝试 \(TimeText.local(next))。")
            }
            return lang.pick("\(id): \(after.failedFollowUps) failed calls; a supervisor closes it as unreachable.",
                             "\(id)：已回访失败 \(after.failedFollowUps) 次；由主管按联系不上结案。")
        case .keep:
            let kept = after.promises.indices.first { !(before?.promises.indices.contains($0) == true && before!.promises[$0].isKept) && after.promises[$0].isKept }
            let text = kept.map { after.promises[$0].remedy.text(lang) } ?? ""
            // The last promise kept on a case whose score is in: say it can close now.
            let closable = after.stage == .followUp && after.openPromises.isEmpty && after.calls.isEmpty && after.recordedScore != nil
            let then = closable ? lang.pick(" It can be closed now.", "现在可以结案。") : ""
            return lang.pick("\(id): promise done — \(text).\(then)", "\(id)：承诺已兑现——\(text)。\(then)")
        case .evidence:
            let item = after.evidence.last.map { EvidenceText.line($0, lang) } ?? ""
            return lang.pick("\(id): evidence kept — \(item).", "\(id)：已添加证据——\(item)。")
        case .relate(let other): return lang.pick("\(id) is related to \(other).", "\(id) 已关联 \(other)。")
        case .anger: return lang.pick("\(id): customer's mood is \(after.anger.english).", "\(id)：客户情绪为\(after.anger.chinese)。")
        case .reveal: return lang.pick("Contact shown; this was logged in the timeline.", "已显示联系方式，并记录在处理记录中。")
        case .pause(let reason):
            return lang.pick("\(id): clocks paused, \(reason.english).", "\(id)：已暂停计时（\(reason.chinese)）。")
        case .resume:
            return lang.pick("\(id): clocks running again.", "\(id)：已恢复计时。")
        case .escalate:
            let steps = after.escalations.suffix(after.escalations.count - (before?.escalations.count ?? 0))
            return steps.map { EscalationText.warning($0, id: id, lang) }.joined(separator: " ")
        case .said(let script):
            let title = script.title.text(lang)
            return lang.pick("\(id): marked “\(title)” as said.", "\(id)：已将“\(title)”标记为已说。")
        }
    }
}
