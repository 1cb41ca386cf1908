import TendCore
import TendTerminal

/// A yes/no question in a small box in the middle of the screen.
enum ConfirmationOverlay {
    static func render(_ context: RenderContext, _ confirmation: Confirmation, in screen: Rect, into buffer: inout ScreenBuffer) {
        let width = min(screen.width - 4, 60)
        let lines = TextWrap.lines(confirmation.question, width: width - 4)
        let height = lines.count + 4
        let rect = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + max(0, (screen.height - height) / 2),
                        width: width, height: height)
        buffer.fill(rect, style: Style(.normal))
        Box.draw(&buffer, rect, title: context.lang.pick("Confirm", "确认"), focused: true, ascii: context.state.ascii)
        for (index, line) in lines.enumerated() {
            buffer.write(line, x: rect.x + 2, y: rect.y + 1 + index, style: Style(.normal, bold: true), limit: width - 4)
        }
        let answer = context.lang.pick("y  yes      n / Esc  no", "y  是      n / Esc  否")
        buffer.write(answer, x: rect.x + 2, y: rect.maxY - 2, style: Style(.helpKey), limit: width - 4)
        buffer.cursor = nil
    }
}
