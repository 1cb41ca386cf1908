/// What is wrong with one place in a backup, in both languages. Field names and identifiers are
/// quoted as the file spells them: they are what the reader looks for in the file.
public enum BackupReason: Error, Sendable, Hashable {
    public enum Expected: Sendable, Hashable {
        case text, number, flag, object, list

        func name(_ lang: Language) -> String {
            switch self {
            case .text: lang.pick("text", "文本")
            case .number: lang.pick("a whole number", "整数")
            case .flag: lang.pick("true or false", "true 或 false")
            case .object: lang.pick("an object", "对象")
            case .list: lang.pick("a list", "列表")
            }
        }
    }

    case notJSON
    case noTickets
    case notAnObject
    case missing(field: String)
    case wrongType(field: String, expected: Expected)
    case unknownField(String)
    case unknownValue(field: String, value: String, allowed: String)
    case badInstant(field: String, text: String)
    case instantOutOfRange(field: String, text: String)
    case emptyText(field: String)
    case emptyRequestID
    case badTicketID(String)
    case duplicateID(String)
    /// Tickets are numbered from T-1001 on without gaps, and a restore keeps their numbers.
    case missingTicket(TicketID)
    /// A masked or redacted export describes tickets but cannot rebuild them.
    case masked
    /// An export made before exports carried each event's data.
    case noEventData
    case unknownEvent(String)
    case emptyTimeline
    case firstNotReceived(kind: String)
    case receivedAgain
    case wrongStage(kind: String, stage: Stage, allowed: [Stage])
    case nothingToApprove
    case gradeNotCurrent(from: Grade, current: Grade)
    case sameGrade(Grade)
    case scoreOutOfRange(Int64)
    case percentOutOfRange(Int)
    case amountOutOfRange(Int64)
    case amountDisagrees(decimal: String, minor: Int64)
    case wrongCurrency(found: String, desk: String)
    case waivedOtherStage(stated: Stage, current: Stage)
    case relatedToItself
    case relatedUnknown(String)
    /// The ticket's own field says one thing and its timeline adds up to another.
    case summaryDisagrees(field: String, stated: String, rebuilt: String)

    public func message(_ lang: Language) -> String {
        switch self {
        case .notJSON:
            return lang.pick("not valid JSON", "不是有效的 JSON")
        case .noTickets:
            return lang.pick("the file holds no tickets", "文件中没有工单")
        case .notAnObject:
            return lang.pick("expected an object", "应为对象")
        case .missing(let field):
            return lang.pick("\(q(field)) is missing", "缺少 \(q(field))")
        case .wrongType(let field, let expected):
            return lang.pick("\(q(field)) must be \(expected.name(lang))", "\(q(field)) 应为\(expected.name(lang))")
        case .unknownField(let field):
            return lang.pick("unknown field \(q(field))", "无法识别的字段 \(q(field))")
        case .unknownValue(let field, let value, let allowed):
            return lang.pick("\(q(field)) \(q(value)) is not one of \(allowed)", "\(q(field)) 的值 \(q(value)) 无法识别，可选：\(allowed)")
        case .badInstant(let field, let text):
            return lang.pick("\(q(field)) \(q(text)) is not an instant as exports write them: UTC to the millisecond, such as 2026-11-20T09:00:00.250Z",
                             "\(q(field)) 的值 \(q(text)) 不是导出文件所用的时间写法：协调世界时，精确到毫秒，如 2026-11-20T09:00:00.250Z")
        case .instantOutOfRange(let field, let text):
            return InputRefusal.instantOutOfRange(field: field, text: text).message(lang)
        case .emptyText(let field):
            return lang.pick("\(q(field)) is empty", "\(q(field)) 为空")
        case .emptyRequestID:
            return lang.pick("\"request\" is empty: it is null or a request id", "\"request\" 为空：应为 null 或请求编号")
        case .badTicketID(let text):
            return lang.pick("\(q(text)) is not a ticket ID such as T-1001", "\(q(text)) 不是 T-1001 这样的工单编号")
        case .duplicateID(let id):
            return lang.pick("\(id) appears more than once", "\(id) 出现了不止一次")
        case .missingTicket(let id):
            return lang.pick("\(id) is missing: a backup holds every ticket from T-1001 on, without gaps",
                             "缺少 \(id)：备份应包含从 T-1001 起的全部工单，中间不能有空缺")
        case .masked:
            return lang.pick("this export is masked or redacted (\"masked\": true): it cannot restore contacts. Restore from an export a supervisor made without --redact.",
                             "该导出文件经过遮盖或脱敏（\"masked\": true），无法恢复联系方式。请使用主管不加 --redact 导出的文件恢复。")
        case .noEventData:
            return lang.pick("the timeline entries carry no \"data\": this export was made by an earlier Tend and cannot be restored",
                             "处理记录中没有 \"data\"：该文件由较早版本的 Tend 导出，无法恢复")
        case .unknownEvent(let kind):
            return lang.pick("unknown event \(q(kind)); events are: \(BackupEventKinds.identifiers)",
                             "无法识别的事件 \(q(kind))；可选：\(BackupEventKinds.identifiers)")
        case .emptyTimeline:
            return lang.pick("the timeline is empty", "处理记录为空")
        case .firstNotReceived(let kind):
            return lang.pick("a timeline starts with \"received\", not \(q(kind))",
                             "处理记录应以 \"received\"（受理）开始，而不是 \(kindName(kind, lang))")
        case .receivedAgain:
            return lang.pick("\"received\" comes only first in a timeline", "\"received\"（受理）只能是第一条处理记录")
        case .wrongStage(let kind, let stage, let allowed):
            let places = allowed.map { $0.name(lang) }.joined(separator: lang.pick(" or ", "或"))
            return lang.pick("\(q(kind)) cannot follow from the \(stage.english) stage (only from \(places))",
                             "\(kindName(kind, lang)) 不能发生在“\(stage.chinese)”阶段（只能在“\(places)”阶段）")
        case .nothingToApprove:
            return lang.pick("\"resolution_approved\" with no resolution awaiting approval",
                             "\"resolution_approved\"（方案审批）之前没有待审批的处理方案")
        case .gradeNotCurrent(let from, let current):
            return lang.pick("the grade changes from \(from.english), but it was \(current.english)",
                             "等级从“\(from.chinese)”改出，但当时的等级是“\(current.chinese)”")
        case .sameGrade(let grade):
            return lang.pick("the grade changes from \(grade.english) to itself", "等级从“\(grade.chinese)”改为同一等级")
        case .scoreOutOfRange(let score):
            return lang.pick("\"score\" takes 1 to 5 or null, not \(score)", "\"score\" 只能是 1 到 5 或 null，不能是 \(score)")
        case .percentOutOfRange(let percent):
            return lang.pick("\"percent\" takes 1 to 255, not \(percent)", "\"percent\" 只能是 1 到 255，不能是 \(percent)")
        case .amountOutOfRange(let minor):
            return lang.pick("\"amount_minor\" \(minor) lies outside 0 to \(Money.largestMinorUnits)",
                             "\"amount_minor\" 的值 \(minor) 不在 0 到 \(Money.largestMinorUnits) 之间")
        case .amountDisagrees(let decimal, let minor):
            return lang.pick("\"amount\" \(q(decimal)) and \"amount_minor\" \(minor) disagree",
                             "\"amount\" 的值 \(q(decimal)) 与 \"amount_minor\" 的值 \(minor) 不一致")
        case .wrongCurrency(let found, let desk):
            return lang.pick("an amount in \(q(found)), but this desk keeps \(desk)", "金额币种为 \(q(found))，而本工作台使用 \(desk)")
        case .waivedOtherStage(let stated, let current):
            return lang.pick("items waived at the \(stated.english) stage while the ticket was at \(current.english)",
                             "记录在“\(stated.chinese)”阶段跳过检查项，而工单当时处于“\(current.chinese)”阶段")
        case .relatedToItself:
            return lang.pick("a ticket cannot be related to itself", "工单不能关联自身")
        case .relatedUnknown(let id):
            return lang.pick("related to \(q(id)), which is not in the backup", "关联的 \(q(id)) 不在备份中")
        case .summaryDisagrees(let field, let stated, let rebuilt):
            return lang.pick("\(q(field)) says \(q(stated)) but the timeline adds up to \(q(rebuilt))",
                             "\(q(field)) 写的是 \(q(stated))，而处理记录得出的是 \(q(rebuilt))")
        }
    }

    private func q(_ text: String) -> String { SafeText.quoted(text, limit: 40) }

    /// An event kind in Chinese text: its identifier with its Chinese name when it is a known one.
    private func kindName(_ kind: String, _ lang: Language) -> String {
        guard lang == .zh, let name = BackupEventKinds.chinese[kind] else { return q(kind) }
        return "\(q(kind))（\(name)）"
    }
}
