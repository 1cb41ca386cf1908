import TendCore
import TendTerminal

/// A practice scenario: the moment, what the customer says, the replies to choose from, and
/// after a choice, which was right and why.
enum PracticeOverlay {
    static func render(_ context: RenderContext, _ session: PracticeSession, in screen: Rect, into buffer: inout ScreenBuffer) {
        let lang = context.lang
        let width = min(screen.width, 90)
        let rect = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y, width: width, height: screen.height)
        buffer.fill(rect, style: Style(.normal))
        let number = min(session.index + 1, session.rounds.count)
        Box.draw(&buffer, rect, title: lang.pick("Practice \(number)/\(session.rounds.count) · right so far: \(session.correct)",
                                                 "练习 \(number)/\(session.rounds.count) · 已答对 \(session.correct)"),
                 focused: true, ascii: context.state.ascii)
        let inner = rect.inner
        var y = inner.y
        func line(_ text: String, _ style: Style, indent: Int = 0) {
            for piece in TextWrap.lines(text, width: inner.width - indent) where y < inner.maxY {
                buffer.write(piece, x: inner.x + indent, y: y, style: style)
                y += 1
            }
        }
        buffer.cursor = nil
        guard let round = session.current else {
            let score = session.answers.isEmpty ? 0 : session.correct * 100 / session.answers.count
            line(lang.pick("Done: \(session.correct) of \(session.answers.count) right (\(score)%). Your result is saved; a supervisor can read it.",
                           "完成：答对 \(session.correct)/\(session.answers.count)（\(score)%）。成绩已保存，主管可以查看。"), Style(.header, bold: true))
            line(lang.pick("Esc closes; P starts another round.", "按 Esc 关闭；按 P 再练一轮。"), Style(.dim))
            return
        }
        let c = round.context
        // What happened to the pet and who is on the line change what is right to say.
        let harm = c.harm == .none ? nil : c.harm.name(lang)
        let needs = c.needTypes.isEmpty ? (c.specialNeeds ? lang.pick("special needs", "特殊群体") : nil)
            : c.needTypes.sorted().map { $0.name(lang) }.joined(separator: lang.pick(", ", "、"))
        let moment = [c.stage.name(lang), c.cause?.name(lang), c.grade.name(lang), harm, c.anger.name(lang), c.mode.name(lang), needs]
            .compactMap { $0 }.joined(separator: " · ")
        line(lang.pick("The moment: ", "情境：") + moment, Style(.dim))
        y += 1
        line(lang.pick("The customer says:", "客户说："), Style(.label, bold: true))
        line("“" + round.customerSays.text(lang) + "”", Style(.normal, bold: true), indent: 2)
        y += 1
        line(lang.pick("What do you say? Press 1–\(round.options.count).", "您会怎么说？请按 1–\(round.options.count)。"), Style(.label, bold: true))
        for (index, option) in round.options.enumerated() where y < inner.maxY {
            var style = Style(.normal)
            var mark = "  "
            if let chosen = session.chosen {
                if option.verdict == .right {
                    style = Style(.slaOnTime, bold: true)
                    mark = context.state.ascii ? "v " : "✓ "
                } else if index == chosen {
                    style = Style(.slaOverdue, bold: true)
                    mark = context.state.ascii ? "x " : "✗ "
                }
            }
            let lines = TextWrap.lines("\(index + 1). “" + option.text.text(lang) + "”", width: inner.width - 4)
            for (n, piece) in lines.enumerated() where y < inner.maxY {
                buffer.write((n == 0 ? mark : "  ") + piece, x: inner.x, y: y, style: style)
                y += 1
            }
        }
        guard let chosen = session.chosen else { return }
        y += 1
        let option = round.options[chosen]
        line(option.feedback.text(lang), Style(option.verdict == .right ? .slaOnTime : .slaOverdue, bold: true))
        if option.verdict != .right {
            line(lang.pick("Avoid: “", "避免：“") + round.script.avoid.text(lang) + "”", Style(.dim))
        }
        line(lang.pick("Enter: next scenario", "Enter：下一题"), Style(.dim))
    }
}
