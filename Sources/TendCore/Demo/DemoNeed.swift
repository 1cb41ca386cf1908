/// A customer's special need, as the priority channel records it. Elderly and hearing-impaired
/// customers come with the cases that mention it; limited mobility is drawn at random for a few
/// others (nothing in a case depends on it).
enum DemoNeed: Sendable {
    case elderly, hearingImpaired, limitedMobility

    /// The note kept on the customer, in the ticket's language.
    var note: (zh: String, en: String) {
        switch self {
        case .elderly: ("高龄客户，说话请放慢语速，书面材料用大字版。", "Elderly customer: speak slowly, and use large print for letters.")
        case .hearingImpaired: ("听障客户，请用文字沟通（短信、微信、邮件），面谈需安排手语翻译。",
                                "Hearing impaired: keep to writing (text, chat, email), and book a sign-language interpreter for meetings.")
        case .limitedMobility: ("行动不便，请上门或电话沟通。", "Limited mobility: visit or call rather than asking them to come in.")
        }
    }

    /// The needs by type the ticket records.
    var types: Set<SpecialNeed> {
        switch self {
        case .elderly: [.elderly]
        case .hearingImpaired: [.hearing]
        case .limitedMobility: [.mobility]
        }
    }

    /// Whether a customer with this need (or none) may bring a case that says `needed`: a case
    /// that mentions a need is for a customer who has it; one that does not is for anyone but a
    /// hearing-impaired or elderly customer, whose cases say so.
    static func fits(_ customer: DemoNeed?, _ needed: DemoNeed?) -> Bool {
        customer == needed || (needed == nil && customer == .limitedMobility)
    }
}
