import TendTerminal

/// Where each pane goes for a terminal size. Wide terminals put the queue beside the ticket and
/// scripts; narrow ones stack the queue above them. Below the minimum nothing is drawn but a note.
public struct ConsoleLayout: Equatable, Sendable {
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public var queue: Rect
    public var ticket: Rect
    public var scripts: Rect?
    public var hints: Rect
    public var status: Rect

    public static func make(width: Int, height: Int, scriptsFolded: Bool) -> ConsoleLayout? {
        guard width >= minimumWidth, height >= minimumHeight else { return nil }
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        let (body, bars) = screen.rows(height - 2)
        let (hints, status) = bars.rows(1)
        if width >= 110 {
            let (queue, right) = body.columns(max(60, width * 3 / 5))
            if scriptsFolded { return ConsoleLayout(queue: queue, ticket: right, scripts: nil, hints: hints, status: status) }
            let (ticket, scripts) = right.rows(right.height * 3 / 5)
            return ConsoleLayout(queue: queue, ticket: ticket, scripts: scripts, hints: hints, status: status)
        }
        let (queue, lower) = body.rows(max(7, body.height * 2 / 5))
        if scriptsFolded { return ConsoleLayout(queue: queue, ticket: lower, scripts: nil, hints: hints, status: status) }
        let (ticket, scripts) = lower.columns(lower.width * 11 / 20)
        return ConsoleLayout(queue: queue, ticket: ticket, scripts: scripts, hints: hints, status: status)
    }
}
