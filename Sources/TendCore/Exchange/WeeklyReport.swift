import Foundation

/// The week's figures as one printable HTML page a supervisor can send (`tend report`): the
/// statistics' pages as tables with their bars, the weeks before as charts, and the early
/// warnings — self-contained, its charts inline SVG, nothing fetched from a network.
public struct WeeklyReport {
    public let week: DeskStatistics
    /// The same figures week by week over the weeks up to this one, for the charts.
    public let trend: DeskStatistics
    public let warnings: [EarlyWarning]
    public let thresholds: WarningThresholds
    public let lang: Language
    /// The desk as named at the top (its directory or database), and who made the report.
    public let deskName: String
    public let madeBy: String
    public let madeAt: Date

    public init(week: DeskStatistics, trend: DeskStatistics, warnings: [EarlyWarning], thresholds: WarningThresholds,
                lang: Language, deskName: String, madeBy: String, madeAt: Date) {
        self.madeAt = madeAt
        self.week = week
        self.trend = trend
        self.warnings = warnings
        self.thresholds = thresholds
        self.lang = lang
        self.deskName = deskName
        self.madeBy = madeBy
    }

    public func html() -> String {
        let presenter = StatsPresenter(week, warnings: warnings, thresholds: thresholds, lang: lang)
        let weekName = week.weeks.first?.name ?? ""
        let title = lang.pick("Complaints report, week ", "投诉周报 ") + weekName
        var out = """
        <!DOCTYPE html>
        <html lang="\(lang.pick("en", "zh-CN"))"><head><meta charset="utf-8"><title>\(esc(title))</title>
        <style>
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
        h1{font-size:1.6em;margin-bottom:0}h2{font-size:1.2em;border-bottom:2px solid #2b6cb0;padding-bottom:.2em;margin-top:1.6em;page-break-after:avoid}
        h3{font-size:1em;margin:1.2em 0 .3em}
        table{border-collapse:collapse;width:100%;table-layout:fixed;margin-bottom:.6em;page-break-inside:avoid}col.label{width:42%}col.value{width:38%}col.chart{width:20%}
        td.sub{padding-left:1.4em}td,th{padding:.15em .6em .15em 0;vertical-align:middle;text-align:left}
        td.value{white-space:nowrap}td.chart{width:170px}tr.alert td{color:#b91c1c;font-weight:bold}
        .meta{color:#555}.warn{color:#b91c1c;font-weight:bold}.none{color:#2f855a}
        .charts{display:flex;flex-wrap:wrap;gap:1.5em}.charts figure{margin:0}.charts figcaption{font-size:.9em;color:#444}
        @media print{body{margin:0;max-width:none}h2{margin-top:1em}}
        </style>
        </head><body>
        <h1>\(esc(title))</h1>
        <p class="meta">\(esc(week.period.text))\(week.filter.isEmpty ? "" : " · " + esc(week.filter.text(lang))) · \(esc(deskName)) · \(esc(lang.pick("made by ", "制表人 ") + madeBy + lang.pick(" at ", "，") + TimeText.local(madeAt)))</p>

        """
        out += "<h2>\(esc(lang.pick("Early warnings", "预警")))</h2>\n"
        if warnings.isEmpty {
            out += "<p class=\"none\">\(esc(lang.pick("No figure crossed its line in the last 7 days.", "近 7 天没有数据越过警戒线。")))</p>\n"
        } else {
            out += "<ul>\n" + warnings.map { "<li class=\"warn\">\(esc($0.text(thresholds, lang)))</li>" }.joined(separator: "\n") + "\n</ul>\n"
        }
        out += "<h2>\(esc(lang.pick("The weeks before", "近几周趋势")))</h2>\n<div class=\"charts\">\n"
        out += figure(lang.pick("Complaints received", "收到投诉"), columns(trend.weeks.map { Double($0.received) }, labels: trend.weeks.map(\.name), percent: false))
        out += figure(lang.pick("Clocks met on time (%)", "按时率（%）"), columns(trend.weeks.map { $0.compliance }, labels: trend.weeks.map(\.name), percent: true))
        out += figure(lang.pick("Average satisfaction (1–5)", "平均满意度（1–5）"),
                      columns(trend.weeks.map { $0.averageScore }, labels: trend.weeks.map(\.name), percent: false, top: 5))
        out += "</div>\n"
        for page in StatsPage.ordered {
            out += "<h2>\(esc(page.name(lang)))</h2>\n"
            // The warnings are already at the top.
            for section in presenter.sections(page) where section.title != presenter.warningsSection().title {
                out += table(section)
            }
        }
        out += "<hr><p class=\"meta\"><small>\(esc(lang.pick("Counted from each ticket's timeline by Tend: a complaint by when it came in; an answer, a resolution, a score or a payment by when it was given; a clock by when it ended or ran out. Load and approvals as of when the report was made.", "由 Tend 按每张工单的时间线统计：投诉按受理时间；答复、处理、评分、补偿按发生时间；时钟按结束或超时的时间。在办与待审批为制表时的数字。")))</small></p>\n"
        return out + "</body></html>\n"
    }

    private func table(_ section: StatsSection) -> String {
        var out = "<h3>\(esc(section.title))</h3>\n<table><col class=\"label\"><col class=\"value\"><col class=\"chart\">\n"
        for row in section.rows {
            // A line of one week is no line: the charts above show the weeks.
            let chart = row.series.flatMap { $0.count > 1 ? sparkline($0) : nil } ?? row.bar.map { bar($0) } ?? ""
            let label = row.label.drop { $0 == " " }
            let cell = label.count < row.label.count ? "<td class=\"sub\">" : "<td>"
            out += "<tr\(row.alert ? " class=\"alert\"" : "")>\(cell)\(esc(String(label)))</td><td class=\"value\">\(esc(row.value))</td><td class=\"chart\">\(chart)</td></tr>\n"
        }
        return out + "</table>\n"
    }

    private func figure(_ caption: String, _ svg: String) -> String {
        "<figure>\(svg)<figcaption>\(esc(caption))</figcaption></figure>\n"
    }

    // MARK: Charts, as inline SVG

    /// A bar `share` (0…1) of 160 pixels.
    private func bar(_ share: Double) -> String {
        let width = Int((min(1, max(0, share.isFinite ? share : 0)) * 160).rounded())
        return "<svg width=\"160\" height=\"12\" role=\"img\"><rect width=\"160\" height=\"12\" fill=\"#edf2f7\"/><rect width=\"\(width)\" height=\"12\" fill=\"#2b6cb0\"/></svg>"
    }

    /// A week-by-week line from its lowest value to its highest (as the terminal's), one point a
    /// week; a week with nothing to judge leaves a gap.
    private func sparkline(_ values: [Double?]) -> String {
        let known = values.compactMap { $0 }.filter(\.isFinite)
        let low = known.min() ?? 0, span = max((known.max() ?? 0) - low, 0.000_1)
        let step = values.count > 1 ? 156.0 / Double(values.count - 1) : 0
        var paths: [String] = []
        var current: [String] = []
        for (index, value) in values.enumerated() {
            guard let value, value.isFinite else {
                if !current.isEmpty { paths.append(current.joined(separator: " ")); current = [] }
                continue
            }
            current.append(String(format: "%.1f,%.1f", 2 + step * Double(index), 16 - (value - low) / span * 14))
        }
        if !current.isEmpty { paths.append(current.joined(separator: " ")) }
        let lines = paths.map { "<polyline points=\"\($0)\" fill=\"none\" stroke=\"#2b6cb0\" stroke-width=\"1.5\"/>" }.joined()
        let dots = paths.count == 1 && !paths[0].contains(" ") ? "<circle cx=\"\(paths[0].split(separator: ",")[0])\" cy=\"\(paths[0].split(separator: ",")[1])\" r=\"2\" fill=\"#2b6cb0\"/>" : ""
        return "<svg width=\"160\" height=\"18\" role=\"img\">\(lines)\(dots)</svg>"
    }

    /// A column chart with each week's value above its column and its name below.
    private func columns(_ values: [Double?], labels: [String], percent: Bool, top: Double? = nil) -> String {
        let height = 150.0, base = 120.0, width = max(1, Double(values.count)) * 46 + 10
        let highest = top ?? max(values.compactMap { $0 }.max() ?? 0, 1)
        var svg = "<svg width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" font-size=\"10\" font-family=\"sans-serif\">"
        svg += "<line x1=\"4\" y1=\"\(base)\" x2=\"\(Int(width) - 4)\" y2=\"\(base)\" stroke=\"#999\"/>"
        for (index, value) in values.enumerated() {
            let x = 10 + Double(index) * 46
            if let value, value.isFinite {
                let tall = max(0, min(1, value / highest)) * (base - 16)
                svg += String(format: "<rect x=\"%.0f\" y=\"%.1f\" width=\"32\" height=\"%.1f\" fill=\"#2b6cb0\"/>", x, base - tall, tall)
                let text = percent ? String(Int(value.rounded())) : (value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value))
                svg += String(format: "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"middle\">", x + 16, base - tall - 3) + esc(text) + "</text>"
            } else {
                svg += String(format: "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#999\">–</text>", x + 16, base - 3)
            }
            let label = index < labels.count ? String(labels[index].suffix(3)) : ""
            svg += String(format: "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\">", x + 16, base + 14) + esc(label) + "</text>"
        }
        return svg + "</svg>"
    }

    private func esc(_ text: String) -> String { CaseReport.html(text) }
}
