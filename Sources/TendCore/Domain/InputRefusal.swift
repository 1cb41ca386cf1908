/// A number, duration, instant or amount from outside (a flag, a form field, an import column)
/// that cannot be read, or can but lies outside what Tend accepts. `field` names where it came
/// from as the user knows it: "--eta", "occurred_at", "Promised by".
public enum InputRefusal: Refusal, Sendable, Equatable {
    case notADuration(field: String, text: String)
    case durationTooLong(field: String, text: String)
    case notAnInstant(field: String, text: String)
    case instantOutOfRange(field: String, text: String)
    /// Neither a duration from now nor an instant.
    case notAMoment(field: String, text: String)
    case notAnAmount(field: String, text: String)
    case amountTooLarge(field: String, text: String, largest: Money)
    case numberOutOfRange(field: String, value: String, lowest: Int64, highest: Int64)
    case notANumber(field: String, text: String)
    /// Not one of a vocabulary's words (a grade, a cause…); `words` lists them.
    case notOneOf(field: String, text: String, words: String)
    /// A remedy row that is not "KIND [AMOUNT] [@ WHEN]".
    case notARemedy(field: String, text: String)

    public func message(_ lang: Language) -> String {
        switch self {
        case .notADuration(let field, let text):
            return lang.pick("\(field) “\(Self.shown(text))” is not a duration such as 4h, 30m or 2d.",
                             "\(field)“\(Self.shown(text))”不是有效的时长，应写成 4小时、30分钟或 2天这样。")
        case .durationTooLong(let field, let text):
            return lang.pick("\(field) “\(Self.shown(text))” is longer than the longest duration Tend takes, three years (\(Self.longest(.en))).",
                             "\(field)“\(Self.shown(text))”超过了三年（\(Self.longest(.zh))），时长最多只能到这么长。")
        case .notAnInstant(let field, let text):
            return lang.pick("\(field) “\(Self.shown(text))” is not a date or time such as 2026-11-23T10:00.",
                             "\(field)“\(Self.shown(text))”不是有效的日期时间，应写成 2026-11-23T10:00 这样。")
        case .instantOutOfRange(let field, let text):
            return lang.pick("\(field) “\(Self.shown(text))” falls outside \(Self.century), the times Tend takes.",
                             "\(field)“\(Self.shown(text))”不在 \(Self.century) 之内，超出了可以填写的时间范围。")
        case .notAMoment(let field, let text):
            return lang.pick("\(field) “\(Self.shown(text))” is neither a time from now (4h, 30m, 2d) nor a moment (2026-11-23 10:00).",
                             "\(field)“\(Self.shown(text))”既不是距现在的时长（4小时、30分钟、2天），也不是具体时间（2026-11-23 10:00）。")
        case .notAnAmount(let field, let text):
            return lang.pick("\(field) “\(Self.shown(text))” is not an amount such as 50 or 50.00.",
                             "\(field)“\(Self.shown(text))”无法识别，应写成 50 或 50.00 这样的金额。")
        case .amountTooLarge(let field, let text, let largest):
            return lang.pick("\(field) “\(Self.shown(text))” is more than the largest amount Tend takes, \(largest.formatted).",
                             "\(field)“\(Self.shown(text))”超过了单笔金额上限 \(largest.formatted)。")
        case .numberOutOfRange(let field, let value, let lowest, let highest):
            return lang.pick("\(field) takes \(lowest) to \(highest), not \(Self.shown(value)).",
                             "\(field) 只能填 \(lowest) 到 \(highest)，不能是 \(Self.shown(value))。")
        case .notANumber(let field, let text):
            return lang.pick("\(field) “\(Self.shown(text))” is not a whole number.", "\(field)“\(Self.shown(text))”不是整数。")
        case .notOneOf(let field, let text, let words):
            return lang.pick("\(field) “\(Self.shown(text))” is not one of: \(words).", "\(field)“\(Self.shown(text))”无法识别，可选：\(words)。")
        case .notARemedy(let field, let text):
            return lang.pick("\(field) “\(Self.shown(text))” is not a remedy: write KIND [AMOUNT] [@ WHEN], e.g. reimbursement 600 @3wd, or apology.",
                             "\(field)“\(Self.shown(text))”无法识别：应写成“类型 [金额] [@期限]”，如 报销医疗费 600 @3个工作日，或 道歉。")
        }
    }

    private static func longest(_ lang: Language) -> String { DurationText.format(DurationText.longest, lang) }
    private static var century: String { "\(TimeText.iso(TimeText.earliest).prefix(10)) – \(TimeText.iso(TimeText.latest).prefix(10))" }

    /// What was typed, cut short: a refusal quotes it to say which value it means, and a pasted
    /// page of text would bury the reason.
    static func shown(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }
}
