import Foundation

/// Something to say to a customer, in both languages, with when to use it, why it works and what
/// to avoid saying instead. Texts may hold {customer}, {pet}, {handler}, {eta} and {amount},
/// filled in for the ticket at hand.
///
/// Each condition set is empty for "any"; a ticket outside a non-empty set does not match.
public struct Script: Sendable, Hashable {
    public let id: String
    /// What the material calls this move: listen, paraphrase, empathy, apology…
    public let kind: ScriptKind
    public let stages: Set<Stage>
    public let causes: Set<Cause>
    public let grades: Set<Grade>
    public let anger: Set<Anger>
    public let modes: Set<ContactMode>
    /// true: only for special-needs customers; false: only for others; nil: anyone.
    public let specialNeeds: Bool?
    /// Only for customers with one of these needs (empty: any need, or none, as `specialNeeds`
    /// says): a sign-language script for a hearing-impaired customer, not for an elderly one.
    public let needTypes: Set<SpecialNeed>
    /// Never for a customer with one of these needs: a phone call at an easy pace is for an
    /// elderly customer, not for one who is also hearing impaired.
    public let notForNeeds: Set<SpecialNeed>
    /// Only for these harms to the pet (empty: any), and never for those in `notForHarms`: a
    /// lost-pet script is not offered for an injured pet, a satisfaction question not where the
    /// pet died.
    public let harms: Set<Harm>
    public let notForHarms: Set<Harm>
    /// What saying it ticks on the stage's must-say checklist.
    public let covers: Set<ChecklistItem>
    public let title: Bilingual
    public let when: Bilingual
    public let text: Bilingual
    public let why: Bilingual
    public let avoid: Bilingual
    /// What a customer in this moment might say: the prompt of a practice scenario.
    public let customerSays: Bilingual?
    /// "file:line", for messages about the script.
    public let origin: String

    public init(id: String, kind: ScriptKind, stages: Set<Stage>, causes: Set<Cause> = [], grades: Set<Grade> = [],
                anger: Set<Anger> = [], modes: Set<ContactMode> = [], specialNeeds: Bool? = nil, needTypes: Set<SpecialNeed> = [],
                notForNeeds: Set<SpecialNeed> = [], harms: Set<Harm> = [], notForHarms: Set<Harm> = [], covers: Set<ChecklistItem> = [],
                title: Bilingual, when: Bilingual, text: Bilingual, why: Bilingual, avoid: Bilingual,
                customerSays: Bilingual? = nil, origin: String = "") {
        self.id = id
        self.kind = kind
        self.stages = stages
        self.causes = causes
        self.grades = grades
        self.anger = anger
        self.modes = modes
        self.specialNeeds = needTypes.isEmpty ? specialNeeds : true
        self.needTypes = needTypes
        self.notForNeeds = notForNeeds
        self.harms = harms
        self.notForHarms = notForHarms
        self.covers = covers
        self.title = title
        self.when = when
        self.text = text
        self.why = why
        self.avoid = avoid
        self.customerSays = customerSays
        self.origin = origin
    }

    public static func == (a: Script, b: Script) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    public static let fillIns = ["customer", "pet", "handler", "eta", "amount"]

    /// The text with the ticket's names filled in, its time and amount as they are said (on the
    /// phone or at the counter) or written (in a message), as of `now` in `zone`.
    public func text(_ lang: Language, for ticket: Ticket, handler: String, now: Date, zone: TimeZone) -> String {
        Script.fill(text.text(lang), lang: lang, ticket: ticket, handler: handler, now: now, zone: zone)
    }

    public static func fill(_ text: String, lang: Language, ticket: Ticket, handler: String, now: Date, zone: TimeZone) -> String {
        // Nobody speaks a timestamp: "今天下午五点", "10 tomorrow morning".
        let eta = ticket.eta.map { SpokenTime.phrase($0, now: now, zone: zone, lang: lang) } ?? lang.pick("the time we agreed", "约定的时间")
        let pet = ticket.pet.name.isEmpty ? lang.pick("your pet", "您的宠物") : ticket.pet.name
        let spoken = ticket.intake.channel.contactMode != .text
        let amount = ticket.resolution?.amount.map { SpokenMoney.phrase($0, lang: lang, spoken: spoken) }
            ?? lang.pick("the amount we agreed", "约定的金额")
        return text
            .replacingOccurrences(of: "{customer}", with: ticket.customer.name)
            .replacingOccurrences(of: "{pet}", with: pet)
            .replacingOccurrences(of: "{handler}", with: handler)
            .replacingOccurrences(of: "{eta}", with: eta)
            .replacingOccurrences(of: "{amount}", with: amount)
    }

    /// The text with neutral words in its {fill-ins}, for lists and practice; the amount as it is
    /// said (on the phone, at the counter) or written.
    public func sampleText(_ lang: Language, spoken: Bool = false) -> String {
        var out = text.text(lang)
        let amount = SpokenMoney.phrase(Money(minorUnits: 8_000, currency: "CNY"), lang: lang, spoken: spoken)
        let samples = lang == .zh
            ? ["customer": "王女士", "pet": "豆豆", "handler": "李华", "eta": "明天上午十点", "amount": amount]
            : ["customer": "Ms Green", "pet": "Biscuit", "handler": "Sam", "eta": "10am tomorrow", "amount": amount]
        for (key, value) in samples { out = out.replacingOccurrences(of: "{\(key)}", with: value) }
        return out
    }
}

/// The moves the training material teaches.
public enum ScriptKind: String, Vocabulary {
    public static let ordered = allCases
    case listen, paraphrase, empathy
    case iStatement = "i_statement"
    case positive
    case openQuestion = "open_question"
    case closedQuestion = "closed_question"
    case apology, choices, time
    case deescalate
    case noisyLine = "noisy_line"
    case plainWords = "plain_words"
    case deeperNeed = "deeper_need"
    case update
    case followUp = "follow_up"
    case satisfaction, thanks, reopen, mediation
    case specialNeeds = "special_needs"
    /// The customer's own words and pace given back.
    case mirroring
    /// "Is any of what I said unclear?": asked, not assumed.
    case checkUnderstanding = "check_understanding"
    /// Why a rule exists, then what can be done within it.
    case explainRule = "explain_rule"
    /// The business's own after-sales terms, cited.
    case afterSalesTerms = "after_sales_terms"
    /// The handler's own calm: a breath, a pause, before answering.
    case ownCalm = "own_calm"
    /// Where the pet died: sorrow before anything else.
    case condolence
    /// Where the pet is lost: the search, what is being done now, and the next news.
    case search

    public var english: String { rawValue.replacingOccurrences(of: "_", with: " ") }

    public var chinese: String {
        switch self {
        case .listen: "倾听确认"
        case .paraphrase: "复述确认"
        case .empathy: "共情"
        case .iStatement: "“我”句式"
        case .positive: "正向表达"
        case .openQuestion: "开放式提问"
        case .closedQuestion: "封闭式提问"
        case .apology: "真诚致歉"
        case .choices: "提供选择"
        case .time: "明确时间"
        case .deescalate: "降温"
        case .noisyLine: "嘈杂线路"
        case .plainWords: "通俗表达"
        case .deeperNeed: "深层需求"
        case .update: "进展告知"
        case .followUp: "回访"
        case .satisfaction: "满意度"
        case .thanks: "致谢"
        case .reopen: "重新跟进"
        case .mediation: "调解"
        case .specialNeeds: "特殊群体"
        case .mirroring: "复用客户原话"
        case .checkUnderstanding: "确认听懂"
        case .explainRule: "解释规定"
        case .afterSalesTerms: "引用售后条款"
        case .ownCalm: "稳住自己"
        case .condolence: "慰问哀悼"
        case .search: "寻找进展"
        }
    }
}
