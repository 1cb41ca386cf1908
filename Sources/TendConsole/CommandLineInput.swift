import Foundation
import TendCore
import TendTerminal

/// The `:` command line: a word for each thing the keys do, with arguments the keys cannot give
/// (a grade to filter by, a login, a ticket to jump to). Tab completes the word being typed.
enum CommandLineInput {
    struct Verb {
        let name: String
        let usage: String
        let help: Bilingual
    }

    static let verbs: [Verb] = [
        Verb(name: "filter", usage: "filter mine|unassigned|overdue|clear|stage S|grade G|service S", help: Bilingual("filter the queue", "筛选队列")),
        Verb(name: "search", usage: "search TEXT", help: Bilingual("find a ticket", "查找工单")),
        Verb(name: "goto", usage: "goto T-1042", help: Bilingual("select a ticket", "选中工单")),
        Verb(name: "take", usage: "take", help: Bilingual("take the selected ticket", "接单")),
        Verb(name: "advance", usage: "advance", help: Bilingual("advance the selected ticket", "推进工单")),
        Verb(name: "assign", usage: "assign LOGIN", help: Bilingual("assign the selected ticket", "指派工单")),
        Verb(name: "reassign", usage: "reassign", help: Bilingual("pick who takes it over", "选择改派对象")),
        Verb(name: "grade", usage: "grade G REASON", help: Bilingual("change the grade", "改等级")),
        Verb(name: "note", usage: "note TEXT", help: Bilingual("add a note", "添加备注")),
        Verb(name: "reopen", usage: "reopen REASON", help: Bilingual("reopen", "重开")),
        Verb(name: "mediate", usage: "mediate REASON", help: Bilingual("hand to mediation", "转第三方调解")),
        Verb(name: "approve", usage: "approve", help: Bilingual("approve compensation", "批准补偿")),
        Verb(name: "new", usage: "new", help: Bilingual("new complaint", "新建投诉")),
        Verb(name: "lang", usage: "lang en|zh", help: Bilingual("switch language", "切换语言")),
        Verb(name: "theme", usage: "theme NAME", help: Bilingual("switch colour theme", "切换配色主题")),
        Verb(name: "scripts", usage: "scripts", help: Bilingual("show or fold scripts", "显示/收起话术")),
        Verb(name: "help", usage: "help", help: Bilingual("every key", "按键说明")),
        Verb(name: "quit", usage: "quit", help: Bilingual("leave Tend", "退出")),
    ]

    static func handle(_ key: Key, _ state: inout ConsoleState, desk: Desk, policy: Policy, page: Int) {
        switch key {
        case .escape:
            state.commandInput = nil
        case .enter:
            let text = state.commandInput?.text ?? ""
            state.commandInput = nil
            run(text, &state, desk: desk, policy: policy, page: page)
        case .tab:
            complete(&state, policy: policy)
        case .backspace where state.commandInput?.text.isEmpty == true:
            state.commandInput = nil
        default:
            _ = state.commandInput?.edit(key)
        }
    }

    // MARK: Running

    static func run(_ text: String, _ state: inout ConsoleState, desk: Desk, policy: Policy, page: Int) {
        let words = text.split(whereSeparator: { $0 == " " }).map(String.init)
        guard let verb = words.first?.lowercased() else { return }
        let rest = words.dropFirst().joined(separator: " ")
        let lang = state.lang
        func perform(_ command: ConsoleCommand) { ConsoleReducer.run(command, &state, desk: desk, policy: policy, page: page) }
        func usage(_ name: String) {
            let line = verbs.first { $0.name == name }?.usage ?? name
            state.say(lang.pick("Usage: :\(line)", "用法：:\(line)"), error: true)
        }
        func selected() -> TicketID? {
            if let id = state.selectedID { return id }
            state.say(lang.pick("No ticket selected.", "未选中工单。"), error: true)
            return nil
        }

        switch verb {
        case "filter": filter(Array(words.dropFirst()), &state)
        case "search", "/":
            guard !rest.isEmpty else { return usage("search") }
            state.searchInput = rest
            ConsoleReducer.handle(.enter, &state, desk: desk, policy: policy, page: page)
        case "goto":
            guard let id = TicketID(parsing: rest) else { return usage("goto") }
            guard desk.ticket(id) != nil else { return state.say(StoreError.noSuchTicket(rest).message(lang), error: true) }
            guard let index = state.queue.firstIndex(of: id) else {
                return state.say(lang.pick("\(id) is not in this queue; :filter clear shows every open ticket.", "\(id) 不在当前队列中；:filter clear 显示全部在办工单。"), error: true)
            }
            state.selected = index
            state.ticketScroll = 0
        case "take": perform(.take)
        case "advance": perform(.advance)
        case "reassign": perform(.reassign)
        case "approve": perform(.approve)
        case "new": perform(.newComplaint)
        case "scripts": perform(.toggleScripts)
        case "help": perform(.help)
        case "quit", "q": perform(.quit)
        case "assign":
            guard !rest.isEmpty else { return usage("assign") }
            if let id = selected() { state.pending = .assign(id, to: rest) }
        case "note":
            guard !rest.isEmpty else { return perform(.addNote) }
            if let id = selected() { state.pending = .note(id, rest) }
        case "grade":
            guard words.count >= 3, let grade = Grade.parse(words[1]) else { return usage("grade") }
            if let id = selected() { state.pending = .changeGrade(id, grade, reason: words.dropFirst(2).joined(separator: " ")) }
        case "reopen":
            guard !rest.isEmpty else { return perform(.reopen) }
            if let id = selected() { state.pending = .reopen(id, reason: rest) }
        case "mediate":
            guard !rest.isEmpty else { return perform(.mediate) }
            if let id = selected() {
                state.confirmation = Confirmation(question: lang.pick("Hand \(id) to third-party mediation? (y/n)", "将 \(id) 转交第三方调解？(y/n)"),
                                                  onYes: .perform(.mediate(id, reason: rest)))
            }
        case "theme":
            guard !rest.isEmpty else { return usage("theme") }
            state.requestedTheme = rest
        case "lang":
            guard let language = Language(rawValue: rest.lowercased().hasPrefix("zh") ? "zh" : rest.lowercased()) else { return usage("lang") }
            state.lang = language
        default:
            state.say(lang.pick("Unknown command “\(verb)”; Tab after : lists them.", "未知命令“\(verb)”；在 : 后按 Tab 可列出全部命令。"), error: true)
        }
    }

    private static func filter(_ words: [String], _ state: inout ConsoleState) {
        let lang = state.lang
        let what = words.first?.lowercased() ?? ""
        let value = words.dropFirst().joined(separator: " ")
        switch what {
        case "mine": state.filter.assignee = state.actor.login; state.filter.unassigned = false
        case "unassigned": state.filter.unassigned = true; state.filter.assignee = nil
        case "overdue": state.filter.overdueOnly = true
        case "clear": state.filter = TicketFilter()
        case "stage":
            guard let stage = Stage.parse(value) else { return state.say(lang.pick("Stage is one of: \(Stage.identifiers)", "阶段可选：\(Stage.identifiers)"), error: true) }
            state.filter.stages = [stage]
            if stage == .closed { state.filter.includeClosed = true }
        case "grade":
            guard let grade = Grade.parse(value) else { return state.say(lang.pick("Grade is one of: \(Grade.identifiers)", "等级可选：\(Grade.identifiers)"), error: true) }
            state.filter.grades = [grade]
        case "service":
            guard let service = ServiceLine.parse(value) else { return state.say(lang.pick("Service is one of: \(ServiceLine.identifiers)", "服务可选：\(ServiceLine.identifiers)"), error: true) }
            state.filter.services = [service]
        default:
            let usage = verbs[0].usage
            state.say(lang.pick("Usage: :\(usage)", "用法：:\(usage)"), error: true)
        }
    }

    // MARK: Completion

    /// What the last word could become, given the words before it.
    static func candidates(for text: String, policy: Policy, themes: [String] = []) -> (prefix: String, options: [String]) {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let last = words.popLast() ?? ""
        let options: [String]
        switch words.map({ $0.lowercased() }) {
        case []: options = verbs.map(\.name)
        case ["filter"]: options = ["mine", "unassigned", "overdue", "clear", "stage", "grade", "service"]
        case ["filter", "stage"]: options = Stage.ordered.map(\.rawValue)
        case ["filter", "grade"], ["grade"]: options = Grade.ordered.map(\.rawValue)
        case ["filter", "service"]: options = ServiceLine.ordered.map(\.rawValue)
        case ["assign"]: options = policy.staff.filter { $0.role != .trainee }.map(\.login)
        case ["lang"]: options = ["en", "zh"]
        case ["theme"]: options = themes
        default: options = []
        }
        let lowered = last.lowercased()
        return (words.map { $0 + " " }.joined(), options.filter { $0.lowercased().hasPrefix(lowered) })
    }

    private static func complete(_ state: inout ConsoleState, policy: Policy) {
        let text = state.commandInput?.text ?? ""
        let (prefix, options) = candidates(for: text, policy: policy, themes: state.themeNames)
        guard !options.isEmpty else {
            state.say(state.lang.pick("Nothing to complete.", "没有可补全的内容。"))
            return
        }
        if options.count == 1 {
            state.commandInput?.set(prefix + options[0] + " ")
            return
        }
        let common = options.dropFirst().reduce(options[0]) { $0.commonPrefix(with: $1) }
        let typed = String(text.dropFirst(prefix.count))
        if common.count > typed.count { state.commandInput?.set(prefix + common) }
        state.say(options.joined(separator: "  "))
    }
}
