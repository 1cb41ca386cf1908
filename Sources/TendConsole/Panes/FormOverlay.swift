import TendCore
import TendTerminal

/// An open form, drawn over the panes: what it does, its fields (labels in one column, values
/// beside them), and why the last submission was refused. The terminal's cursor is put at the
/// caret so an input method's pre-edit text appears where the characters will go.
enum FormOverlay {
    /// One screen row of the form's body.
    private enum Row {
        case text(String, Style)
        case field(Int, line: Int)
        /// A line of a field's hint, wrapped to the values' width.
        case hint(String)
    }

    /// Rows a multi-line field shows, and the most a one-line field grows to as its text wraps.
    static let linesShown = 3

    /// Rows a field takes: a note always `linesShown`, a one-line field as many as its text
    /// wraps into (up to `linesShown`), a choice one.
    static func rowsShown(_ field: FormField, width: Int) -> Int {
        switch field.kind {
        case .lines: linesShown
        case .line: min(linesShown, field.input.wrapped(width: width).rows.count)
        case .choice: 1
        }
    }

    static func render(_ context: RenderContext, form: Form, in screen: Rect, into buffer: inout ScreenBuffer) {
        let lang = context.lang
        // Full width on a narrow terminal, so its border covers the panes' instead of doubling them.
        let width = min(screen.width, 80)
        let labelWidth = min(18, (form.fields.map { DisplayWidth.of($0.label.text(lang)) }.max() ?? 0) + 2)
        // Values start two cells after the labels: a focused choice puts its "‹ " in those cells,
        // so choices and typed text line up.
        let valueX = labelWidth + 2
        let valueWidth = width - 4 - valueX
        var rows: [Row] = []
        for line in form.intro.flatMap({ TextWrap.lines($0.text(lang), width: width - 4) }) { rows.append(.text(line, Style(.dim))) }
        if !rows.isEmpty { rows.append(.text("", .normal)) }
        var fieldRows: [Int: Range<Int>] = [:]
        for (index, field) in form.fields.enumerated() {
            let start = rows.count
            for line in 0..<rowsShown(field, width: valueWidth) { rows.append(.field(index, line: line)) }
            if let hint = field.hint {
                for line in TextWrap.lines(hint.text(lang), width: max(1, valueWidth)) { rows.append(.hint(line)) }
            }
            fieldRows[index] = start..<rows.count
        }
        // Below the fields: why the last submission was refused, then the coach.
        var footLines = form.error.map { TextWrap.lines("! " + $0, width: width - 4) } ?? []
        // The phrasing coach reads the text as it is typed.
        let findings = FormSubmission.coachedText(form).map(context.state.coach.check) ?? []
        let coachLines = findings.prefix(2).flatMap { finding in
            TextWrap.lines(lang.pick("Coach: “\(finding.found)” (\(finding.rule.category.english)) — try: “\(finding.rule.better)”",
                                     "话术提示：“\(finding.found)”（\(finding.rule.category.chinese)）——可以说：“\(finding.rule.better)”"),
                           width: width - 4)
        }
        let coachStart = footLines.count
        footLines += coachLines
        // A returning customer is known as soon as the contact, or the customer and pet, match
        // earlier complaints: before the form is submitted.
        if let banner = repeatBanner(form, context) { footLines += TextWrap.lines("↺ " + banner, width: width - 4) }
        // Triage reads the complaint as it is typed: what its words suggest, and why.
        if let suggestion = FormSubmission.suggestion(form, context.state.triage) {
            let values = [suggestion.grade.name(lang), suggestion.harm.name(lang), suggestion.cause?.name(lang), suggestion.anger.name(lang)]
                .compactMap { $0 }.joined(separator: " · ")
            footLines += TextWrap.lines(lang.pick("Suggested: \(values) (Ctrl-T takes it) — \(suggestion.because(lang))",
                                                  "建议：\(values)（Ctrl-T 采用）——\(suggestion.because(lang))"), width: width - 4)
        }

        let bodyHeight = max(1, min(rows.count, screen.height - 2 - footLines.count))
        let height = bodyHeight + 2 + footLines.count
        let rect = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + max(0, (screen.height - 2 - height) / 2),
                        width: width, height: height)
        buffer.fill(rect, style: Style(.normal))
        Box.draw(&buffer, rect, title: form.title.text(lang), focused: true, ascii: context.state.ascii)
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: width - 4, height: bodyHeight)

        // Scroll just enough to keep the focused field (and its hint) in view.
        var top = 0
        if let focused = fieldRows[form.focus], bodyHeight > 0 {
            if focused.upperBound > bodyHeight { top = min(focused.lowerBound, focused.upperBound - bodyHeight) }
        }
        buffer.cursor = nil
        for (offset, row) in rows.dropFirst(top).prefix(bodyHeight).enumerated() {
            let y = inner.y + offset
            switch row {
            case .text(let text, let style):
                buffer.write(text, x: inner.x, y: y, style: style, limit: inner.width)
            case .hint(let line):
                buffer.write(line, x: inner.x + valueX, y: y, style: Style(.dim), limit: valueWidth)
            case .field(let index, let line):
                let field = form.fields[index]
                let focused = index == form.focus
                if line == 0 {
                    buffer.write(DisplayWidth.truncate(field.label.text(lang), to: labelWidth - 1, ellipsis: context.ellipsis),
                                 x: inner.x, y: y, style: Style(.label, bold: focused))
                }
                drawValue(field, line: line, focused: focused, x: inner.x + valueX, y: y, width: valueWidth,
                          context: context, into: &buffer)
            }
        }
        for (offset, line) in footLines.enumerated() {
            let style = offset < coachStart ? Style(.statusError, bold: true) : Style(.priority, bold: true)
            buffer.write(line, x: inner.x, y: inner.maxY + offset, style: style, limit: inner.width)
        }
    }

    /// "3rd complaint in 60 days · same branch: T-1040, T-1001" for the intake being typed.
    static func repeatBanner(_ form: Form, _ context: RenderContext) -> String? {
        guard form.purpose == .intake else { return nil }
        let contact = form.value("contact"), customer = form.value("customer"), pet = form.value("pet")
        guard contact.count >= 5 || (!customer.isEmpty && !pet.isEmpty) else { return nil }
        guard context.desk.customers.isReady(for: context.desk) else { return nil }
        let matches = context.desk.customers.matches(contact: contact, customer: customer, pet: pet, branch: form.value("branch"),
                                                     service: ServiceLine.parse(form.value("service")), servedBy: form.value("served_by"),
                                                     on: context.desk)
        return CustomerHistory.banner(matches, now: context.state.now, service: ServiceLine.parse(form.value("service")), context.lang)
    }

    private static func drawValue(_ field: FormField, line: Int, focused: Bool, x: Int, y: Int, width: Int,
                                  context: RenderContext, into buffer: inout ScreenBuffer) {
        let style = Style(focused ? .inputFocus : .input, underline: !focused)
        if case .choice(let options) = field.kind {
            let label = options.isEmpty ? "" : options[field.choiceIndex].label.text(context.lang)
            let (left, right) = context.state.ascii ? ("< ", " >") : ("‹ ", " ›")
            let text = focused ? left + label + right : "  " + label
            buffer.write(DisplayWidth.fit(text, to: width + 2, ellipsis: context.ellipsis), x: x - 2, y: y, style: style)
            return
        }
        // Long text wraps; when it needs more rows than the field shows, the rows around the
        // caret show.
        let wrapped = field.input.wrapped(width: width)
        let shown = rowsShown(field, width: width)
        let first = max(0, min(wrapped.caretRow - shown + 1, wrapped.rows.count - shown))
        let index = first + line
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        guard index < wrapped.rows.count else { return }
        let text = wrapped.rows[index]
        buffer.write(text, x: x, y: y, style: style, limit: width)
        if focused && index == wrapped.caretRow {
            buffer.cursor = (x + wrapped.caretColumn, y)
        } else if line == shown - 1 && index < wrapped.rows.count - 1 {
            // More text below than the field shows: say so at the end of its last row.
            buffer.write(fitting: text + " " + context.ellipsis, x: x, y: y, width: width, style: style, ellipsis: context.ellipsis)
        }
    }

    /// The part of a line to show so the caret stays inside `width` cells: drops whole graphemes
    /// from the start until it fits. Returns the text and the caret's cell within it.
    static func window(_ text: String, caretColumn: Int, width: Int) -> (String, Int) {
        guard caretColumn >= width else { return (text, caretColumn) }
        var dropped = 0
        var rest = Substring(text)
        while caretColumn - dropped >= width, let first = rest.first {
            dropped += DisplayWidth.of(first)
            rest = rest.dropFirst()
        }
        return (String(rest), caretColumn - dropped)
    }
}
