import TendTerminal

/// A bordered pane with a title. Box-drawing characters are East-Asian ambiguous and some zh-CN
/// terminals draw them two cells wide, so `--ascii` draws + - | instead.
enum Box {
    static func draw(_ buffer: inout ScreenBuffer, _ rect: Rect, title: String, focused: Bool, ascii: Bool) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let style = Style(focused ? .borderFocus : .border, bold: focused)
        let (h, v, tl, tr, bl, br) = ascii ? ("-", "|", "+", "+", "+", "+") : ("─", "│", "┌", "┐", "└", "┘")
        buffer.write(tl + String(repeating: h, count: rect.width - 2) + tr, x: rect.x, y: rect.y, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.write(v, x: rect.x, y: y, style: style)
            buffer.write(v, x: rect.maxX - 1, y: y, style: style)
        }
        buffer.write(bl + String(repeating: h, count: rect.width - 2) + br, x: rect.x, y: rect.maxY - 1, style: style)
        // The focused pane's title is marked by more than colour: brackets around it.
        let label = focused ? "[ \(title) ]" : " \(title) "
        buffer.write(label, x: rect.x + 2, y: rect.y, style: Style(focused ? .titleFocus : .title, bold: true), limit: rect.width - 4)
    }
}
