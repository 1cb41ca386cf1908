import TendCore
import TendTerminal

/// The after-sales terms beside a ticket: a row per clause (its service line's first, marked `*`,
/// then every line's, `+`, then the rest, dimmed), and under them the selected clause whole. On a
/// wide terminal it takes the queue's place, so the ticket stays in view beside it; on a narrow
/// one, or over the form a clause is cited into, the space above the hint row.
enum TermsOverlay {
    static func render(_ context: RenderContext, _ picker: TermsPicker, layout: ConsoleLayout, above: Rect, into buffer: inout ScreenBuffer) {
        let lang = context.lang
        let rect: Rect
        if context.state.form == nil, let queue = layout.queue, let ticket = layout.ticket, queue.maxX <= ticket.x {
            rect = queue
        } else {
            let width = min(above.width, 100)
            rect = Rect(x: above.x + (above.width - width) / 2, y: above.y, width: width, height: above.height)
        }
        guard rect.width >= 20, rect.height >= 8 else { return }
        buffer.fill(rect, style: Style(.normal))
        let line = picker.service.name(lang)
        Box.draw(&buffer, rect, title: lang.pick("After-sales terms · \(picker.ticket) · \(line) first", "售后条款 · \(picker.ticket) · \(line)优先"),
                 focused: true, ascii: context.state.ascii)
        buffer.cursor = nil
        let inner = rect.inner
        let (x, width) = (inner.x + 1, inner.width - 2)
        guard let selected = picker.clause else { return }

        // The selected clause's text gets what the list leaves, the list at least a few rows.
        let about = [selected.kind.name(lang), selected.windowText(lang), selected.scope(lang)].compactMap { $0 }.joined(separator: " · ")
        let heading = "\(selected.id)  \(selected.title.text(lang))"
        let wrapped = TextWrap.lines(selected.text.text(lang), width: width, ellipsis: context.ellipsis)
        let fixed = 3 // the rule, the heading, the legend
        let listMost = min(picker.clauses.count, max(3, inner.height - fixed - wrapped.count))
        let textShown = max(0, min(wrapped.count, inner.height - fixed - listMost))
        let listRows = max(0, min(picker.clauses.count, inner.height - fixed - textShown))

        // The list, scrolled to keep the selection in the middle where it can.
        let top = max(0, min(picker.selected - listRows / 2, picker.clauses.count - listRows))
        for row in 0..<listRows {
            let index = top + row
            let clause = picker.clauses[index]
            let fit = clause.fit(picker.service)
            let mark = switch fit {
            case .thisLine: "*"
            case .everyLine: "+"
            case .otherLines: " "
            }
            let meta = [clause.kind.name(lang), clause.windowText(lang)].compactMap { $0 }.joined(separator: " · ")
            let metaWidth = min(DisplayWidth.of(meta), max(0, width / 3))
            let isSelected = index == picker.selected
            let style = isSelected ? Style(.selection, bold: true, reverse: true) : Style(fit == .otherLines ? .dim : .normal)
            let y = inner.y + row
            buffer.write(fitting: "\(mark) \(clause.id)  \(clause.title.text(lang))", x: x, y: y, width: width - metaWidth - 2,
                         style: style, ellipsis: context.ellipsis)
            buffer.write(fitting: "  ", x: x + width - metaWidth - 2, y: y, width: 2, style: style)
            buffer.write(fitting: meta, x: x + width - metaWidth, y: y, width: metaWidth, style: isSelected ? style : Style(.dim), ellipsis: context.ellipsis)
        }
        // More clauses above or below than the list shows: said at the rule's ends.
        var y = inner.y + listRows
        let rule = String(repeating: context.state.ascii ? "-" : "─", count: width)
        buffer.write(rule, x: x, y: y, style: Style(.border))
        let position = "\(picker.selected + 1)/\(picker.clauses.count)"
        if listRows < picker.clauses.count { buffer.write(" \(position) ", x: x + width - DisplayWidth.of(position) - 3, y: y, style: Style(.dim)) }
        y += 1
        buffer.write(fitting: heading + "  " + about, x: x, y: y, width: width, style: Style(.header, bold: true), ellipsis: context.ellipsis)
        y += 1
        for (index, text) in wrapped.prefix(textShown).enumerated() {
            let cut = index == textShown - 1 && textShown < wrapped.count
            buffer.write(fitting: cut ? text + context.ellipsis : text, x: x, y: y, width: width, style: Style(.normal), ellipsis: context.ellipsis)
            y += 1
        }
        let legend = lang.pick("* for \(line)  + every service  · Enter cites it into the details",
                               "* \(line)专用  + 所有服务通用  · Enter 引用到方案说明")
        buffer.write(fitting: legend, x: x, y: inner.maxY - 1, width: width, style: Style(.dim), ellipsis: context.ellipsis)
    }
}
