import TendTerminal

/// Where each pane goes for a terminal size. Wide terminals put the queue beside the ticket and
/// scripts; narrow ones stack the queue above them. A zoomed pane takes the whole body and the
/// others are not drawn. Below the minimum nothing is drawn but a note.
public struct ConsoleLayout: Equatable, Sendable {
    public static let minimumWidth = 60
    public static let minimumHeight = 16
    /// Rows the ticket and scripts keep under a stacked queue: a border, a summary line and the
    /// five or so lines after it. Everything above goes to the queue.
    static let lowerRows = 9
    /// Rows a stacked queue gets before it shares with the panes below: ten tickets, the column
    /// titles and the border.
    static let queueRowsWanted = 13

    public var queue: Rect?
    public var ticket: Rect?
    public var scripts: Rect?
    public var hints: Rect
    public var status: Rect

    /// `zoomed` is the pane that fills the body, if one does.
    public static func make(width: Int, height: Int, scriptsFolded: Bool, zoomed: PaneFocus? = nil) -> ConsoleLayout? {
        guard width >= minimumWidth, height >= minimumHeight else { return nil }
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        let (body, bars) = screen.rows(height - 2)
        let (hints, status) = bars.rows(1)
        if var pane = zoomed {
            if pane == .scripts && scriptsFolded { pane = .queue }
            return ConsoleLayout(queue: pane == .queue ? body : nil, ticket: pane == .ticket ? body : nil,
                                 scripts: pane == .scripts ? body : nil, hints: hints, status: status)
        }
        if width >= 110 {
            let (queue, right) = body.columns(max(60, width * 3 / 5))
            if scriptsFolded { return ConsoleLayout(queue: queue, ticket: right, scripts: nil, hints: hints, status: status) }
            let (ticket, scripts) = right.rows(right.height * 3 / 5)
            return ConsoleLayout(queue: queue, ticket: ticket, scripts: scripts, hints: hints, status: status)
        }
        // The queue is what a handler scans all day: on a small terminal it takes the rows, and
        // the ticket and scripts keep a few (z zooms either to read it whole).
        let queueHeight = max(7, min(body.height - lowerRows, max(queueRowsWanted, body.height * 2 / 5)))
        let (queue, lower) = body.rows(queueHeight)
        if scriptsFolded { return ConsoleLayout(queue: queue, ticket: lower, scripts: nil, hints: hints, status: status) }
        let (ticket, scripts) = lower.columns(lower.width * 11 / 20)
        return ConsoleLayout(queue: queue, ticket: ticket, scripts: scripts, hints: hints, status: status)
    }
}
