/// Something to say to the customer, for a stage (and optionally a cause), in both languages.
/// Texts may hold {customer}, {pet}, {handler} and {eta}, filled in for the ticket at hand.
public struct Script: Sendable, Hashable {
    public let id: String
    public let stage: Stage
    public let causes: Set<Cause>
    public let title: (en: String, zh: String)
    public let text: (en: String, zh: String)
    public let why: (en: String, zh: String)

    public init(id: String, stage: Stage, causes: Set<Cause> = [], title: (String, String), text: (String, String), why: (String, String)) {
        self.id = id
        self.stage = stage
        self.causes = causes
        self.title = (title.0, title.1)
        self.text = (text.0, text.1)
        self.why = (why.0, why.1)
    }

    public static func == (a: Script, b: Script) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    public func title(_ lang: Language) -> String { lang.pick(title.en, title.zh) }
    public func why(_ lang: Language) -> String { lang.pick(why.en, why.zh) }

    /// The text with the ticket's names filled in.
    public func text(_ lang: Language, for ticket: Ticket, handler: String) -> String {
        let eta = ticket.eta.map(TimeText.local) ?? lang.pick("the time we agreed", "约定的时间")
        let pet = ticket.pet.name.isEmpty ? lang.pick("your pet", "您的宠物") : ticket.pet.name
        return lang.pick(text.en, text.zh)
            .replacingOccurrences(of: "{customer}", with: ticket.customer.name)
            .replacingOccurrences(of: "{pet}", with: pet)
            .replacingOccurrences(of: "{handler}", with: handler)
            .replacingOccurrences(of: "{eta}", with: eta)
    }
}
