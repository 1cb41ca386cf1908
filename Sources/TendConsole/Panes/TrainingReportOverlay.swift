import Foundation
import TendCore
import TendTerminal

/// Every trainee's practice, for a supervisor: sessions, answers, score, when, and the kind of
/// script they most often got wrong.
enum TrainingReportOverlay {
    static func render(_ context: RenderContext, _ summaries: [TrainingSummary], in screen: Rect, into buffer: inout ScreenBuffer) {
        let lang = context.lang
        let width = min(screen.width, 96)
        let rect = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + 1, width: width, height: max(6, screen.height - 2))
        buffer.fill(rect, style: Style(.normal))
        Box.draw(&buffer, rect, title: lang.pick("Practice results — Esc closes", "练习成绩 — Esc 关闭"), focused: true, ascii: context.state.ascii)
        let inner = rect.inner
        buffer.cursor = nil
        guard !summaries.isEmpty else {
            buffer.write(lang.pick("No one has practised yet. Trainees press P to practise.", "还没有人练习过。学员按 P 开始练习。"),
                         x: inner.x, y: inner.y, style: Style(.dim), limit: inner.width)
            return
        }
        let headers = lang == .zh ? ["学员", "次数", "题数", "答对", "得分", "最近练习", "最常出错"] : ["who", "sessions", "answers", "right", "score", "last practised", "most missed"]
        let widths = [18, 9, 8, 6, 6, 17, max(8, inner.width - 64 - 7)]
        func row(_ cells: [String], y: Int, style: Style) {
            var x = inner.x
            for (cell, cellWidth) in zip(cells, widths) {
                buffer.write(DisplayWidth.fit(cell, to: cellWidth, ellipsis: context.ellipsis), x: x, y: y, style: style, limit: inner.maxX - x)
                x += cellWidth + 1
            }
        }
        row(headers, y: inner.y, style: Style(.header, bold: true))
        for (index, summary) in summaries.enumerated() where inner.y + 1 + index < inner.maxY {
            let name = context.policy.member(summary.login).map { $0.name + lang.pick(" (\($0.login))", "（\($0.login)）") } ?? summary.login
            row([name, "\(summary.sessions)", "\(summary.rounds)", "\(summary.correct)", "\(summary.score)%",
                 TimeText.local(summary.lastPractised), summary.weakest?.name(lang) ?? "—"],
                y: inner.y + 1 + index, style: .normal)
        }
    }
}
