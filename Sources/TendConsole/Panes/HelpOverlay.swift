import TendCore
import TendTerminal

/// The `?` screen: every key in every context, read from the keymap itself.
enum HelpOverlay {
    static func lines(_ lang: Language) -> [(String, Style)] {
        var out: [(String, Style)] = []
        let names: [KeyContext: (String, String)] = [
            .global: ("Everywhere", "全局"), .queue: ("Queue", "队列"), .ticket: ("Ticket", "详情"),
            .scripts: ("Script", "话术"), .help: ("This help", "帮助"),
        ]
        for context in KeyContext.allCases {
            let name = names[context]!
            out.append((lang.pick(name.0, name.1), Style(.header, bold: true)))
            for binding in Keymap.table[context] ?? [] {
                out.append(("  " + DisplayWidth.fit(binding.keyNames, to: 16) + binding.help(lang), Style(.help)))
            }
            out.append(("", .normal))
        }
        out.append((lang.pick("Advancing, reassigning, grading, notes, reopening and new complaints are not in the console yet: use the tend command line.",
                              "推进、改派、改等级、备注、重开和新建投诉尚未加入控制台，请使用 tend 命令行。"), Style(.dim)))
        return out
    }

    static func render(_ context: RenderContext, in screen: Rect, into buffer: inout ScreenBuffer) {
        let width = min(screen.width - 4, 84)
        let height = screen.height - 4
        let rect = Rect(x: (screen.width - width) / 2, y: 2, width: width, height: height)
        buffer.fill(rect, style: Style(.help))
        Box.draw(&buffer, rect, title: context.lang.pick("Keys — Esc or ? closes", "按键说明 — Esc 或 ? 关闭"), focused: true, ascii: context.state.ascii)
        let inner = rect.inner
        var rows: [(String, Style)] = []
        for (text, style) in lines(context.lang) {
            for piece in TextWrap.lines(text, width: inner.width) { rows.append((piece, style)) }
        }
        let scroll = min(context.state.helpScroll, max(0, rows.count - inner.height))
        for (index, row) in rows.dropFirst(scroll).prefix(inner.height).enumerated() {
            buffer.write(row.0, x: inner.x, y: inner.y + index, style: row.1, limit: inner.width)
        }
    }
}
