/// Something wrong with a backup, and where: the file's line, the ticket, the timeline entry.
public struct BackupProblem: Sendable, Hashable {
    public var line: Int?
    /// The ticket as the file names it ("T-1002"); without one, its place in the file (from 1).
    public var ticket: String?
    public var position: Int?
    /// The timeline entry, counted from 0 as in the file's `timeline` array.
    public var entry: Int?
    public var reason: BackupReason

    public init(line: Int? = nil, ticket: String? = nil, position: Int? = nil, entry: Int? = nil, reason: BackupReason) {
        self.line = line
        self.ticket = ticket
        self.position = position
        self.entry = entry
        self.reason = reason
    }

    /// "line 3, T-1002, timeline entry 5: …" (entries counted from 1 for people).
    public func message(_ lang: Language) -> String {
        var place: [String] = []
        if let line { place.append(lang.pick("line \(line)", "第 \(line) 行")) }
        if let ticket {
            place.append(TicketID(parsing: ticket)?.description == ticket ? ticket : SafeText.quoted(ticket, limit: 40))
        } else if let position {
            place.append(lang.pick("ticket \(position) in the file", "文件中第 \(position) 张工单"))
        }
        if let entry { place.append(lang.pick("timeline entry \(entry + 1)", "第 \(entry + 1) 条处理记录")) }
        let reason = reason.message(lang)
        guard !place.isEmpty else { return reason }
        return place.joined(separator: lang.pick(", ", "，")) + lang.pick(": ", "：") + reason
    }
}

/// Why a backup cannot be restored. Nothing is written when any problem is found.
public enum BackupRefusal: Refusal, Sendable, Equatable {
    case invalid([BackupProblem])
    /// A backup goes into an empty desk only; `holdsThisBackup` when the desk already holds exactly
    /// the backup's tickets (a restore that was run before).
    case deskNotEmpty(tickets: Int, holdsThisBackup: Bool)
    case needsSupervisor

    /// Problems listed before the rest are only counted: the first ones show what is wrong.
    public static let listed = 20

    public func message(_ lang: Language) -> String {
        switch self {
        case .invalid(let problems):
            var text = lang.pick("the backup was not restored and nothing was written: \(problems.count) problem(s):",
                                 "备份未恢复，未写入任何内容：共 \(problems.count) 个问题：")
            for problem in problems.prefix(Self.listed) { text += "\n  " + problem.message(lang) }
            if problems.count > Self.listed {
                text += "\n  " + lang.pick("… and \(problems.count - Self.listed) more", "……另有 \(problems.count - Self.listed) 个")
            }
            return text
        case .deskNotEmpty(let tickets, let holdsThisBackup):
            let already = holdsThisBackup
                ? lang.pick(" It already holds exactly the tickets of this backup: it was restored before.",
                            "其中的工单与该备份完全相同：此前已恢复过。") : ""
            return lang.pick("a backup is restored into an empty desk only, and this desk holds \(tickets) tickets. Nothing was written.\(already) Create an empty desk with `tend init --store DIR` and import there.",
                             "备份只能恢复到空工作台，而本工作台已有 \(tickets) 张工单。未写入任何内容。\(already)请用 `tend init --store DIR` 新建空工作台后再导入。")
        case .needsSupervisor:
            return lang.pick("only a supervisor may restore a backup: it records every ticket's history in its staff's names.",
                             "只有主管可以恢复备份：恢复会以各员工的名义写入全部工单的处理记录。")
        }
    }
}
