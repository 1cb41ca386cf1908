import Foundation
import TendCore

extension SeededRandom {
    mutating func odds(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    mutating func oneOf<T>(_ values: [T]) -> T { values.randomElement(using: &self)! }
}

/// Random changes to a desk and random queue filters: whatever a change does to a ticket's
/// stage, grade, assignee or clock, a live queue must end up where a whole query puts it.
/// The events need not follow the workflow: both ways of building a queue read the same desk.
enum RandomDeskChanges {
    static let logins = ["li.hua", "wang.fang", "zhao.min"]

    /// One to four changes, to existing tickets and new ones, some to the same ticket.
    static func changes(_ desk: Desk, around now: Date, using random: inout SeededRandom) -> [Change] {
        var out: [Change] = []
        var next = desk.nextID.number
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let at = now.addingTimeInterval(Double.random(in: -3 * 86_400 ... 600, using: &random).rounded())
            if desk.count == 0 || random.odds(0.2) {
                let id = TicketID(next)
                next += 1
                out.append(Change(ticket: id, entry: TimelineEntry(at: at, actor: "li.hua", event: .received(intake(using: &random)))))
                if random.odds(0.5) { out.append(Change(ticket: id, entry: TimelineEntry(at: at, actor: "li.hua", event: .assigned(to: random.oneOf(logins))))) }
                continue
            }
            let id = TicketID(Desk.firstNumber + Int32.random(in: 0..<Int32(desk.count), using: &random))
            out.append(Change(ticket: id, entry: TimelineEntry(at: at, actor: random.oneOf(logins), event: event(desk.ticket(id)!, now: now, using: &random))))
        }
        return out
    }

    static func event(_ ticket: Ticket, now: Date, using random: inout SeededRandom) -> TicketEvent {
        switch Int.random(in: 0..<9, using: &random) {
        case 0: .assigned(to: random.oneOf(logins))
        case 1: .gradeChanged(from: ticket.grade, to: random.oneOf(Grade.ordered), reason: "worse than it looked")
        case 2: .noteAdded(text: "called back")
        case 3: .angerSet(random.oneOf([.calm, .upset, .angry]))
        case 4: .closed(score: 4, comment: "")
        case 5: .reopened(reason: "again")
        case 6: .acknowledged(eta: now.addingTimeInterval(3600))
        case 7: .investigationStarted
        default: .followUpStarted
        }
    }

    static func intake(using random: inout SeededRandom) -> Intake {
        Intake(customer: Customer(name: random.oneOf(["Lin", "王芳", "Sam Brown"]), contact: "13800001234", specialNeeds: random.odds(0.2)),
               pet: Pet(name: random.oneOf(["Dou", "旺财"]), species: "dog"), service: random.oneOf(ServiceLine.ordered), channel: .phone,
               description: random.oneOf(["late pickup", "毛剪得太短"]), grade: random.oneOf(Grade.ordered), cause: nil)
    }

    static func filter(using random: inout SeededRandom) -> TicketFilter {
        var filter = TicketFilter()
        if random.odds(0.3) { filter.stages = Set((0..<Int.random(in: 1...3, using: &random)).map { _ in random.oneOf(Stage.ordered) }) }
        if random.odds(0.3) { filter.grades = Set((0..<Int.random(in: 1...2, using: &random)).map { _ in random.oneOf(Grade.ordered) }) }
        if random.odds(0.2) { filter.services = [random.oneOf(ServiceLine.ordered)] }
        switch Int.random(in: 0..<5, using: &random) {
        case 0: filter.assignee = "li.hua"
        case 1: filter.unassigned = true
        default: break
        }
        filter.overdueOnly = random.odds(0.2)
        filter.includeClosed = random.odds(0.3)
        if random.odds(0.3) { filter.text = random.oneOf(["10", "a", "Lin", "王", "brown"]) }
        return filter
    }
}
