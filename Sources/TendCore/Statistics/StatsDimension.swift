import Foundation

/// What complaints can be counted by: the `--by` of `tend stats` and the statistics view's bars.
public enum StatsDimension: String, Sendable, Hashable, CaseIterable {
    case cause, service, grade, channel, branch, harm, handler, week, month

    public static let ordered = allCases

    public func name(_ lang: Language) -> String {
        switch self {
        case .cause: lang.pick("cause", "成因")
        case .service: lang.pick("service line", "服务线")
        case .grade: lang.pick("grade", "等级")
        case .channel: lang.pick("channel", "渠道")
        case .branch: lang.pick("branch", "门店")
        case .harm: lang.pick("harm to the pet", "宠物伤害")
        case .handler: lang.pick("handler", "处理人")
        case .week: lang.pick("week", "周")
        case .month: lang.pick("month", "月")
        }
    }

    /// The key a ticket is counted under: the word's identifier, the branch or login as written
    /// ("" for none), "2026-W47", "2026-11".
    func key(of digest: UnsafePointer<StatsDigest>, names: StatsNames, zone: TimeZone) -> String {
        let cause = Int(digest.pointee.cause)
        return switch self {
        case .cause: cause < Cause.ordered.count ? Cause.ordered[cause].rawValue : ""
        case .service: ServiceLine.ordered[Int(digest.pointee.service)].rawValue
        case .grade: Grade.ordered[Int(digest.pointee.grade)].rawValue
        case .channel: Channel.ordered[Int(digest.pointee.channel)].rawValue
        case .branch: names.branches.names[Int(digest.pointee.branch)]
        case .harm: Harm.ordered[Int(digest.pointee.harm)].rawValue
        case .handler: names.assigneeName(digest.pointee.assignee)
        case .week: StatsPeriod.isoWeekName(of: Date(timeIntervalSince1970: digest.pointee.received), zone: zone)
        case .month: Self.monthName(of: Date(timeIntervalSince1970: digest.pointee.received), zone: zone)
        }
    }

    /// A key as a reader sees it: the word in `lang`, or "(none)" for an empty one.
    public func label(_ key: String, _ lang: Language) -> String {
        let none = lang.pick("(none)", "（无）")
        switch self {
        case .cause: return key.isEmpty ? lang.pick("(not assessed)", "（未评估）") : Cause(rawValue: key)?.name(lang) ?? key
        case .service: return ServiceLine(rawValue: key)?.name(lang) ?? key
        case .grade: return Grade(rawValue: key)?.name(lang) ?? key
        case .channel: return Channel(rawValue: key)?.name(lang) ?? key
        case .harm: return Harm(rawValue: key)?.name(lang) ?? key
        case .branch, .handler: return key.isEmpty ? none : key
        case .week, .month: return key
        }
    }

    static func monthName(of instant: Date, zone: TimeZone) -> String {
        let day = StatsPeriod.civil(ofDay: LocalTime(instant, zone).day)
        return String(format: "%04d-%02d", day.year, day.month)
    }

    /// Every key the dimension has in a period, in reading order, even those with no complaint
    /// (a week with none is a zero on the chart, not a gap); nil where only the desk says.
    func allKeys(in period: StatsPeriod) -> [String]? {
        switch self {
        case .cause: Cause.ordered.map(\.rawValue)
        case .service: ServiceLine.ordered.map(\.rawValue)
        case .grade: Grade.ordered.map(\.rawValue)
        case .channel: Channel.ordered.map(\.rawValue)
        case .harm: Harm.ordered.map(\.rawValue)
        case .week: period.weekStarts.map { StatsPeriod.isoWeekName(of: LocalTime.start(ofDay: $0 + 3, period.zone), zone: period.zone) }
        case .month: period.monthStarts.map { StatsDimension.monthName(of: LocalTime.start(ofDay: $0 + 1, period.zone), zone: period.zone) }
        case .branch, .handler: nil
        }
    }

    /// Whether the keys read in time order (weeks, months) rather than by count.
    public var isTime: Bool { self == .week || self == .month }
}
