/// Who served the pet in a demo case, by service line, three to a line in each language: few
/// enough that a returning customer is often served by the same person again.
enum DemoStaff {
    /// Chosen from the ticket's number, not the desk's random stream, so that adding it left every
    /// other draw of a seeded desk as it was; one ticket in four does not say who served.
    static func name(_ service: ServiceLine, chinese: Bool, ticket: TicketID) -> String {
        let number = Int(ticket.number)
        guard number % 4 != 0 else { return "" }
        let pick = number / 4
        let names: [String] = switch (service, chinese) {
        case (.grooming, true): ["美容师小张", "美容师阿美", "刘师傅"]
        case (.grooming, false): ["Jess (groomer)", "Tom (groomer)", "Priya (groomer)"]
        case (.boarding, true): ["护理员小林", "护理员王姐", "护理员阿杰"]
        case (.boarding, false): ["Sam (carer)", "Nina (carer)", "Leo (carer)"]
        case (.training, true): ["陈教练", "周教练", "训练师小吴"]
        case (.training, false): ["Coach Dan", "Coach Mia", "Coach Ravi"]
        case (.medical, true): ["王医生", "李医生", "赵医生"]
        case (.medical, false): ["Dr Patel", "Dr Okafor", "Dr Brennan"]
        case (_, true): ["店员小何", "店员阿芳", "店长老郑"]
        case (_, false): ["Amy (shop)", "Ben (shop)", "Cara (manager)"]
        }
        return names[pick % names.count]
    }
}
