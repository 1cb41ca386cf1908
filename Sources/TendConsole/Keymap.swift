import TendCore
import TendTerminal

/// Everything a key can do in the console.
public enum ConsoleCommand: String, Sendable, CaseIterable {
    case down, up, top, bottom, pageDown, pageUp
    case nextPane, previousPane, open, back
    case help, search, nextMatch, previousMatch
    case toggleMine, toggleUnassigned, toggleOverdue, clearFilters
    case toggleScripts, reveal, take, redraw, quit
}

/// Where the keyboard is: each has its own table, and the global one applies under it.
public enum KeyContext: String, Sendable, CaseIterable {
    case global, queue, ticket, scripts, help
}

public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let command: ConsoleCommand
    public let help: (en: String, zh: String)

    public func help(_ lang: Language) -> String { lang.pick(help.en, help.zh) }
    public var keyNames: String { keys.map(\.description).joined(separator: "/") }
}

/// The one keymap: dispatch, the footer hints and the `?` screen are all read from it, so they
/// cannot disagree.
public enum Keymap {
    private static func bind(_ keys: [Key], _ command: ConsoleCommand, _ en: String, _ zh: String) -> KeyBinding {
        KeyBinding(keys: keys, command: command, help: (en, zh))
    }

    private static let moving: [KeyBinding] = [
        bind([.character("j"), .down], .down, "next", "下一项"),
        bind([.character("k"), .up], .up, "previous", "上一项"),
        bind([.character("g"), .home], .top, "first", "第一项"),
        bind([.character("G"), .end], .bottom, "last", "最后一项"),
        bind([.pageDown, .control("f")], .pageDown, "page down", "向下翻页"),
        bind([.pageUp, .control("b")], .pageUp, "page up", "向上翻页"),
    ]

    public static let table: [KeyContext: [KeyBinding]] = [
        .global: [
            bind([.tab], .nextPane, "next pane", "下一个窗格"),
            bind([.backTab], .previousPane, "previous pane", "上一个窗格"),
            bind([.character("?"), .function(1)], .help, "help", "帮助"),
            bind([.character("/")], .search, "search", "搜索"),
            bind([.character("n")], .nextMatch, "next match", "下一个匹配"),
            bind([.character("N")], .previousMatch, "previous match", "上一个匹配"),
            bind([.character("s")], .toggleScripts, "show/fold scripts", "显示/收起话术"),
            bind([.control("l")], .redraw, "redraw the screen", "重绘屏幕"),
            bind([.character("q"), .control("c")], .quit, "quit", "退出"),
        ],
        .queue: moving + [
            bind([.enter], .open, "open the ticket", "查看工单"),
            bind([.character("m")], .toggleMine, "only mine", "只看我的"),
            bind([.character("u")], .toggleUnassigned, "only unassigned", "只看未分配"),
            bind([.character("x")], .toggleOverdue, "only overdue", "只看超时"),
            bind([.character("0")], .clearFilters, "clear filters", "清除筛选"),
            bind([.character("t")], .take, "take the ticket", "接单"),
        ],
        .ticket: moving + [
            bind([.escape], .back, "back to the queue", "返回队列"),
            bind([.character("v")], .reveal, "reveal contact (logged)", "查看完整联系方式（留痕）"),
            bind([.character("t")], .take, "take the ticket", "接单"),
        ],
        .scripts: moving + [
            bind([.escape], .back, "back to the queue", "返回队列"),
        ],
        .help: moving + [
            bind([.escape, .character("?"), .character("q")], .back, "close help", "关闭帮助"),
        ],
    ]

    /// The command a key runs in a context: the context's own table first, then the global one
    /// (except in help, which takes every key it knows and ignores the rest).
    public static func command(for key: Key, in context: KeyContext) -> ConsoleCommand? {
        if let binding = table[context]?.first(where: { $0.keys.contains(key) }) { return binding.command }
        guard context != .help else { return nil }
        return table[.global]?.first { $0.keys.contains(key) }?.command
    }
}
