import Foundation
import TendCore

/// How far back the statistics view looks: the period selector (`[` and `]`).
public enum StatsSpan: String, Sendable, CaseIterable {
    case thisWeek, lastWeek, fourWeeks, quarter, year

    public func name(_ lang: Language) -> String {
        switch self {
        case .thisWeek: lang.pick("this week", "本周")
        case .lastWeek: lang.pick("last week", "上周")
        case .fourWeeks: lang.pick("last 4 weeks", "近 4 周")
        case .quarter: lang.pick("last 13 weeks", "近 13 周")
        case .year: lang.pick("last 52 weeks", "近 52 周")
        }
    }

    public func period(now: Date, zone: TimeZone) -> StatsPeriod {
        switch self {
        case .thisWeek: StatsPeriod.lastWeeks(1, endingAt: now, zone: zone)
        case .lastWeek: StatsPeriod.isoWeek(StatsPeriod.isoWeekName(of: now.addingTimeInterval(-7 * 86400), zone: zone), zone: zone)!
        case .fourWeeks: StatsPeriod.lastWeeks(4, endingAt: now, zone: zone)
        case .quarter: StatsPeriod.lastWeeks(13, endingAt: now, zone: zone)
        case .year: StatsPeriod.lastWeeks(52, endingAt: now, zone: zone)
        }
    }
}

/// What the statistics asked for: the figures of a span as of an instant. Each asking has its
/// own number, so figures that come back after the span changed again are thrown away.
public struct StatsRequest: Sendable, Equatable {
    public let period: StatsPeriod
    public let asked: Int

    /// The figures and warnings, worked out (on a terminal, away from the keys).
    func run(_ desk: Desk, policy: Policy, training: [TrainingResult], now: Date) -> (DeskStatistics, [EarlyWarning]) {
        let desk = desk.digested()  // once for both, if the console has not adopted its digests yet
        return (Statistics.compute(desk, policy: policy, period: period, now: now, training: training),
                EarlyWarnings.check(desk, policy: policy, now: now))
    }
}

/// The statistics view (`S`, `:stats`): its page, span and selected row, and the figures once
/// they are worked out. The rows are the presenter's, so what is drawn and what Enter drills
/// into are the same list.
public struct StatsView: Sendable, Equatable {
    public var page: StatsPage = .overview
    public var span: StatsSpan = .fourWeeks
    public var selected = 0
    public var top = 0
    /// The request being worked on, and when it was asked (to say how long it is taking).
    public var pending: StatsRequest?
    public var askedAt: Date?
    public var stats: DeskStatistics?
    public var warnings: [EarlyWarning] = []

    public init() {}

    /// The rows of the page as drawn: each section's title (no figure) then its rows.
    public func lines(_ lang: Language, thresholds: WarningThresholds) -> [StatsLine] {
        guard let stats else { return [] }
        let presenter = StatsPresenter(stats, warnings: warnings, thresholds: thresholds, lang: lang)
        var lines: [StatsLine] = []
        for (index, section) in presenter.sections(page).enumerated() {
            if index > 0 { lines.append(.gap) }
            lines.append(.title(section.title))
            lines += section.rows.map { .row($0) }
        }
        return lines
    }
}

/// One line of the statistics view.
public enum StatsLine: Sendable, Equatable {
    case title(String)
    case row(StatsRow)
    case gap

    /// A row that can be drilled into or is at least a figure: the selection moves over these.
    var isSelectable: Bool { if case .row = self { true } else { false } }
}
