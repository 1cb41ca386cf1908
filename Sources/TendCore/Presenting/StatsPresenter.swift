import Foundation

/// Words the figures of a `DeskStatistics` page by page, for the console's view, `tend stats` and
/// the weekly report alike: each figure with what it is counted out of.
public struct StatsPresenter {
    public let stats: DeskStatistics
    public let warnings: [EarlyWarning]
    public let thresholds: WarningThresholds
    public let lang: Language

    public init(_ stats: DeskStatistics, warnings: [EarlyWarning] = [], thresholds: WarningThresholds = WarningThresholds(), lang: Language) {
        self.stats = stats
        self.warnings = warnings
        self.thresholds = thresholds
        self.lang = lang
    }

    public func sections(_ page: StatsPage) -> [StatsSection] {
        switch page {
        case .overview: overview()
        case .causes: causes()
        case .clocks: clocks()
        case .satisfaction: satisfaction()
        case .people: people()
        }
    }

    /// The counts by one dimension as a section of bars.
    public func counts(_ dimension: StatsDimension) -> StatsSection {
        let buckets = stats.count(by: dimension)
        let largest = max(1, buckets.map(\.count).max() ?? 0)
        return StatsSection(title: lang.pick("Complaints by ", "按") + dimension.name(lang) + lang.pick("", "统计投诉"),
                            rows: buckets.map { bucket in
                                StatsRow(dimension.label(bucket.key, lang), share(bucket.count, of: stats.received),
                                         bar: Double(bucket.count) / Double(largest), figure: .bucket(dimension, bucket.key))
                            })
    }

    // MARK: Pages

    private func overview() -> [StatsSection] {
        var rows: [StatsRow] = [
            StatsRow(lang.pick("Complaints received", "收到投诉"), "\(stats.received)",
                     series: stats.weeks.map { Double($0.received) }, figure: .received),
            StatsRow(lang.pick("Repeat complaints", "重复投诉"), share(stats.repeats, of: stats.received), figure: .repeatComplaint),
            StatsRow(lang.pick("Resolved", "已处理完成"), "\(stats.resolved)", figure: .resolved),
            StatsRow(lang.pick("  at first contact", "  首次接触解决"), share(stats.firstContact, of: stats.resolved), figure: .firstContact),
            StatsRow(lang.pick("  reopened since", "  此后重开"), share(stats.reopened, of: stats.resolved), figure: .reopened),
            StatsRow(lang.pick("Time to first answer", "首次答复用时"), times(stats.answerTimes), figure: .answered),
            StatsRow(lang.pick("Time to resolve", "处理完成用时"), times(stats.resolveTimes), figure: .resolved),
        ]
        for clock in stats.clocks where clock.ended > 0 {
            rows.append(StatsRow(lang.pick("On time: ", "按时：") + clock.clock.name(lang), share(clock.met, of: clock.ended),
                                 bar: clock.compliance.map { $0 / 100 }, figure: .clock(clock.clock, met: false),
                                 alert: isWarned(.clock(clock.clock, met: false))))
        }
        rows.append(StatsRow(lang.pick("Satisfaction", "满意度"), average(stats.satisfaction.all),
                             series: stats.weeks.map(\.averageScore), figure: .closed, alert: isWarned(.closed)))
        rows.append(StatsRow(lang.pick("Unreachable at follow-up", "回访联系不上"),
                             share(stats.satisfaction.unreachable, of: stats.satisfaction.closed), figure: .unreachable))
        rows.append(StatsRow(lang.pick("Compensation paid", "补偿金额"), money(stats.compensation.total)
                             + lang.pick(" in \(stats.compensation.resolutions) resolutions", "（\(stats.compensation.resolutions) 个方案）"),
                             figure: .compensation(nil)))
        rows.append(StatsRow(lang.pick("Waiting for approval", "待审批"), approvalsText(), figure: .awaitingApproval))
        // Warnings crossed come first: they are why a supervisor opens the page.
        let period = StatsSection(title: lang.pick("The period", "本期"), rows: rows)
        return warnings.isEmpty ? [period, warningsSection()] : [warningsSection(), period]
    }

    /// The early warnings, or a line saying there are none.
    public func warningsSection() -> StatsSection {
        let title = lang.pick("Early warnings (last 7 days)", "预警（近 7 天）")
        guard !warnings.isEmpty else {
            return StatsSection(title: title, rows: [StatsRow(lang.pick("None crossed", "无"), "")])
        }
        return StatsSection(title: title, rows: warnings.map {
            StatsRow("⚠ " + $0.text(thresholds, lang), "", figure: $0.figure, alert: true)
        })
    }

    private func causes() -> [StatsSection] {
        [counts(.cause), counts(.service), counts(.grade), counts(.channel), counts(.harm), counts(.branch), weekly(), counts(.month)]
    }

    private func weekly() -> StatsSection {
        var section = counts(.week)
        section.rows = section.rows.map { row in
            var row = row
            row.bar = row.bar ?? 0
            return row
        }
        return StatsSection(title: lang.pick("Complaints by week", "按周统计投诉"), rows: section.rows)
    }

    private func clocks() -> [StatsSection] {
        var rows: [StatsRow] = []
        for clock in stats.clocks {
            rows.append(StatsRow(clock.clock.name(lang), clock.ended == 0 ? lang.pick("none ended", "无") : share(clock.met, of: clock.ended)
                                    + (clock.clock == .remedy
                                        // Counted by promise: one ticket may have promised two remedies.
                                        ? lang.pick(" on time, \(clock.breached) promises late", " 按时，\(clock.breached) 项承诺超时")
                                        : lang.pick(" on time, \(clock.breached) late", " 按时，\(clock.breached) 次超时")),
                                 bar: clock.compliance.map { $0 / 100 }, figure: .clock(clock.clock, met: false),
                                 alert: isWarned(.clock(clock.clock, met: false))))
        }
        rows.append(StatsRow(lang.pick("On time, week by week", "每周按时率"), "",
                             series: stats.weeks.map { $0.compliance.map { $0 / 100 } }))
        let times = StatsSection(title: lang.pick("How long it took", "用时"), rows: [
            StatsRow(lang.pick("First answer", "首次答复"), self.times(stats.answerTimes), figure: .answered),
            StatsRow(lang.pick("Resolution", "处理完成"), self.times(stats.resolveTimes), figure: .resolved),
        ])
        let shown = stats.breaches.prefix(12)
        var breachRows = shown.map { breach in
            StatsRow(breach.ticket.description + " " + breach.clock.name(lang),
                     lang.pick("due ", "应于 ") + TimeText.local(breach.due) + (breach.open ? lang.pick(" (open)", "（未结）") : ""),
                     figure: .clock(breach.clock, met: false))
        }
        if stats.breaches.count > shown.count {
            breachRows.append(StatsRow(lang.pick("… and \(stats.breaches.count - shown.count) more", "……另有 \(stats.breaches.count - shown.count) 条"), ""))
        }
        if breachRows.isEmpty { breachRows = [StatsRow(lang.pick("None", "无"), "")] }
        return [StatsSection(title: lang.pick("Each clock, met on time", "各时钟按时率"), rows: rows), times,
                StatsSection(title: lang.pick("Breaches, latest first", "超时记录（最近在前）"), rows: breachRows)]
    }

    private func satisfaction() -> [StatsSection] {
        let scores = stats.satisfaction
        let largest = max(1, scores.distribution.max() ?? 0)
        var distribution = (1...5).reversed().map { score in
            StatsRow(lang.pick("Score \(score)", "\(score) 分"), share(scores.distribution[score - 1], of: scores.all.count),
                     bar: Double(scores.distribution[score - 1]) / Double(largest), figure: .score(score))
        }
        distribution.insert(StatsRow(lang.pick("Average", "平均"), average(scores.all), figure: .closed, alert: isWarned(.closed)), at: 0)
        distribution.append(StatsRow(lang.pick("Unreachable", "联系不上"), share(scores.unreachable, of: scores.closed), figure: .unreachable))
        func tallies<Key>(_ title: String, _ tallies: [Key: ScoreTally], label: (Key) -> String, figure: (Key) -> StatsFigure?) -> StatsSection {
            let rows = tallies.sorted { ($0.value.average ?? 0, label($1.key)) > ($1.value.average ?? 0, label($0.key)) }.map { key, tally in
                StatsRow(label(key), average(tally), bar: tally.average.map { $0 / 5 }, figure: figure(key))
            }
            return StatsSection(title: title, rows: rows.isEmpty ? [StatsRow(lang.pick("No scores", "无评分"), "")] : rows)
        }
        let comp = stats.compensation
        let largestKind = max(1, comp.byKind.values.map(\.minorUnits).max() ?? 0)
        var money = comp.byKind.sorted { ($0.value.minorUnits, $1.key.rawValue) > ($1.value.minorUnits, $0.key.rawValue) }.map { kind, tally in
            StatsRow(kind.name(lang), self.money(tally.minorUnits) + lang.pick(" × \(tally.count)", "，\(tally.count) 次"),
                     bar: Double(tally.minorUnits) / Double(largestKind), figure: .compensation(kind))
        }
        money.insert(StatsRow(lang.pick("Total", "合计"), self.money(comp.total), figure: .compensation(nil)), at: 0)
        for band in AuthorityBand.allCases {
            let tally = comp.byBand[band] ?? MoneyTally()
            money.append(StatsRow(band.name(lang), lang.pick("\(tally.count) tickets, ", "\(tally.count) 单，") + self.money(tally.minorUnits),
                                  figure: .band(band)))
        }
        money.append(StatsRow(lang.pick("Waiting for approval", "待审批"), approvalsText(), figure: .awaitingApproval))
        return [
            StatsSection(title: lang.pick("Satisfaction at follow-up", "回访满意度"), rows: distribution),
            tallies(lang.pick("By handler", "按处理人"), scores.byHandler, label: { $0 }, figure: { _ in nil }),
            tallies(lang.pick("By service line", "按服务线"), scores.byService, label: { $0.name(lang) }, figure: { .bucket(.service, $0.rawValue) }),
            tallies(lang.pick("By remedy", "按补偿方式"), scores.byRemedy, label: { $0.name(lang) }, figure: { .compensation($0) }),
            StatsSection(title: lang.pick("Compensation", "补偿"), rows: money),
        ]
    }

    private func people() -> [StatsSection] {
        let largest = max(1, stats.people.map(\.open).max() ?? 0)
        let rows = stats.people.map { person in
            StatsRow(person.login, lang.pick("\(person.open) open, \(person.overdue) overdue, \(person.resolved) resolved, score ",
                                             "在办 \(person.open)，超时 \(person.overdue)，完成 \(person.resolved)，满意度 ")
                        + average(person.scores),
                     bar: Double(person.open) / Double(largest), figure: .open(person.login), alert: person.overdue > 0)
        }
        let practice = stats.training.map { trainee in
            StatsRow(trainee.login, lang.pick("\(trainee.sessions) sessions, \(trainee.correct) of \(trainee.rounds) right",
                                              "练习 \(trainee.sessions) 次，答对 \(trainee.correct)/\(trainee.rounds)")
                        + (trainee.percent.map { " (\(Int($0.rounded()))%)" } ?? ""),
                     bar: trainee.percent.map { $0 / 100 })
        }
        return [
            StatsSection(title: lang.pick("Load now, and the period's work", "当前在办与本期完成"),
                         rows: rows.isEmpty ? [StatsRow(lang.pick("Nobody", "无"), "")] : rows),
            StatsSection(title: lang.pick("Practice", "练习"),
                         rows: practice.isEmpty ? [StatsRow(lang.pick("No practice in the period", "本期无练习"), "")] : practice),
        ]
    }

    // MARK: Words

    /// "12 of 40 (30%)"; "0 of 0" where there is nothing to count.
    public func share(_ part: Int, of whole: Int) -> String {
        guard let percent = DeskStatistics.percent(part, of: whole) else { return lang.pick("0 of 0", "0/0") }
        return lang.pick("\(part) of \(whole)", "\(part)/\(whole)") + " (\(Self.percentText(percent)))"
    }

    static func percentText(_ percent: Double) -> String {
        percent == percent.rounded() ? "\(Int(percent))%" : String(format: "%.1f%%", percent)
    }

    private func average(_ tally: ScoreTally) -> String {
        guard let average = tally.average else { return lang.pick("no scores", "无评分") }
        return String(format: "%.2f", average) + lang.pick(" from \(tally.count)", "（\(tally.count) 个）")
    }

    private func times(_ figures: DurationFigures) -> String {
        guard let median = figures.median, let p90 = figures.p90 else { return lang.pick("none", "无") }
        return lang.pick("median ", "中位 ") + DurationText.format(median, lang) + lang.pick(" · 90% ≤ ", " · 90% ≤ ")
            + DurationText.format(p90, lang) + lang.pick(" (\(figures.count))", "（\(figures.count) 单）")
    }

    private func money(_ minorUnits: Int64) -> String { Money(minorUnits: minorUnits, currency: stats.currency).formatted }

    private func approvalsText() -> String {
        guard let oldest = stats.approvals.map(\.proposedAt).min() else { return "0" }
        return lang.pick("\(stats.approvals.count), the oldest ", "\(stats.approvals.count) 个，最早的已等 ")
            + DurationText.format(stats.computedAt.timeIntervalSince(oldest), lang) + lang.pick(" old", "")
    }

    private func isWarned(_ figure: StatsFigure) -> Bool { warnings.contains { $0.figure == figure } }
}
