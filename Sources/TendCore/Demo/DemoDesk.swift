import Foundation

/// Builds a realistic demo desk: Chinese and English customers, every service line, channel,
/// cause, grade and stage, overdue and due-soon tickets, repeat customers, a few handlers, a
/// supervisor and a trainee. Every ticket is walked through the real `Workflow`, so the demo obeys
/// the same gates as real work. The same seed and `now` always give the same desk.
public enum DemoDesk {
    public static let roster: [StaffMember] = [
        StaffMember(login: "zhao.min", name: "赵敏", role: .supervisor),
        StaffMember(login: "li.hua", name: "李华", role: .handler),
        StaffMember(login: "wang.fang", name: "王芳", role: .handler),
        StaffMember(login: "chen.jie", name: "陈杰", role: .handler, ceiling: 30_000),
        StaffMember(login: "sam.taylor", name: "Sam Taylor", role: .handler),
        StaffMember(login: "maria.lopez", name: "Maria Lopez", role: .handler),
        StaffMember(login: "xiao.yu", name: "小雨", role: .trainee),
    ]

    /// The demo policy: default SLAs, the demo roster, and whoever made the desk as a supervisor
    /// (so they can act as themselves as well as with `--as`).
    public static func policy(founder login: String) -> Policy {
        var policy = Policy.starting(with: roster[0], demo: true)
        policy.staff = roster
        if policy.member(login) == nil {
            policy.staff.append(StaffMember(login: login, name: login, role: .supervisor))
        }
        return policy
    }

    public static func generate(tickets count: Int, seed: UInt64, now: Date, policy: Policy) -> Desk {
        var builder = Builder(random: SeededRandom(seed: seed), now: now.roundedToStore, policy: policy)
        var desk = Desk()
        desk.reserveCapacity(count)
        for _ in 0..<count { builder.addTicket(to: &desk) }
        return desk
    }

    private struct Person {
        let customer: Customer
        let pet: Pet
        let chinese: Bool
        var lastTicket: (TicketID, Date)?
    }

    private struct Builder {
        var random: SeededRandom
        let now: Date
        let policy: Policy
        var people: [Person] = []
        let handlers: [StaffMember]
        let supervisor: StaffMember

        init(random: SeededRandom, now: Date, policy: Policy) {
            self.random = random
            self.now = now
            self.policy = policy
            handlers = policy.staff.filter { $0.role == .handler }
            supervisor = policy.staff.first { $0.role == .supervisor }!
        }

        mutating func addTicket(to desk: inout Desk) {
            let id = desk.nextID
            var person = choosePerson()
            let complaint = random.pick(DemoData.complaints)
            let target = chooseStage()
            let grade = complaint.grade
            let terms = policy.terms(for: grade)
            // How long ago it came in: open tickets spread around their running clock so some are
            // overdue and some due soon; closed ones up to four months back.
            let window = target == .received ? terms.answer : terms.resolve
            let age: TimeInterval = target == .closed ? 86400 * (2 + random.unit() * 120)
                : target == .followUp ? terms.resolve + random.unit() * terms.followUp * 1.3
                : max(300, window * (0.05 + random.unit() * 1.3))
            let received = now.addingTimeInterval(-age).roundedToStore
            var steps = Steps(start: received, end: now, count: 12)
            let intake = Intake(
                customer: person.customer, pet: person.pet, service: complaint.service,
                branch: random.pick(DemoData.branches), channel: chooseChannel(person),
                description: (person.chinese ? complaint.zh : complaint.en).replacingOccurrences(of: "{pet}", with: person.pet.name),
                occurredAt: received.addingTimeInterval(-3600 * Double(1 + random.next() % 48)).roundedToStore,
                grade: max(random.chance(70) ? grade : .general, complaint.harm.minimumGrade), cause: random.chance(50) ? complaint.cause : nil)
            let taker = random.pick(handlers)
            record(&desk, id, taker, steps.next()) { workflow, _ in try workflow.receive(intake, IntakeJudgement(harm: complaint.harm)) }
            if let (previous, when) = person.lastTicket, received.timeIntervalSince(when) < 30 * 86400 {
                record(&desk, id, taker, steps.next()) { try $0.relate($1!, to: previous) }
            }
            person.lastTicket = (id, received)
            if people.count < 50_000 { people.append(person) }
            walk(&desk, id, to: target, complaint: complaint, chinese: person.chinese, steps: &steps)
        }

        mutating func walk(_ desk: inout Desk, _ id: TicketID, to target: Stage, complaint: DemoData.Complaint,
                           chinese: Bool, steps: inout Steps) {
            guard target != .received else { return }
            let owner = random.pick(handlers)
            var fields = AdvanceFields()
            let acknowledgedAt = steps.next()
            fields.eta = acknowledgedAt.addingTimeInterval(3600 * Double(2 + random.next() % 22)).roundedToStore
            if let eta = fields.eta, let grade = desk.ticket(id)?.grade, eta.timeIntervalSince(acknowledgedAt) > policy.terms(for: grade).answer {
                // A promise beyond the grade's answer time says why, as the gate asks.
                fields.etaReason = chinese ? "客户说这两天不方便接电话，约好这个时间再联系。" : "The customer asked us to call back then; they are busy until that time."
            }
            advance(&desk, id, owner, acknowledgedAt, fields)
            guard target != .acknowledged else { return }
            if random.chance(30) { note(&desk, id, owner, chinese, steps.next()) }
            fields = AdvanceFields()
            fields.assignee = owner.login
            advance(&desk, id, supervisor, steps.next(), fields)
            guard target != .investigating || random.chance(85) else {
                reopenedCase(&desk, id, owner, complaint, chinese, &steps)
                return
            }
            guard target != .investigating else { return }
            assess(&desk, id, owner, complaint, chinese, steps.next())
            if target == .mediation {
                record(&desk, id, owner, steps.next()) {
                    try $0.startMediation($1!, reason: chinese ? "客户拒绝所有方案，要求第三方调解。" : "Customer rejected every offer and asked for mediation.")
                }
                return
            }
            guard target != .resolving else {
                if random.chance(40) { propose(&desk, id, owner, complaint.grade, chinese, steps.next(), advance: false) }
                return
            }
            propose(&desk, id, owner, complaint.grade, chinese, steps.next(), advance: true)
            guard target != .followUp else { return }
            close(&desk, id, owner, chinese, &steps)
        }

        mutating func reopenedCase(_ desk: inout Desk, _ id: TicketID, _ owner: StaffMember, _ complaint: DemoData.Complaint,
                                   _ chinese: Bool, _ steps: inout Steps) {
            assess(&desk, id, owner, complaint, chinese, steps.next())
            propose(&desk, id, owner, complaint.grade, chinese, steps.next(), advance: true)
            close(&desk, id, owner, chinese, &steps)
            record(&desk, id, owner, steps.next()) {
                try $0.reopen($1!, reason: chinese ? "客户回电表示问题没有解决。" : "Customer called back: the problem is not solved.")
            }
        }

        mutating func assess(_ desk: inout Desk, _ id: TicketID, _ owner: StaffMember, _ complaint: DemoData.Complaint,
                             _ chinese: Bool, _ at: Date) {
            var fields = AdvanceFields()
            fields.grade = complaint.grade
            fields.cause = complaint.cause
            fields.reason = chinese ? "调查后重新评估严重程度。" : "Severity reassessed after the investigation."
            let finding = random.pick(DemoData.findings)
            fields.findings = chinese ? finding.0 : finding.1
            advance(&desk, id, owner, at, fields)
        }

        mutating func propose(_ desk: inout Desk, _ id: TicketID, _ owner: StaffMember, _ grade: Grade, _ chinese: Bool,
                              _ at: Date, advance moveOn: Bool) {
            var fields = AdvanceFields()
            let kinds: [ResolutionKind] = switch grade {
            case .general: [.apology, .explanation, .voucher, .discount]
            case .significant: [.redo, .voucher, .partialRefund, .addedService]
            case .serious: [.partialRefund, .refund, .waiver]
            case .critical: [.refund, .waiver, .mediation]
            }
            let kind = random.pick(kinds)
            fields.resolution = kind
            if kind.needsAmount {
                let base: Int64 = [.general: 3_000, .significant: 15_000, .serious: 60_000, .critical: 200_000][grade]!
                fields.amount = Money(minorUnits: base + Int64(random.next() % 20) * 500, currency: policy.currency)
            }
            fields.details = chinese ? "向客户致歉并说明处理结果：\(kind.chinese)。" : "Apologised and explained the outcome: \(kind.english)."
            advance(&desk, id, owner, at, fields)
            guard moveOn, desk.ticket(id)!.stage == .resolving else { return }
            record(&desk, id, supervisor, at.addingTimeInterval(600)) { try $0.approve($1!, comment: "") }
            advance(&desk, id, owner, at.addingTimeInterval(900), AdvanceFields())
        }

        mutating func close(_ desk: inout Desk, _ id: TicketID, _ owner: StaffMember, _ chinese: Bool, _ steps: inout Steps) {
            let ticket = desk.ticket(id)!
            let closer = StageSpec.of(.followUp).needsSupervisor(for: ticket.grade) ? supervisor : owner
            func inFollowUp(_ desk: Desk) -> Bool { desk.ticket(id)!.stage == .followUp }
            var fields = AdvanceFields()
            if random.chance(6) {
                // Every call tried until the policy's attempts run out: the last closes the case
                // where the handler may, or leaves it for a supervisor to close unreachable.
                for _ in 0..<(policy.followUpAttempts * 3) where inFollowUp(desk) && (desk.ticket(id)!.nextCall != nil) {
                    record(&desk, id, owner, steps.next()) { try $0.recordFailedFollowUp($1!, note: chinese ? "电话无人接听" : "No answer") }
                }
                guard inFollowUp(desk) else { return }
                fields.unreachable = true
            } else {
                fields.score = [5, 5, 5, 4, 4, 4, 3, 2, 1][Int(random.next() % 9)]
                fields.comment = fields.score! >= 4 ? (chinese ? "处理及时，谢谢。" : "Handled quickly, thank you.")
                    : (chinese ? "解决了，但过程太慢。" : "Solved, but it took too long.")
                if fields.score! <= 2 {
                    fields.lowScoreReason = chinese ? "客户接受了处理方案，只是对等待时间不满，已记录改进。" : "The customer accepted the remedy and only minded the wait; noted for improvement."
                }
                // Each call the handler makes records the score; the last closes where they may.
                for _ in 0..<3 where inFollowUp(desk) && desk.ticket(id)!.calls.count > 1 {
                    advance(&desk, id, owner, steps.next(), fields)
                }
                guard inFollowUp(desk) else { return }
            }
            advance(&desk, id, closer, steps.next(), fields)
        }

        mutating func note(_ desk: inout Desk, _ id: TicketID, _ owner: StaffMember, _ chinese: Bool, _ at: Date) {
            let text = random.pick(DemoData.notes)
            record(&desk, id, owner, at) { try $0.addNote($1!, text: chinese ? text.0 : text.1) }
        }

        mutating func advance(_ desk: inout Desk, _ id: TicketID, _ actor: StaffMember, _ at: Date, _ fields: AdvanceFields) {
            record(&desk, id, actor, at) { try $0.advance($1!, fields) }
        }

        func record(_ desk: inout Desk, _ id: TicketID, _ actor: StaffMember, _ at: Date,
                    _ make: (Workflow, Ticket?) throws -> [TicketEvent]) {
            let workflow = Workflow(policy: policy, actor: actor, now: at)
            do {
                for event in try make(workflow, desk.ticket(id)) {
                    desk.apply(Change(ticket: id, entry: TimelineEntry(at: at, actor: actor.login, event: event)))
                }
            } catch {
                preconditionFailure("demo desk broke a workflow rule at \(id): \(error)")
            }
        }

        mutating func choosePerson() -> Person {
            if people.count > 20 && random.chance(15) { return people[Int(random.next() % UInt64(people.count))] }
            let chinese = random.chance(65)
            let breed = random.pick(DemoData.breeds)
            let name = chinese ? random.pick(DemoData.zhSurnames) + random.pick(DemoData.zhGiven)
                : "\(random.pick(DemoData.enFirst)) \(random.pick(DemoData.enLast))"
            let contact = chinese ? "1\([3, 5, 8][Int(random.next() % 3)])\(String(format: "%09llu", random.next() % 1_000_000_000))"
                : "\(name.lowercased().replacingOccurrences(of: " ", with: "."))\(random.next() % 100)@example.com"
            let needs = random.chance(4)
            let needsNote = needs ? random.pick(DemoData.specialNeeds) : ("", "")
            return Person(customer: Customer(name: name, contact: contact, specialNeeds: needs,
                                             specialNeedsNote: chinese ? needsNote.0 : needsNote.1),
                          pet: Pet(name: random.pick(chinese ? DemoData.zhPets : DemoData.enPets),
                                   species: chinese ? breed.0 : breed.1, breed: chinese ? breed.2 : breed.3),
                          chinese: chinese, lastTicket: nil)
        }

        mutating func chooseStage() -> Stage {
            let roll = random.next() % 100
            switch roll {
            case 0..<13: return .received
            case 13..<25: return .acknowledged
            case 25..<40: return .investigating
            case 40..<53: return .resolving
            case 53..<62: return .followUp
            case 62..<66: return .mediation
            default: return .closed
            }
        }

        mutating func chooseChannel(_ person: Person) -> Channel {
            if person.customer.specialNeeds && random.chance(50) { return .priority }
            return random.pick([Channel.phone, .phone, .chat, .email, .social, .store])
        }
    }

    /// Hands out increasing instants between a ticket's receipt and now, for its successive events.
    private struct Steps {
        let start: Date
        let step: TimeInterval
        var index = 0

        init(start: Date, end: Date, count: Int) {
            self.start = start
            step = max(1, end.timeIntervalSince(start) / Double(count + 1))
        }

        mutating func next() -> Date {
            defer { index += 1 }
            return start.addingTimeInterval(step * Double(index)).roundedToStore
        }
    }
}
