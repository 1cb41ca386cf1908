import Foundation
import TendCore
import TendTerminal

/// The `:` command line: the same action names as the command line's subcommands (`:take`,
/// `:grade serious REASON`…), with arguments the keys cannot give, and a few words of the
/// console's own (a filter, a ticket to jump to, a theme). Tab completes the word being typed.
enum CommandLineInput {
    /// A word for the `:` line: its name is typed as it is; `usage` shows what follows it, with
    /// the words that stand for a value (a reason, a login) in the reader's language.
    struct Verb {
        let name: String
        let usage: Bilingual
        let help: Bilingual
    }

    /// The console's own words, then one per ticket action.
    static let verbs: [Verb] = [
        Verb(name: "filter", usage: Bilingual("filter mine|unassigned|overdue|due-soon|clear|stage S|grade G|service S",
                                              "filter 我的|未分配|超时|即将超时|清除|阶段 某阶段|等级 某等级|服务 某服务"),
             help: Bilingual("filter the queue", "筛选队列")),
        Verb(name: "search", usage: Bilingual("search TEXT", "search 文字"), help: Bilingual("find a ticket", "查找工单")),
        Verb(name: "goto", usage: Bilingual("goto T-1042", "goto T-1042"), help: Bilingual("select a ticket", "选中工单")),
        Verb(name: "approvals", usage: Bilingual("approvals", "approvals"), help: Bilingual("every resolution waiting for approval", "所有待审批的处理方案")),
        Verb(name: "calls", usage: Bilingual("calls", "calls"), help: Bilingual("the follow-up calls to make", "待打的回访电话")),
        Verb(name: "terms", usage: Bilingual("terms", "terms"), help: Bilingual("the after-sales terms beside the ticket", "在工单旁查看售后条款")),
        Verb(name: "stats", usage: Bilingual("stats [overview|causes|clocks|satisfaction|people]", "stats [概览|成因分布|时效|满意度与补偿|人员]"),
             help: Bilingual("the statistics, at a page (supervisor)", "统计数据，可指定页面（主管）")),
    ] + TicketAction.Name.allCases.filter { $0 != .escalate }.map { Verb(name: $0.rawValue, usage: usage($0), help: $0.summary) } + [
        Verb(name: "lang", usage: Bilingual("lang en|zh", "lang en|zh"), help: Bilingual("switch language", "切换语言")),
        Verb(name: "theme", usage: Bilingual("theme NAME", "theme 主题名"), help: Bilingual("switch colour theme", "切换配色主题")),
        Verb(name: "scripts", usage: Bilingual("scripts", "scripts"), help: Bilingual("show or fold scripts", "显示/收起话术")),
        Verb(name: "help", usage: Bilingual("help", "help"), help: Bilingual("every key", "按键说明")),
        Verb(name: "quit", usage: Bilingual("quit", "quit"), help: Bilingual("leave Tend", "退出")),
    ]

    /// How each action is typed after `:`; without its arguments, an action opens its form.
    static func usage(_ name: TicketAction.Name) -> Bilingual {
        let word = name.rawValue
        return switch name {
        case .assign: Bilingual("\(word) [LOGIN]", "\(word) [登录名]")
        case .grade: Bilingual("\(word) [GRADE REASON]", "\(word) [等级 原因]")
        case .note: Bilingual("\(word) [TEXT]", "\(word) [备注内容]")
        case .reopen: Bilingual("\(word) [REASON]", "\(word) [原因]")
        case .mediate: Bilingual("\(word) [PARTY REASON]", "\(word) [调解方 原因]")
        case .mediation: Bilingual("\(word) [NOTE]", "\(word) [进展]")
        case .approve: Bilingual("\(word) [COMMENT]", "\(word) [批注]")
        case .reject: Bilingual("\(word) [WHY]", "\(word) [驳回理由]")
        case .followUpFailed: Bilingual("\(word) [NOTE]", "\(word) [情况说明]")
        case .relate: Bilingual("\(word) T-1042", "\(word) T-1042")
        case .anger: Bilingual("\(word) [calm|upset|angry|grieving]", "\(word) [平静|不满|愤怒|悲痛]")
        case .pause: Bilingual("\(word) [customer|vet_report|mediator]", "\(word) [等客户回复|等兽医报告|等调解方]")
        case .keep: Bilingual("\(word) [N] [WHAT WAS DONE]", "\(word) [第几项] [兑现情况]")
        case .evidence: Bilingual("\(word) KIND REF [NOTE]", "\(word) 类型 编号 [说明]")
        default: Bilingual(word, word)
        }
    }

    static func handle(_ key: Key, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        guard case .command(var field) = state.modal else { return [] }
        switch key {
        case .escape:
            state.modal = nil
        case .enter:
            state.modal = nil
            return run(field.text, &state, env)
        case .tab:
            complete(&state, policy: env.policy)
        case .backspace where field.text.isEmpty:
            state.modal = nil
        default:
            _ = field.edit(key)
            state.modal = .command(field)
        }
        return []
    }

    // MARK: Running

    static func run(_ text: String, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        let words = text.split(whereSeparator: { $0 == " " }).map(String.init)
        guard let verb = words.first?.lowercased() else { return [] }
        let rest = words.dropFirst().joined(separator: " ")
        let lang = state.lang
        func perform(_ command: ConsoleCommand) -> [ConsoleEffect] { ConsoleReducer.run(command, &state, env) }
        func usage(_ name: String) -> [ConsoleEffect] {
            let line = verbs.first { $0.name == name }?.usage.text(lang) ?? name
            state.say(lang.pick("Usage: :\(line)", "用法：:\(line)"), error: true)
            return []
        }
        /// An action with its arguments given: checked for this user and ticket, then recorded.
        func act(_ action: TicketAction) -> [ConsoleEffect] {
            TicketActions.commit(action, &state, env)
        }

        switch verb {
        case "filter":
            filter(Array(words.dropFirst()), &state)
            return []
        case "search", "/":
            guard !rest.isEmpty else { return usage("search") }
            state.modal = .search(rest)
            return ConsoleReducer.update(.key(.enter), &state, env)
        case "goto":
            guard let id = TicketID(parsing: rest) else { return usage("goto") }
            guard env.desk.ticket(id) != nil else {
                state.say(StoreError.noSuchTicket(rest).message(lang), error: true)
                return []
            }
            guard let index = state.queue.firstIndex(of: id) else {
                state.say(lang.pick("\(id) is not in this queue; :filter clear shows every open ticket.", "\(id) 不在当前队列中；:filter clear 显示全部在办工单。"), error: true)
                return []
            }
            state.selected = index
            state.ticketScroll = 0
            return []
        case "add", "new": return perform(.newComplaint)
        case "take": return perform(.take)
        case "advance": return perform(.advance)
        case "approve":
            guard !rest.isEmpty else { return perform(.approve) }
            let amount = env.desk.ticket(state.selectedID ?? TicketID(0))?.resolution?.amount?.formatted ?? ""
            return TicketActions.ask(.approve(comment: rest), &state, env) { id in
                Bilingual("Approve \(amount) compensation on \(id), saying “\(rest)”?", "批准 \(id) 的补偿 \(amount)，并批注“\(rest)”？")
            }
        case "reject": return rest.isEmpty ? perform(.reject) : act(.reject(comment: rest))
        case "approvals": return perform(.approvals)
        case "reveal": return perform(.reveal)
        case "said": return perform(.markSaid)
        case "reassign": return perform(.reassign)
        case "assign": return rest.isEmpty ? perform(.reassign) : act(.assign(to: rest))
        case "note": return rest.isEmpty ? perform(.addNote) : act(.note(rest))
        case "grade":
            guard !rest.isEmpty else { return perform(.changeGrade) }
            guard words.count >= 3, let grade = Grade.parse(words[1]) else { return usage("grade") }
            return act(.grade(grade, reason: words.dropFirst(2).joined(separator: " ")))
        case "reopen": return rest.isEmpty ? perform(.reopen) : act(.reopen(reason: rest))
        case "mediate":
            guard !rest.isEmpty else { return perform(.mediate) }
            guard words.count >= 3, let party = MediationParty.parse(words[1]) else { return usage("mediate") }
            let referral = MediationReferral(party: party, reason: words.dropFirst(2).joined(separator: " "))
            return TicketActions.ask(.mediate(referral), &state, env) { id in
                Bilingual("Hand \(id) to mediation by the \(party.english)?", "将 \(id) 转交\(party.chinese)调解？")
            }
        case "mediation":
            return rest.isEmpty ? perform(.mediate) : act(.mediation(MediationUpdate(note: rest)))
        case "follow-up", "followup": return act(.followUpFailed(note: rest))
        case "relate":
            guard let other = TicketID(parsing: rest) else { return usage("relate") }
            guard env.desk.ticket(other) != nil else {
                state.say(StoreError.noSuchTicket(rest).message(lang), error: true)
                return []
            }
            return act(.relate(to: other))
        case "anger":
            guard !rest.isEmpty else { return perform(.cycleAnger) }
            guard let level = Anger.parse(rest) else { return usage("anger") }
            return act(.anger(level))
        case "pause":
            guard !rest.isEmpty else { return perform(.holdClocks) }
            guard let reason = PauseReason.parse(rest) else { return usage("pause") }
            return act(.pause(reason))
        case "resume": return act(.resume)
        case "calls": return perform(.callsDue)
        case "terms": return perform(.terms)
        case "stats", "statistics", "统计":
            guard !rest.isEmpty else { return perform(.statistics) }
            guard let page = StatsPage.ordered.first(where: { $0.rawValue == rest.lowercased() || $0.name(state.lang) == rest }) else {
                state.say(state.lang.pick("Pages: \(StatsPage.ordered.map(\.rawValue).joined(separator: ", "))",
                                          "页面：\(StatsPage.ordered.map(\.rawValue).joined(separator: "、"))"), error: true)
                return []
            }
            var kept = state.statsKept ?? StatsView()
            kept.page = page
            kept.selected = 0
            state.statsKept = kept
            return perform(.statistics)
        case "kept":
            // "kept 2 transfer 8812": a leading number says which promise.
            let number = words.count > 1 ? Int(words[1]) : nil
            let note = number == nil ? rest : words.dropFirst(2).joined(separator: " ")
            return act(.keep(number: number, note: note))
        case "evidence":
            guard words.count >= 3, let kind = EvidenceKind.parse(words[1]) else { return usage("evidence") }
            return act(.evidence(Evidence(kind: kind, reference: words[2], note: words.dropFirst(3).joined(separator: " "))))
        case "scripts": return perform(.toggleScripts)
        case "help": return perform(.help)
        case "quit", "q": return perform(.quit)
        case "theme":
            guard !rest.isEmpty else { return usage("theme") }
            return [.switchTheme(rest)]
        case "lang":
            guard let language = Language(rawValue: rest.lowercased().hasPrefix("zh") ? "zh" : rest.lowercased()) else { return usage("lang") }
            state.lang = language
            return []
        default:
            state.say(lang.pick("Unknown command “\(verb)”; Tab after : lists them.", "未知命令“\(verb)”；在 : 后按 Tab 可列出全部命令。"), error: true)
            return []
        }
    }

    private static func filter(_ words: [String], _ state: inout ConsoleState) {
        let lang = state.lang
        let what = words.first?.lowercased() ?? ""
        let value = words.dropFirst().joined(separator: " ")
        switch what {
        case "mine", "我的": state.filter.assignee = state.actor.login; state.filter.unassigned = false
        case "unassigned", "未分配": state.filter.unassigned = true; state.filter.assignee = nil
        case "overdue", "超时": state.filter.overdueOnly = true
        case "due-soon", "即将超时": state.filter.dueSoonOnly = true
        case "clear", "清除": state.filter = TicketFilter()
        case "stage", "阶段":
            guard let stage = Stage.parse(value) else { return state.say(lang.pick("Stage is one of: \(Stage.identifiers)", "阶段可选：\(Stage.identifiers)"), error: true) }
            state.filter.stages = [stage]
            if stage == .closed { state.filter.includeClosed = true }
        case "grade", "等级":
            guard let grade = Grade.parse(value) else { return state.say(lang.pick("Grade is one of: \(Grade.identifiers)", "等级可选：\(Grade.identifiers)"), error: true) }
            state.filter.grades = [grade]
        case "service", "服务":
            guard let service = ServiceLine.parse(value) else { return state.say(lang.pick("Service is one of: \(ServiceLine.identifiers)", "服务可选：\(ServiceLine.identifiers)"), error: true) }
            state.filter.services = [service]
        default:
            let usage = verbs[0].usage.text(lang)
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
        case ["filter"]: options = ["mine", "unassigned", "overdue", "due-soon", "clear", "stage", "grade", "service"]
        case ["filter", "stage"]: options = Stage.ordered.map(\.rawValue)
        case ["filter", "grade"], ["grade"]: options = Grade.ordered.map(\.rawValue)
        case ["filter", "service"]: options = ServiceLine.ordered.map(\.rawValue)
        case ["assign"]: options = policy.staff.filter { Workflow.mayHoldTickets($0.role) }.map(\.login)
        case ["anger"]: options = Anger.ordered.map(\.rawValue)
        case ["pause"]: options = policy.pauseReasons.map(\.rawValue)
        case ["lang"]: options = ["en", "zh"]
        case ["theme"]: options = themes
        default: options = []
        }
        let lowered = last.lowercased()
        return (words.map { $0 + " " }.joined(), options.filter { $0.lowercased().hasPrefix(lowered) })
    }

    private static func complete(_ state: inout ConsoleState, policy: Policy) {
        guard case .command(var field) = state.modal else { return }
        defer { state.modal = .command(field) }
        let text = field.text
        let (prefix, options) = candidates(for: text, policy: policy, themes: state.themeNames)
        guard !options.isEmpty else {
            state.say(state.lang.pick("Nothing to complete.", "没有可补全的内容。"))
            return
        }
        if options.count == 1 {
            field.set(prefix + options[0] + " ")
            return
        }
        let common = options.dropFirst().reduce(options[0]) { $0.commonPrefix(with: $1) }
        let typed = String(text.dropFirst(prefix.count))
        if common.count > typed.count { field.set(prefix + common) }
        state.say(options.joined(separator: "  "))
    }
}
