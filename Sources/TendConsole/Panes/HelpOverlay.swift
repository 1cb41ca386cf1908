import TendCore
import TendTerminal

/// The `?` screen: every key in every context, read from the keymap itself. A key the reader's
/// role may never use is shown dimmed, with the core's reason.
enum HelpOverlay {
    /// A line of help: `lead` is the key or command column (empty for headings and notes), and
    /// `text` what it does, which wraps under itself.
    struct Entry {
        var lead = ""
        var text: String
        var style: Style
    }

    /// The help as plain lines, each entry's lead and text together.
    static func lines(_ lang: Language, for actor: StaffMember? = nil) -> [(String, Style)] {
        entries(lang, for: actor).map { ($0.lead + $0.text, $0.style) }
    }

    static func entries(_ lang: Language, for actor: StaffMember? = nil) -> [Entry] {
        var out: [Entry] = []
        let names: [KeyContext: (String, String)] = [
            .global: ("Everywhere", "全局"), .queue: ("Queue", "队列"), .ticket: ("Ticket", "详情"),
            .scripts: ("Script", "话术"), .form: ("In a form", "表单中"), .practice: ("Practising", "练习中"), .report: ("Practice results", "练习成绩"), .help: ("This help", "帮助"),
            .terms: ("After-sales terms", "售后条款"), .stats: ("Statistics", "统计"),
        ]
        let blank = Entry(text: "", style: .normal)
        for context in KeyContext.allCases {
            let name = names[context]!
            out.append(Entry(text: lang.pick(name.0, name.1), style: Style(.header, bold: true)))
            for binding in Keymap.table[context] ?? [] {
                let lead = "  " + DisplayWidth.fit(binding.keyNames, to: 16)
                if let actor, let refusal = Keymap.refusal(of: binding, for: actor) {
                    out.append(Entry(lead: lead, text: binding.help(lang) + lang.pick(" — not for you: ", " —— 您不可用：")
                                     + refusal.message(lang, terms: ConsoleTerms(role: actor.role)), style: Style(.dim)))
                } else {
                    out.append(Entry(lead: lead, text: binding.help(lang), style: Style(.help)))
                }
            }
            out.append(blank)
        }
        out.append(Entry(text: lang.pick("Typing text", "输入文字"), style: Style(.header, bold: true)))
        for (keys, en, zh) in editingKeys {
            out.append(Entry(lead: "  " + DisplayWidth.fit(keys, to: 16), text: lang.pick(en, zh), style: Style(.help)))
        }
        out.append(blank)
        out.append(Entry(text: lang.pick("Command line (:)", "命令行（:）"), style: Style(.header, bold: true)))
        for verb in CommandLineInput.verbs {
            out.append(Entry(lead: "  " + DisplayWidth.fit(":" + verb.usage.text(lang), to: 40), text: verb.help.text(lang), style: Style(.help)))
        }
        out.append(blank)
        out.append(Entry(text: lang.pick("A half-written form is kept in the store directory and comes back when you return. A refused change shows why and changes nothing.",
                                         "未填完的表单保存在数据目录中，再次打开时自动恢复。被拒绝的操作会显示原因，且不做任何更改。"), style: Style(.dim)))
        return out
    }

    /// Editing keys belong to the text field, not to a context's table: they are the same in
    /// every field.
    static let editingKeys: [(String, String, String)] = [
        ("← → Home End", "move the caret (Ctrl-A/Ctrl-E: line start/end)", "移动光标（Ctrl-A/Ctrl-E：行首/行尾）"),
        ("Backspace Del", "delete before / after the caret", "删除光标前/后的字"),
        ("Ctrl-U Ctrl-K", "delete to the start / end of the line", "删除至行首/行尾"),
        ("Enter", "next field; a new line in notes; submits from the last field", "下一字段；备注中换行；最后一个字段时提交"),
        ("↑ ↓", "previous / next field (lines, in a note)", "上/下一字段（备注中为上/下一行）"),
        ("← → Space", "change a choice; a letter jumps to it", "切换选项；按字母直接跳到该项"),
    ]

    static func render(_ context: RenderContext, in screen: Rect, into buffer: inout ScreenBuffer) {
        let width = min(screen.width - 4, 84)
        let height = screen.height - 4
        let rect = Rect(x: (screen.width - width) / 2, y: 2, width: width, height: height)
        buffer.fill(rect, style: Style(.help))
        Box.draw(&buffer, rect, title: context.lang.pick("Keys — Esc or ? closes", "按键说明 — Esc 或 ? 关闭"), focused: true, ascii: context.state.ascii)
        let inner = rect.inner
        var rows: [(String, Style)] = []
        for entry in entries(context.lang, for: context.state.actor) {
            // A key's or a command's description wraps under itself, not under the key.
            let indent = DisplayWidth.of(entry.lead)
            guard indent > 0, inner.width > indent + 8 else {
                for piece in TextWrap.lines(entry.lead + entry.text, width: inner.width) { rows.append((piece, entry.style)) }
                continue
            }
            for (index, piece) in TextWrap.lines(entry.text, width: inner.width - indent).enumerated() {
                rows.append(((index == 0 ? entry.lead : String(repeating: " ", count: indent)) + piece, entry.style))
            }
        }
        let scroll = min(context.state.helpScroll, max(0, rows.count - inner.height))
        for (index, row) in rows.dropFirst(scroll).prefix(inner.height).enumerated() {
            buffer.write(row.0, x: inner.x, y: inner.y + index, style: row.1, limit: inner.width)
        }
    }
}
