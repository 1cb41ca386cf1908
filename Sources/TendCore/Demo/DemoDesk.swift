import Foundation

/// Builds a realistic demo desk: Chinese and English customers, every service line, channel,
/// cause, grade and stage, overdue and due-soon tickets, repeat customers, a few handlers, a
/// supervisor and a trainee. Every ticket is walked through the real `Workflow`, so the demo obeys
/// the same gates as real work. The same seed and `now` always give the same desk.
///
/// Each ticket tells one of `DemoCases`: its complaint, findings, notes, resolution and follow-up
/// all come from that case, in its customer's language (a Chinese customer's ticket is written in
/// Chinese throughout, branch name included; an English customer's in English). Only the names,
/// the pet, the branch, the times and the stage it has reached vary.
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
        /// Where the pet's name is in `DemoData.zhPets` or `enPets`, for the case's texts.
        let petIndex: Int
        let species: DemoSpecies
        let needs: DemoNeed?
        let chinese: Bool
        var lastTicket: (TicketID, Date)?

        func fits(_ story: DemoCase) -> Bool { story.pets.contains(species) && DemoNeed.fits(needs, story.needs) }

        /// One of the case's lines, in this customer's language, with the pet's name.
        func say(_ text: DemoText) -> String { text.text(chinese: chinese, pet: petIndex) }
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
            let target = chooseStage()
            // A ticket reaching investigating may have been closed once and reopened: only a case
            // whose follow-up can end in a reopening tells that.
            let reopens = target == .investigating && random.chance(15)
            let story = chooseCase(target: target, reopens: reopens)
            var person = choosePerson(for: story)
            let grade = story.grade
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
                customer: person.customer, pet: person.pet, service: story.service,
                branch: (story.place ?? random.pick(DemoBranch.shops)).name(chinese: person.chinese),
                channel: chooseChannel(person, story), description: person.say(story.complaint),
                occurredAt: received.addingTimeInterval(-3600 * Double(1 + random.next() % 48)).roundedToStore,
                grade: max(random.chance(70) ? grade : .general, story.harm.minimumGrade), cause: random.chance(50) ? story.cause : nil,
                servedBy: DemoStaff.name(story.service, chinese: person.chinese, ticket: id))
            let taker = random.pick(handlers)
            record(&desk, id, taker, steps.next()) { workflow, _ in try workflow.receive(intake, IntakeJudgement(harm: story.harm)) }
            // Only to a complaint made before this one: tickets are numbered in the order they are
            // made here, not the order they came in.
            if let (previous, when) = person.lastTicket, when < received, received.timeIntervalSince(when) < 30 * 86400 {
                record(&desk, id, taker, steps.next()) { try $0.relate($1!, to: previous) }
            }
            person.lastTicket = (id, received)
            if people.count < 50_000 { people.append(person) }
            walk(&desk, id, to: target, reopens: reopens, story: story, person, steps: &steps)
        }

        mutating func walk(_ desk: inout Desk, _ id: TicketID, to target: Stage, reopens: Bool, story: DemoCase,
                           _ person: Person, steps: inout Steps) {
            let chinese = person.chinese
            guard target != .received else { return }
            let owner = random.pick(handlers)
            var fields = AdvanceFields()
            let acknowledgedAt = steps.next()
            fields.eta = acknowledgedAt.addingTimeInterval(3600 * Double(2 + random.next() % 22)).roundedToStore
            if let eta = fields.eta, let grade = desk.ticket(id)?.grade, eta.timeIntervalSince(acknowledgedAt) > policy.terms(for: grade).answer {
                // A promise beyond the grade's answer time says why, as the gate asks.
                let hours = eta.timeIntervalSince(acknowledgedAt) / 3600
                fields.etaReason = hours < 12
                    ? (chinese ? "客户说今天晚些时候才方便接电话，约好这个时间再联系。" : "The customer can only talk later today; we agreed to call back then.")
                    : (chinese ? "客户说明天才方便接电话，约好这个时间再联系。" : "The customer can only talk tomorrow; we agreed to call back then.")
            }
            advance(&desk, id, owner, acknowledgedAt, fields)
            guard target != .acknowledged else { return }
            // The case's notes, in the order they were written: the first while it is looked into,
            // the second once the findings are in.
            if random.chance(30) { note(&desk, id, owner, person, story.notes[0], steps.next()) }
            fields = AdvanceFields()
            fields.assignee = owner.login
            advance(&desk, id, supervisor, steps.next(), fields)
            guard !reopens else {
                reopenedCase(&desk, id, owner, story, person, &steps)
                return
            }
            guard target != .investigating else { return }
            assess(&desk, id, owner, story, person, steps.next())
            if story.notes.count > 1 && random.chance(30) { note(&desk, id, owner, person, story.notes[1], steps.next()) }
            if target == .mediation, let reason = story.mediation {
                mediate(&desk, id, owner, story, person, reason: reason, at: steps.next())
                return
            }
            guard target != .resolving else {
                if random.chance(40) { propose(&desk, id, owner, story, person, &steps, advance: false) }
                return
            }
            propose(&desk, id, owner, story, person, &steps, advance: true)
            guard target != .followUp else {
                // Most transfers are done by now; the rest wait in the queue as promises due.
                if random.chance(70) { keepPromises(&desk, id, owner, person, at: steps.next()) }
                return
            }
            close(&desk, id, owner, story, person, &steps)
        }

        /// Sent to the mediator the case calls for: a vet's care to the veterinary board, a pet
        /// hurt or lost to the insurer, the rest to the consumer association; with its reference,
        /// a hearing or call some days ahead, and the case's papers.
        mutating func mediate(_ desk: inout Desk, _ id: TicketID, _ owner: StaffMember, _ story: DemoCase, _ person: Person,
                              reason: DemoText, at: Date) {
            let party: MediationParty = story.service == .medical ? .vetBoard : story.harm >= .injured ? .insurer : .consumerAssociation
            let number = 1000 + random.next() % 9000
            let reference = switch party {
            case .vetBoard: person.chinese ? "兽医投诉 \(number)" : "VB-\(number)"
            case .insurer: person.chinese ? "理赔 \(number)" : "Claim \(number)"
            default: person.chinese ? "消协受理 \(number)" : "CA-\(number)"
            }
            let next = max(at, now).addingTimeInterval(86400 * Double(2 + random.next() % 12)).roundedToStore
            let sent = person.chinese ? "投诉记录、照片、收据" : "the complaint record, photos, the receipt"
            let referral = MediationReferral(party: party, reference: random.chance(80) ? reference : "", reason: person.say(reason), next: next, sent: sent)
            record(&desk, id, owner, at) { try $0.startMediation($1!, referral) }
        }

        /// Closed after a follow-up call that went badly, and reopened when the customer came back.
        mutating func reopenedCase(_ desk: inout Desk, _ id: TicketID, _ owner: StaffMember, _ story: DemoCase,
                                   _ person: Person, _ steps: inout Steps) {
            assess(&desk, id, owner, story, person, steps.next())
            propose(&desk, id, owner, story, person, &steps, advance: true)
            close(&desk, id, owner, story, person, &steps)
            guard let reason = story.reopen else { return }
            record(&desk, id, owner, steps.next()) { try $0.reopen($1!, reason: person.say(reason)) }
        }

        mutating func assess(_ desk: inout Desk, _ id: TicketID, _ owner: StaffMember, _ story: DemoCase,
                             _ person: Person, _ at: Date) {
            var fields = AdvanceFields()
            fields.grade = story.grade
            fields.cause = story.cause
            fields.reason = person.chinese ? "调查后重新评估严重程度。" : "Severity reassessed after the investigation."
            fields.findings = person.say(story.findings)
            advance(&desk, id, owner, at, fields)
        }

        /// The case's resolution: its remedies, main one first. Money paid back or paid out is
        /// promised within three working days, and the promise is kept (with the transfer's
        /// reference) before the follow-up call closes the case.
        mutating func propose(_ desk: inout Desk, _ id: TicketID, _ owner: StaffMember, _ story: DemoCase, _ person: Person,
                              _ steps: inout Steps, advance moveOn: Bool) {
            let at = steps.next()
            var fields = AdvanceFields()
            let resolution = story.resolution
            let currency = policy.currency
            fields.remedies = resolution.remedies.map { remedy in
                Remedy(kind: remedy.kind, amount: remedy.amount.map { Money(minorUnits: $0, currency: currency) },
                       due: remedy.isPromised ? WorkingDays.add(3, to: at, zone: policy.zone) : nil)
            }
            fields.details = person.say(resolution.details)
            advance(&desk, id, owner, at, fields)
            guard moveOn, desk.ticket(id)!.stage == .resolving else { return }
            // Approved and carried out soon after, and before the ticket's next step: ten and
            // fifteen minutes later, or sooner on a ticket whose steps are closer than that.
            record(&desk, id, supervisor, at.addingTimeInterval(min(600, steps.step * 0.4)).roundedToStore) { try $0.approve($1!, comment: "") }
            advance(&desk, id, owner, at.addingTimeInterval(min(900, steps.step * 0.6)).roundedToStore, AdvanceFields())
        }

        /// Each open promise ticked done at `at` with the transfer's reference.
        mutating func keepPromises(_ desk: inout Desk, _ id: TicketID, _ owner: StaffMember, _ person: Person, at: Date) {
            for promise in desk.ticket(id)!.openPromises {
                let reference = "\(person.chinese ? "已转账，流水号" : "Transferred, reference") \(20_000_000 + random.next() % 9_000_000)"
                record(&desk, id, owner, at) { try $0.keepPromise($1!, number: promise.index + 1, note: reference) }
            }
        }

        /// The follow-up call as the case tells it: a score with the customer's words, or calls
        /// that never reached them until the case closes unreachable.
        mutating func close(_ desk: inout Desk, _ id: TicketID, _ owner: StaffMember, _ story: DemoCase, _ person: Person,
                            _ steps: inout Steps) {
            let ticket = desk.ticket(id)!
            let closer = StageSpec.of(.followUp).needsSupervisor(for: ticket.grade) ? supervisor : owner
            func inFollowUp(_ desk: Desk) -> Bool { desk.ticket(id)!.stage == .followUp }
            keepPromises(&desk, id, owner, person, at: steps.next())
            var fields = AdvanceFields()
            switch story.followUp {
            case .unreachable(let note):
                // Every call tried until the policy's attempts run out: the last closes the case
                // where the handler may, or leaves it for a supervisor to close unreachable.
                for _ in 0..<(policy.followUpAttempts * 3) where inFollowUp(desk) && desk.ticket(id)!.nextCall != nil {
                    record(&desk, id, owner, steps.next()) { try $0.recordFailedFollowUp($1!, note: person.say(note)) }
                }
                guard inFollowUp(desk) else { return }
                fields.unreachable = true
            case .reached(let score, let comment):
                fields.score = score
                fields.comment = person.say(comment)
                if score <= 2 { fields.lowScoreReason = person.say(DemoCases.lowScoreAccepted) }
                // Each call the handler makes records the score; the last closes where they may.
                for _ in 0..<3 where inFollowUp(desk) && desk.ticket(id)!.calls.count > 1 {
                    advance(&desk, id, owner, steps.next(), fields)
                }
                guard inFollowUp(desk) else { return }
            }
            advance(&desk, id, closer, steps.next(), fields)
        }

        func note(_ desk: inout Desk, _ id: TicketID, _ owner: StaffMember, _ person: Person, _ text: DemoText, _ at: Date) {
            record(&desk, id, owner, at) { try $0.addNote($1!, text: person.say(text)) }
        }

        mutating func advance(_ desk: inout Desk, _ id: TicketID, _ actor: StaffMember, _ at: Date, _ fields: AdvanceFields) {
            record(&desk, id, actor, at) { try $0.advance($1!, fields) }
        }

        func record(_ desk: inout Desk, _ id: TicketID, _ actor: StaffMember, _ at: Date,
                    _ make: (Workflow, Ticket?) throws -> [TicketEvent]) {
            let workflow = Workflow(policy: policy, actor: actor, now: at)
            do {
                // As every real change does (`TicketAction.events`), a late step first records the
                // clocks that ran out: the statistics read lateness from those breaches.
                let ticket = desk.ticket(id)
                let made = try make(workflow, ticket)
                let events = made.isEmpty ? [] : (ticket.map(workflow.breachesDue) ?? []) + made
                for event in events {
                    desk.apply(Change(ticket: id, entry: TimelineEntry(at: at, actor: actor.login, event: event)))
                }
            } catch {
                preconditionFailure("demo desk broke a workflow rule at \(id): \(error)")
            }
        }

        /// The case a ticket tells: any, but one that can go to mediation for a ticket sent there,
        /// and one that can be reopened for a reopened ticket.
        mutating func chooseCase(target: Stage, reopens: Bool) -> DemoCase {
            let cases = DemoCases.all
            if reopens { return cases[random.pick(DemoCases.reopened)] }
            if target == .mediation { return cases[random.pick(DemoCases.mediated)] }
            return random.pick(cases)
        }

        /// A customer the case can happen to: sometimes someone who complained before (a repeat
        /// customer), when their pet and needs fit the story; otherwise someone new, with a pet the
        /// case is about and the special need it mentions.
        mutating func choosePerson(for story: DemoCase) -> Person {
            if people.count > 20 && random.chance(15) {
                let known = people[Int(random.next() % UInt64(people.count))]
                if known.fits(story) { return known }
            }
            let chinese = random.chance(65)
            let breed = DemoData.breeds[random.pick(story.breeds)]
            let name = chinese ? random.pick(DemoData.zhSurnames) + random.pick(DemoData.zhGiven)
                : "\(random.pick(DemoData.enFirst)) \(random.pick(DemoData.enLast))"
            let contact = chinese ? "1\([3, 5, 8][Int(random.next() % 3)])\(String(format: "%09llu", random.next() % 1_000_000_000))"
                : "\(name.lowercased().replacingOccurrences(of: " ", with: "."))\(random.next() % 100)@example.com"
            let needs = story.needs ?? (random.chance(3) ? .limitedMobility : nil)
            let petIndex = Int(random.next() % UInt64(DemoData.zhPets.count))
            return Person(customer: Customer(name: name, contact: contact, specialNeeds: needs != nil,
                                             specialNeedsNote: needs.map { chinese ? $0.note.zh : $0.note.en } ?? ""),
                          pet: Pet(name: (chinese ? DemoData.zhPets : DemoData.enPets)[petIndex],
                                   species: chinese ? breed.species.zh : breed.species.en, breed: chinese ? breed.zh : breed.en),
                          petIndex: petIndex, species: breed.species, needs: needs, chinese: chinese, lastTicket: nil)
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

        mutating func chooseChannel(_ person: Person, _ story: DemoCase) -> Channel {
            if person.customer.specialNeeds && random.chance(50) { return .priority }
            return random.pick(story.channels)
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
