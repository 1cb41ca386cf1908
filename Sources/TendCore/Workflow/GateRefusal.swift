import Foundation

/// A gate's refusal, typed: which field, and what is wrong with it. Each front end words it in
/// its own terms (`FrontEndTerms`): the command line names its flag, the console the form's field.
public struct GateRefusal: Error, Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        case missing
        /// A promised time that has already passed.
        case inPast
        /// A number outside the field's range.
        case outOfRange(Int)
        /// A reason, needed because the grade changes.
        case neededForGradeChange
        /// A reason, needed because the promise is further off than the grade's answer time.
        case neededForLongPromise(answer: TimeInterval)
        /// An amount, needed by this kind of resolution.
        case neededFor(ResolutionKind)
        /// A resolution kind, needed because an amount was given.
        case neededWithAmount
        case wrongCurrency(expected: String)
        /// Closing unreachable before enough calls have failed.
        case notEnoughAttempts(made: Int, needed: Int)
        /// Given together with the field it stands instead of.
        case notWith(GateField)
        /// The recorded resolution was turned down by a supervisor: another must be proposed.
        case rejected(by: String, comment: String)
        /// A score this low needs a reason to close, or to be passed to a supervisor.
        case neededForLowScore(Int)
        /// A follow-up call is still scheduled: the case cannot close before it.
        case callStillDue(Date)
    }

    public let field: GateField
    public let problem: Problem

    public init(_ field: GateField, _ problem: Problem) {
        self.field = field
        self.problem = problem
    }

    public func message(_ lang: Language, terms: FrontEndTerms) -> String {
        let entry = terms.entry(field, lang)
        switch (field, problem) {
        case (.eta, .missing):
            return lang.pick("To acknowledge, give the customer a promised answer time: \(entry).",
                             "回应客户时必须承诺答复时间：\(entry)。")
        case (.remedy, .inPast), (.calls, .inPast):
            return lang.pick("That time has already passed; give one still to come: \(entry).", "该时间已经过去，请给出一个将来的时间：\(entry)。")
        case (_, .inPast):
            return lang.pick("The promised answer time is in the past; promise a time still to come.",
                             "承诺的答复时间已经过去，请给出一个将来的时间。")
        case (.assignee, _):
            let take = terms.action(.take, lang)
            return lang.pick("An investigation needs an assignee: take the ticket (\(take)) or name one: \(entry).",
                             "调查评估前必须指定负责人：先接单（\(take)），或指定负责人：\(entry)。")
        case (.cause, _):
            return lang.pick("Confirm the cause category: \(entry).", "请确认投诉成因：\(entry)。")
        case (.findings, _):
            return lang.pick("Record what the investigation found: \(entry).", "请记录调查结论：\(entry)。")
        case (.etaReason, .neededForLongPromise(let answer)):
            let limit = DurationText.format(answer, lang)
            return lang.pick("That promise is further off than this grade's answer time (\(limit)): say why the customer must wait that long: \(entry).",
                             "承诺时间超出了该等级的答复时限（\(limit)）：请说明为什么要让客户等这么久：\(entry)。")
        case (.reason, _), (.etaReason, _):
            return lang.pick("Changing the grade needs a reason: \(entry).", "变更投诉等级必须说明原因：\(entry)。")
        case (.resolution, .rejected(let by, let comment)):
            let details = terms.entry(.details, lang)
            return lang.pick("\(by) rejected the resolution (“\(comment)”): propose another, with \(entry) and \(details).",
                             "\(by) 驳回了处理方案（“\(comment)”）：请另提方案，填写\(entry)和\(details)。")
        case (.resolution, .neededWithAmount):
            return lang.pick("An amount needs a resolution kind: \(entry).", "填写金额时必须同时指定处理方案类型：\(entry)。")
        case (.resolution, _):
            let details = terms.entry(.details, lang), amount = terms.entry(.amount, lang)
            return lang.pick("Record the resolution first: \(entry) and \(details) (and \(amount) for money).",
                             "请先记录处理方案：\(entry) 和 \(details)（涉及金额时加 \(amount)）。")
        case (.amount, .neededFor(let kind)):
            return lang.pick("A \(kind.english) needs an amount: \(entry).", "\(kind.chinese)必须填写金额：\(entry)。")
        case (_, .wrongCurrency(let expected)):
            return lang.pick("Amounts on this desk are in \(expected).", "本工作台的金额币种为 \(expected)。")
        case (.details, _):
            return lang.pick("Describe the resolution for the customer: \(entry).", "请写明给客户的处理方案：\(entry)。")
        case (_, .notWith(let other)):
            let both = terms.entry(other, lang)
            return lang.pick("Give either \(both) or \(entry), not both.", "\(both)和\(entry)只能二选一。")
        case (_, .outOfRange(let value)):
            let range = field.range ?? 1...5
            return lang.pick("Satisfaction is scored \(range.lowerBound) to \(range.upperBound), not \(value).",
                             "满意度评分为 \(range.lowerBound) 到 \(range.upperBound)，不能是 \(value)。")
        case (_, .notEnoughAttempts(let made, let needed)):
            let failed = terms.action(.followUpFailed, lang)
            return lang.pick("Closing without a score needs \(needed) failed follow-up calls; \(made) recorded (\(failed)).",
                             "未获评分结案需要 \(needed) 次回访失败记录，目前只有 \(made) 次（\(failed)）。")
        // Before the score's own words: a recorded score waits for the call still due.
        case (_, .callStillDue(let next)):
            let failed = terms.action(.followUpFailed, lang)
            return lang.pick("A follow-up call is still due at \(TimeText.local(next)): make it and record the score, or record it failed (\(failed)).",
                             "还有一次回访定于 \(TimeText.local(next))：请回访并记录满意度，或记录未接通（\(failed)）。")
        case (.score, _), (.unreachable, _), (.comment, _):
            let unreachable = terms.entry(.unreachable, lang)
            return lang.pick("To close, record the customer's satisfaction: \(terms.entry(.score, lang)); or \(unreachable) after repeated failed calls.",
                             "结案需要记录客户满意度：\(terms.entry(.score, lang))；多次联系不上时选\(unreachable)。")
        case (_, .neededForLowScore(let score)):
            let escalate = terms.entry(.escalate, lang), reopen = terms.action(.reopen, lang)
            return lang.pick("A score of \(score) means the customer is still unhappy: reopen (\(reopen)), pass it to a supervisor (\(escalate)), or close anyway saying why: \(entry).",
                             "满意度 \(score) 分说明客户仍不满意：请重新打开（\(reopen)）、转主管处理（\(escalate)），或说明原因后结案：\(entry)。")
        case (.remedy, .neededFor(let kind)):
            return lang.pick("A \(kind.english) needs an amount: \(entry).", "\(kind.chinese)必须填写金额：\(entry)。")
        case (.outcome, _):
            return lang.pick("Record the mediation outcome: \(entry).", "请记录调解结果：\(entry)。")
        case (.lowScoreReason, _), (.escalate, _):
            return lang.pick("Say why the case closes with a low score: \(entry).", "请说明低分仍结案的原因：\(entry)。")
        case (.eta, _), (.grade, _), (.amount, _), (.remedy, _), (.calls, _):
            return lang.pick("Check \(entry).", "请检查\(entry)。")
        }
    }
}
