import TendCore
import TendTerminal

/// Draws one whole frame of the console from its state.
public enum ConsoleView {
    public static func render(_ context: RenderContext, width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        guard let layout = layout(of: context.state, width: width, height: height) else {
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
        if let queue = layout.queue { QueuePane.render(context, in: queue, into: &buffer) }
        if let ticket = layout.ticket { TicketPane.render(context, in: ticket, into: &buffer) }
        if let scripts = layout.scripts { ScriptPane.render(context, in: scripts, into: &buffer) }
        StatusBar.render(context, hints: layout.hints, status: layout.status, into: &buffer)
        let above = Rect(x: 0, y: 0, width: width, height: layout.hints.y)
        if let session = context.state.practice { PracticeOverlay.render(context, session, in: above, into: &buffer) }
        if let report = context.state.report { TrainingReportOverlay.render(context, report, in: above, into: &buffer) }
        if let view = context.state.statsView { StatsOverlay.render(context, view, in: above, into: &buffer) }
        if let form = context.state.form { FormOverlay.render(context, form: form, in: above, into: &buffer) }
        if let picker = context.state.termsPicker { TermsOverlay.render(context, picker, layout: layout, above: above, into: &buffer) }
        if context.state.showingHelp { HelpOverlay.render(context, in: buffer.area, into: &buffer) }
        if let question = context.state.confirmation { ConfirmationOverlay.render(context, question, in: above, into: &buffer) }
        return buffer
    }

    static func layout(of state: ConsoleState, width: Int, height: Int) -> ConsoleLayout? {
        ConsoleLayout.make(width: width, height: height, scriptsFolded: state.scriptsFolded, zoomed: state.zoomed ? state.focus : nil)
    }

    /// Rows the queue shows unzoomed, for paging and keeping the selection in view.
    public static func queueRows(width: Int, height: Int, scriptsFolded: Bool) -> Int {
        guard let queue = ConsoleLayout.make(width: width, height: height, scriptsFolded: scriptsFolded)?.queue else { return 1 }
        return max(1, queue.height - 3)
    }

    /// How far the ticket pane can scroll at this size; 0 when it is not shown.
    public static func ticketScrollLimit(_ context: RenderContext, width: Int, height: Int) -> Int {
        guard let rect = layout(of: context.state, width: width, height: height)?.ticket else { return 0 }
        return TicketPane.scrollLimit(context, in: rect)
    }

    /// Rows the queue shows as the state has it, zoomed or not.
    public static func queueRows(width: Int, height: Int, state: ConsoleState) -> Int {
        guard let queue = layout(of: state, width: width, height: height)?.queue else {
            return queueRows(width: width, height: height, scriptsFolded: state.scriptsFolded)
        }
        return max(1, queue.height - 3)
    }
}
