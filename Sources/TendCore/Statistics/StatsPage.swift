import Foundation

/// The pages of the statistics, in the console and in a report: what a supervisor reads every
/// morning, a page a question.
public enum StatsPage: String, Sendable, Hashable, CaseIterable {
    case overview, causes, clocks, satisfaction, people

    public static let ordered = allCases

    public func name(_ lang: Language) -> String {
        switch self {
        case .overview: lang.pick("Overview", "概览")
        case .causes: lang.pick("Causes", "成因分布")
        case .clocks: lang.pick("Clocks", "时效")
        case .satisfaction: lang.pick("Satisfaction", "满意度与补偿")
        case .people: lang.pick("People", "人员")
        }
    }
}

/// A block of figures under a heading.
public struct StatsSection: Sendable, Hashable {
    public let title: String
    public internal(set) var rows: [StatsRow]
}

/// One figure as read: a label, its value in words, and what draws it — a bar (its share of the
/// section's largest, 0…1) or a weekly line (one value a week, nil for a week with nothing to
/// judge). `figure` names its tickets, for a drill-down.
public struct StatsRow: Sendable, Hashable {
    public let label: String
    public let value: String
    public internal(set) var bar: Double?
    public internal(set) var series: [Double?]?
    public let figure: StatsFigure?
    /// A warning's row: drawn in the alert colour.
    public internal(set) var alert = false

    init(_ label: String, _ value: String, bar: Double? = nil, series: [Double?]? = nil, figure: StatsFigure? = nil, alert: Bool = false) {
        self.label = label
        self.value = value
        self.bar = bar
        self.series = series
        self.figure = figure
        self.alert = alert
    }
}
