import Foundation

extension StatsFigure {
    /// What a list of the figure's tickets is titled, where a row's own words would mislead: the
    /// row "On time: first answer" lists the late ones, a warning's row is a whole sentence.
    public func caption(_ lang: Language) -> String? {
        switch self {
        case .clock(let clock, let met): (met ? lang.pick("on time: ", "按时：") : lang.pick("late: ", "超时：")) + clock.name(lang)
        case .injuredIn(let branch):
            (branch.isEmpty ? lang.pick("(no branch)", "（未填门店）") : branch) + lang.pick(": pets injured or killed", "：宠物受伤或死亡")
        case .bucket(let dimension, let key): dimension.label(key, lang)
        default: nil
        }
    }

    /// Reads a figure as `tend stats --tickets` takes it: "received", "cause:price",
    /// "week:2026-W47", "late:answer" / "on-time:resolve", "score:2", "first-contact", "reopened",
    /// "repeat", "closed", "unreachable", "paid" / "paid:refund", "band:supervisor",
    /// "open:LOGIN", "overdue:LOGIN", "approvals", "injured:BRANCH".
    public static func parse(_ text: String) -> StatsFigure? {
        // "cause:" (nothing after the colon) is the complaints whose cause is not assessed.
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let name = parts.first?.lowercased() ?? ""
        let value = parts.count > 1 ? parts[1] : nil
        switch (name, value) {
        case ("received", nil): return .received
        case ("answered", nil): return .answered
        case ("resolved", nil): return .resolved
        case ("first-contact", nil): return .firstContact
        case ("reopened", nil): return .reopened
        case ("repeat", nil): return .repeatComplaint
        case ("closed", nil): return .closed
        case ("unreachable", nil): return .unreachable
        case ("approvals", nil): return .awaitingApproval
        case ("paid", nil): return .compensation(nil)
        case ("paid", let kind?): return ResolutionKind.parse(kind).map { .compensation($0) }
        case ("band", let band?): return AuthorityBand(rawValue: band.lowercased()).map { .band($0) }
        case ("score", let score?): return Int(score).flatMap { (1...5).contains($0) ? .score($0) : nil }
        case ("late", let clock?): return ClockKind.parse(clock).map { .clock($0, met: false) }
        case ("on-time", let clock?): return ClockKind.parse(clock).map { .clock($0, met: true) }
        case ("open", let login?): return .open(login)
        case ("overdue", let login?): return .overdue(login)
        case ("injured", let branch?): return .injuredIn(branch)
        case (let dimension, let key?):
            guard let dimension = StatsDimension(rawValue: dimension) else { return nil }
            switch dimension {
            case .cause: return key.isEmpty ? .bucket(.cause, "") : Cause.parse(key).map { .bucket(.cause, $0.rawValue) }
            case .service: return ServiceLine.parse(key).map { .bucket(.service, $0.rawValue) }
            case .grade: return Grade.parse(key).map { .bucket(.grade, $0.rawValue) }
            case .channel: return Channel.parse(key).map { .bucket(.channel, $0.rawValue) }
            case .harm: return Harm.parse(key).map { .bucket(.harm, $0.rawValue) }
            case .branch, .handler, .week, .month: return .bucket(dimension, key)
            }
        default: return nil
        }
    }

    /// The figure as `parse` reads it back.
    public var name: String {
        switch self {
        case .received: "received"
        case .bucket(let dimension, let key): "\(dimension.rawValue):\(key)"
        case .clock(let clock, let met): "\(met ? "on-time" : "late"):\(clock.rawValue)"
        case .answered: "answered"
        case .resolved: "resolved"
        case .firstContact: "first-contact"
        case .reopened: "reopened"
        case .repeatComplaint: "repeat"
        case .injuredIn(let branch): "injured:\(branch)"
        case .closed: "closed"
        case .score(let score): "score:\(score)"
        case .unreachable: "unreachable"
        case .compensation(let kind): kind.map { "paid:\($0.rawValue)" } ?? "paid"
        case .band(let band): "band:\(band.rawValue)"
        case .open(let login): "open:\(login)"
        case .overdue(let login): "overdue:\(login)"
        case .awaitingApproval: "approvals"
        }
    }

    public static let syntax = "received, answered, resolved, first-contact, reopened, repeat, closed, unreachable, approvals, "
        + "paid[:KIND], band:handler|supervisor|top, score:1-5, late:CLOCK, on-time:CLOCK, open:LOGIN, overdue:LOGIN, "
        + "injured:BRANCH, or DIMENSION:KEY (cause:price, service:grooming, week:2026-W47, month:2026-07, branch:NAME…)"
}
