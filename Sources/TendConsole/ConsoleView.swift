import TendCore
import TendTerminal

/// Draws one whole frame of the console from its state.
public enum ConsoleView {
    public static func render(_ context: RenderContext, width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        guard let layout = ConsoleLayout.make(width: width, height: height, scriptsFolded: context.state.scriptsFolded) else {
            let lang = context.lang
            let lines = [lang.pick("Terminal too small", "终端窗口太小"),
                         lang.pick("Tend needs \(ConsoleLayout.minimumWidth)×\(ConsoleLayout.minimumHeight); this is \(width)×\(height).",
                                   "至少需要 \(ConsoleLayout.minimumWidth)×\(ConsoleLayout.minimumHeight)，当前为 \(width)×\(height)。"),
                         lang.pick("Enlarge the window, or press q to quit.", "请放大窗口，或按 q 退出。")]
            for (index, line) in lines.enumerated() where index < height {
                buffer.write(line, x: 0, y: index, style: Style(index == 0 ? .statusError : .normal, bold: index == 0))
            }
            return buffer
        }
        QueuePane.render(context, in: layout.queue, into: &buffer)
        TicketPane.render(context, in: layout.ticket, into: &buffer)
        if let scripts = layout.scripts { ScriptPane.render(context, in: scripts, into: &buffer) }
        StatusBar.render(context, hints: layout.hints, status: layout.status, into: &buffer)
        let above = Rect(x: 0, y: 0, width: width, height: layout.hints.y)
        if let session = context.state.practice { PracticeOverlay.render(context, session, in: above, into: &buffer) }
        if let report = context.state.report { TrainingReportOverlay.render(context, report, in: above, into: &buffer) }
        if let form = context.state.form { FormOverlay.render(context, form: form, in: above, into: &buffer) }
        if context.state.showingHelp { HelpOverlay.render(context, in: buffer.area, into: &buffer) }
        if let question = context.state.confirmation { ConfirmationOverlay.render(context, question, in: above, into: &buffer) }
        return buffer
    }

    /// Rows the queue shows, for paging and keeping the selection in view.
    public static func queueRows(width: Int, height: Int, scriptsFolded: Bool) -> Int {
        guard let layout = ConsoleLayout.make(width: width, height: height, scriptsFolded: scriptsFolded) else { return 1 }
        return max(1, layout.queue.height - 3)
    }
}
