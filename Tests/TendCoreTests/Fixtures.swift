import Foundation
@testable import TendCore

/// A small desk for tests: the demo roster, a fixed clock, helpers to walk a ticket.
struct Fixture {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    let policy = DemoDesk.policy(founder: "tester")

    var supervisor: StaffMember { policy.member("zhao.min")! }
    var handler: StaffMember { policy.member("li.hua")! }
    var otherHandler: StaffMember { policy.member("wang.fang")! }
    var trainee: StaffMember { policy.member("xiao.yu")! }

    /// A new desk on disk in a temporary folder, holding a small demo desk.
    func store(_ name: String, tickets: Int) throws -> Store {
        let desk = DemoDesk.generate(tickets: tickets, seed: 7, now: Fixture.now, policy: policy)
        return try Store.create(at: temporaryDirectory(name), policy: policy, desk: desk)
    }

    func workflow(_ actor: StaffMember, at: Date = Fixture.now) -> Workflow {
        Workflow(policy: policy, actor: actor, now: at)
    }

    static func intake(grade: Grade = .general, cause: Cause? = nil, name: String = "王小明", contact: String = "13812345678",
                       description: String = "毛剪得太短") -> Intake {
        Intake(customer: Customer(name: name, contact: contact), pet: Pet(name: "豆豆", species: "狗", breed: "泰迪"),
               service: .grooming, channel: .phone, description: description, grade: grade, cause: cause)
    }

    func newTicket(grade: Grade = .general, cause: Cause? = nil, id: TicketID = TicketID(1001)) -> Ticket {
        Ticket(id: id, received: TimelineEntry(at: Fixture.now, actor: handler.login, event: .received(Fixture.intake(grade: grade, cause: cause))))
    }

    /// Applies the events of an action, as the store would.
    func apply(_ ticket: inout Ticket, _ actor: StaffMember, _ events: [TicketEvent], at: Date = Fixture.now) {
        for event in events { ticket.apply(TimelineEntry(at: at, actor: actor.login, event: event)) }
    }

    /// A ticket walked to `stage` by `handler` (assigned to them), through the real gates.
    func ticket(at stage: Stage, grade: Grade = .general) throws -> Ticket {
        var ticket = newTicket(grade: grade)
        let flow = workflow(handler)
        var fields = AdvanceFields()
        if stage == .received { return ticket }
        fields.eta = Fixture.now.addingTimeInterval(3600)
        // An hour is longer than a critical ticket's answer time: the gate asks why.
        if grade == .critical { fields.etaReason = "the vet calls back within the hour" }
        apply(&ticket, handler, try flow.advance(ticket, fields))
        if stage == .acknowledged { return ticket }
        fields = AdvanceFields()
        fields.assignee = handler.login
        apply(&ticket, handler, try flow.advance(ticket, fields))
        if stage == .investigating { return ticket }
        fields = AdvanceFields()
        fields.cause = .expectation
        fields.findings = "booking notes missing"
        apply(&ticket, handler, try flow.advance(ticket, fields))
        if stage == .resolving { return ticket }
        if stage == .mediation {
            apply(&ticket, handler, try flow.startMediation(ticket, MediationReferral(party: .consumerAssociation, reason: "no agreement")))
            return ticket
        }
        fields = AdvanceFields()
        fields.resolution = .voucher
        fields.amount = Money(minorUnits: 5_000, currency: "CNY")
        fields.details = "a ¥50 voucher"
        apply(&ticket, handler, try flow.advance(ticket, fields))
        if stage == .followUp { return ticket }
        fields = AdvanceFields()
        fields.score = 5
        let closer = StageSpec.of(.followUp).needsSupervisor(for: grade) ? supervisor : handler
        apply(&ticket, closer, try workflow(closer).advance(ticket, fields))
        return ticket
    }
}

func temporaryDirectory(_ name: String = #function) -> String {
    let base = (NSTemporaryDirectory() as NSString).appendingPathComponent("tend-tests-\(getpid())")
    let path = (base as NSString).appendingPathComponent("\(name.filter(\.isLetter))-\(UUID().uuidString.prefix(8))")
    try? FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    return path
}
