import Foundation
import TendCore
import TendTerminal

/// The statistics view over the panes: the span and its dates, the pages as tabs, then the
/// page's figures — label, value, and a bar or a weekly line in block characters (`--ascii`:
/// plain ASCII) — with the selected figure marked for Enter.
enum StatsOverlay {
    static func render(_ context: RenderContext, _ view: StatsView, in area: Rect, into buffer: inout ScreenBuffer) {
        let lang = context.lang, state = context.state
        let rect = area
        buffer.fill(rect, style: Style(.normal))
        Box.draw(&buffer, rect, title: lang.pick("Statistics", "统计") + " — " + view.span.name(lang), focused: true, ascii: state.ascii)
        let inner = rect.inner
        buffer.cursor = nil
        guard inner.height >= 3, inner.width >= 20 else { return }
        // The pages as tabs, the one shown in brackets.
        var x = inner.x
        for page in StatsPage.ordered {
            let name = page == view.page ? "[\(page.name(lang))]" : " \(page.name(lang)) "
            guard x + DisplayWidth.of(name) <= inner.maxX else { break }
            x += buffer.write(name, x: x, y: inner.y, style: page == view.page ? Style(.titleFocus, bold: true) : Style(.dim))
            x += 1
        }
        let period = view.stats?.period ?? view.pending?.period
        var subtitle = period.map { $0.text } ?? ""
        if let stats = view.stats, !stats.filter.isEmpty { subtitle += " · " + stats.filter.text(lang) }
        buffer.write(fitting: subtitle, x: inner.x, y: inner.y + 1, width: inner.width, style: Style(.dim), ellipsis: context.ellipsis)
        let body = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        guard view.stats != nil else {
            // Counted away from the keys: the view says so, with how long it has taken.
            let waited = view.askedAt.map { max(0, state.now.timeIntervalSince($0)) } ?? 0
            let text = lang.pick("Counting the desk's tickets…", "正在统计工单……") + (waited >= 1 ? " \(Int(waited))s" : "")
            buffer.write(text, x: body.x, y: body.y, style: Style(.dim), limit: body.width)
            return
        }
        let lines = view.lines(lang, thresholds: state.warningLines)
        let top = QueuePane.top(selected: view.selected, previousTop: view.top, rows: body.height, count: lines.count)
        // Columns: the label, the value, the chart; the chart gives way first on a narrow screen.
        let chartWidth = body.width >= 100 ? 24 : body.width >= 70 ? 14 : 0
        // The labels take what the widest needs, so the values (a median and a percentile) have room.
        let widest = lines.map { line -> Int in if case .row(let row) = line, !row.value.isEmpty { DisplayWidth.of(row.label) } else { 0 } }.max() ?? 0
        let labelWidth = min(44, max(10, min(widest + 1, (body.width - chartWidth) / 2)))
        let valueWidth = body.width - labelWidth - chartWidth - (chartWidth > 0 ? 2 : 1)
        for (offset, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
            let y = body.y + offset
            let index = top + offset
            switch line {
            case .gap:
                continue
            case .title(let title):
                buffer.write(fitting: title, x: body.x, y: y, width: body.width, style: Style(.header, bold: true), ellipsis: context.ellipsis)
            case .row(let row):
                let selected = index == view.selected
                let base = selected ? Style(.selection, bold: true) : row.alert ? Style(.slaOverdue, bold: true) : Style(.normal)
                if selected { buffer.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: base) }
                // A sentence alone (a warning) takes the whole line.
                if row.value.isEmpty && row.bar == nil && row.series == nil {
                    buffer.write(fitting: row.label, x: body.x, y: y, width: body.width, style: base, ellipsis: context.ellipsis)
                    continue
                }
                buffer.write(fitting: row.label, x: body.x, y: y, width: labelWidth, style: base, ellipsis: context.ellipsis)
                // A value with no chart beside it may run on into the chart's columns.
                let drawsChart = chartWidth > 0 && (row.bar != nil || row.series != nil)
                buffer.write(fitting: row.value, x: body.x + labelWidth + 1, y: y,
                             width: drawsChart ? valueWidth : body.width - labelWidth - 1, style: base, ellipsis: context.ellipsis)
                guard drawsChart else { continue }
                let chart = row.series.map { BlockChart.sparkline(Array($0.suffix(chartWidth)), ascii: state.ascii) }
                    ?? row.bar.map { BlockChart.bar($0, width: chartWidth, ascii: state.ascii) } ?? ""
                buffer.write(chart, x: body.maxX - chartWidth, y: y, style: selected ? base : Style(.slaOnTime), limit: chartWidth)
            }
        }
    }
}
