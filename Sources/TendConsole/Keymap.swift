import TendCore
import TendTerminal

/// Everything a key can do in the console.
public enum ConsoleCommand: String, Sendable, CaseIterable {
    case down, up, top, bottom, pageDown, pageUp
    case nextPane, previousPane, open, back
    case help, search, nextMatch, previousMatch
    case toggleMine, toggleUnassigned, toggleOverdue, toggleDueSoon, clearFilters
    case toggleScripts, reveal, take, redraw, quit
    case advance, reassign, changeGrade, addNote, reopen, mediate, approve, reject, newComplaint
    case filterForm, commandLine
    case cycleAnger, markSaid, toggleWhy, practice, trainingReport, caseLibrary, approvals, holdClocks, callsDue
    case choose1, choose2, choose3, choose4, nextRound
    case submitForm, nextField, previousField, cancelForm, takeSuggestion
    case zoom
    case terms, citeClause, closeTerms
    case statistics, nextStatsPage, previousStatsPage, longerSpan, shorterSpan, drillDown
}

/// Where the keyboard is: each has its own table, and the global one applies under it.
public enum KeyContext: String, Sendable, CaseIterable {
    case global, queue, ticket, scripts, form, practice, report, help, terms, stats
}

/// How a binding shows in the hint row: its place (lower first) and a word short enough for an
/// 80-column row. The row has room for a handful of keys, so the ones that get work done come
/// before the ones that move around.
public struct KeyHint: Sendable {
    public let rank: Int
    public let en: String
    public let zh: String
}

public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let command: ConsoleCommand
    public let help: (en: String, zh: String)
    /// Nil: the hint row shows it only if there is room after the ranked ones, with its help text.
    public let hint: KeyHint?

    public func help(_ lang: Language) -> String { lang.pick(help.en, help.zh) }
    /// The word the hint row shows for it.
    public func hintLabel(_ lang: Language) -> String { hint.map { lang.pick($0.en, $0.zh) } ?? help(lang) }
    public var keyNames: String { keys.map(\.description).joined(separator: "/") }
}

/// The one keymap: dispatch, the footer hints and the `?` screen are all read from it, so they
/// cannot disagree.
public enum Keymap {
    private static func bind(_ keys: [Key], _ command: ConsoleCommand, _ en: String, _ zh: String,
                             hint: (rank: Int, en: String, zh: String)? = nil) -> KeyBinding {
        KeyBinding(keys: keys, command: command, help: (en, zh), hint: hint.map { KeyHint(rank: $0.rank, en: $0.en, zh: $0.zh) })
    }

    private static let advancing = bind([.character("a")], .advance, "advance one stage (a form for its gate)", "推进到下一阶段（填写该阶段所需）",
                                        hint: (1, "advance", "推进"))

    /// The after-sales terms beside the selected ticket (`ConsoleReducer+Terms`).
    private static let showingTerms = bind([.character("K")], .terms, "after-sales terms beside the ticket, its service line first; Enter cites one into a resolution's details",
                                           "售后条款（本单服务的在前）；Enter 将条款引用到处理方案说明")

    private static let moving: [KeyBinding] = [
        bind([.character("j"), .down], .down, "next", "下一项"),
        bind([.character("k"), .up], .up, "previous", "上一项"),
        bind([.character("g"), .home], .top, "first", "第一项"),
        bind([.character("G"), .end], .bottom, "last", "最后一项"),
        bind([.pageDown, .control("f")], .pageDown, "page down", "向下翻页"),
        bind([.pageUp, .control("b")], .pageUp, "page up", "向上翻页"),
    ]

    /// What can be done to the selected ticket, from the queue or the ticket pane alike.
    private static let acting: [KeyBinding] = [
        advancing,
        bind([.character("t")], .take, "take the ticket", "接单", hint: (2, "take", "接单")),
        bind([.character("r")], .reassign, "reassign (supervisor)", "改派（主管）"),
        bind([.character("e")], .changeGrade, "change the grade, with a reason", "改等级（需说明原因）"),
        bind([.character("i")], .addNote, "add a note", "添加备注", hint: (3, "note", "备注")),
        bind([.character("o")], .reopen, "reopen", "重开"),
        bind([.character("M")], .mediate, "hand to mediation", "转第三方调解"),
        bind([.character("p")], .approve, "approve compensation (supervisor)", "批准补偿（主管）"),
        bind([.character("R")], .reject, "reject compensation, saying why (supervisor)", "驳回补偿并说明理由（主管）"),
        bind([.character("A")], .cycleAnger, "customer's mood: calm → upset → angry → grieving", "客户情绪：平静 → 不满 → 愤怒 → 悲痛"),
        bind([.character("h")], .holdClocks, "hold the clocks while we wait (saying for what), or start them again",
             "暂停计时（说明在等什么），或恢复计时"),
    ]

    public static let table: [KeyContext: [KeyBinding]] = [
        .global: [
            bind([.tab], .nextPane, "next pane", "下一个窗格", hint: (8, "pane", "切换窗格")),
            bind([.backTab], .previousPane, "previous pane", "上一个窗格"),
            bind([.character("?"), .function(1)], .help, "help", "帮助", hint: (0, "help", "帮助")),
            bind([.character("/")], .search, "search", "搜索", hint: (7, "search", "搜索")),
            bind([.character("n")], .nextMatch, "next match", "下一个匹配"),
            bind([.character("N")], .previousMatch, "previous match", "上一个匹配"),
            bind([.character("c")], .newComplaint, "new complaint", "新建投诉", hint: (4, "new complaint", "新建投诉")),
            bind([.character("f")], .filterForm, "filter by stage, grade, service", "按阶段、等级、服务筛选"),
            bind([.character(":")], .commandLine, "command line (Tab completes)", "命令行（Tab 补全）"),
            bind([.character("P")], .practice, "practise replies (training)", "话术练习（培训）"),
            bind([.character("C")], .callsDue, "calls due: the follow-up calls to make, soonest first, and back", "待回访：要打的回访电话，最早的在前／返回"),
            bind([.character("L")], .caseLibrary, "case library: closed cases, contacts removed", "案例库：已结案例，隐去联系方式"),
            bind([.character("$")], .approvals, "approvals: every resolution waiting for a supervisor, and back", "待审批：所有等待主管审批的处理方案／返回",
                 hint: (4, "approvals", "待审批")),
            bind([.character("S")], .statistics, "statistics: causes, clocks, satisfaction, people, warnings (supervisor)",
                 "统计：成因、时效、满意度、人员、预警（主管）"),
            bind([.character("T")], .trainingReport, "trainees' practice results (supervisor)", "学员练习成绩（主管）"),
            bind([.character("s")], .toggleScripts, "show/fold scripts", "显示/收起话术"),
            bind([.character("z")], .zoom, "zoom the focused pane to the whole screen, and back", "当前窗格放大至全屏／还原",
                 hint: (6, "zoom", "放大")),
            bind([.control("l")], .redraw, "redraw the screen", "重绘屏幕"),
            bind([.character("q"), .control("c")], .quit, "quit", "退出", hint: (9, "quit", "退出")),
        ],
        .queue: [
            bind([.enter], .open, "open the ticket", "查看工单", hint: (5, "open", "查看")),
            bind([.character("m")], .toggleMine, "only mine", "只看我的"),
            bind([.character("u")], .toggleUnassigned, "only unassigned", "只看未分配"),
            bind([.character("x")], .toggleOverdue, "only overdue", "只看超时"),
            bind([.character("d")], .toggleDueSoon, "only due soon: about to breach", "只看即将超时"),
            bind([.character("0")], .clearFilters, "clear filters", "清除筛选"),
            bind([.escape], .back, "leave the case library", "退出案例库"),
            showingTerms,
        ] + acting + moving,
        .ticket: [
            bind([.escape], .back, "back to the queue", "返回队列", hint: (5, "back", "返回")),
            bind([.character("v")], .reveal, "reveal contact (logged)", "查看完整联系方式（留痕）"),
            showingTerms,
        ] + acting + moving,
        .scripts: [
            bind([.enter], .markSaid, "mark the script as said (ticks the checklist)", "标记为已说（勾选必说清单）",
                 hint: (1, "said", "已说")),
            advancing,
            bind([.character("w")], .toggleWhy, "show why it works and what to avoid", "显示为什么有效、应避免什么",
                 hint: (7, "why", "为什么")),
            bind([.character("A")], .cycleAnger, "customer's mood: calm → upset → angry → grieving", "客户情绪：平静 → 不满 → 愤怒 → 悲痛",
                 hint: (7, "mood", "情绪")),
            bind([.escape], .back, "back to the queue", "返回队列", hint: (5, "back", "返回")),
        ] + moving,
        .form: [
            bind([.control("s"), .function(2)], .submitForm, "save / submit", "提交", hint: (1, "submit", "提交")),
            bind([.tab], .nextField, "next field", "下一字段", hint: (2, "next field", "下一字段")),
            bind([.backTab], .previousField, "previous field", "上一字段", hint: (3, "previous field", "上一字段")),
            bind([.escape], .cancelForm, "cancel (asks before losing text)", "取消（有内容时先确认）", hint: (4, "cancel", "取消")),
            bind([.control("t")], .takeSuggestion, "new complaint: take the suggested grade, harm, cause and mood", "新投诉：采用建议的等级、受损、成因和情绪"),
            bind([.control("c")], .quit, "quit; the form is kept as a draft", "退出；表单保留为草稿"),
            bind([.control("o")], .terms, "resolving: the after-sales terms, to cite one into the details", "处理中：打开售后条款，引用到方案说明"),
        ],
        .practice: [
            bind([.character("1")], .choose1, "choose reply 1", "选择回复 1"),
            bind([.character("2")], .choose2, "choose reply 2", "选择回复 2"),
            bind([.character("3")], .choose3, "choose reply 3", "选择回复 3"),
            bind([.character("4")], .choose4, "choose reply 4", "选择回复 4"),
            bind([.enter, .character(" ")], .nextRound, "next scenario", "下一题"),
            bind([.escape, .character("q")], .back, "stop practising (a finished round is saved)", "结束练习（完成的练习会保存）"),
        ],
        .report: [
            bind([.escape, .character("q"), .character("T")], .back, "close the report", "关闭成绩表"),
        ],
        .terms: moving + [
            bind([.enter, .character("c")], .citeClause, "cite the clause into the resolution's details (from the ticket: opens the resolving form)",
                 "将条款引用到处理方案说明（从工单打开时：打开“处理中”表单）", hint: (1, "cite", "引用")),
            bind([.escape, .character("q"), .character("K"), .control("o")], .closeTerms, "close the terms", "关闭售后条款", hint: (2, "close", "关闭")),
        ],
        .stats: moving + [
            bind([.enter], .drillDown, "list the tickets behind the figure in the queue (Esc there comes back)", "在队列中列出该数据的工单（在队列按 Esc 返回）",
                 hint: (1, "tickets", "工单")),
            bind([.tab, .right, .character("l")], .nextStatsPage, "next page", "下一页", hint: (2, "page", "翻页")),
            bind([.backTab, .left, .character("h")], .previousStatsPage, "previous page", "上一页"),
            bind([.character("]")], .longerSpan, "a longer period", "更长的统计期", hint: (3, "longer", "更长")),
            bind([.character("[")], .shorterSpan, "a shorter period", "更短的统计期", hint: (3, "shorter", "更短")),
            bind([.escape, .character("q"), .character("S")], .statistics, "close the statistics", "关闭统计", hint: (4, "close", "关闭")),
        ],
        .help: moving + [
            bind([.escape, .character("?"), .character("q")], .back, "close help", "关闭帮助"),
        ],
    ]

    /// Contexts that take only their own keys: overlays where typing or choosing must not fall
    /// through to the queue.
    public static let standalone: Set<KeyContext> = [.help, .form, .practice, .report, .terms, .stats]

    /// The command a key runs in a context: the context's own table first, then the global one
    /// (except in help and forms, which take every key they know and leave the rest to the text
    /// being typed).
    public static func command(for key: Key, in context: KeyContext) -> ConsoleCommand? {
        if let binding = table[context]?.first(where: { $0.keys.contains(key) }) { return binding.command }
        guard !standalone.contains(context) else { return nil }
        return table[.global]?.first { $0.keys.contains(key) }?.command
    }
}
