import Foundation

/// Builds a realistic demo desk: Chinese and English customers, every service line, channel,
/// cause, grade and stage, overdue and due-soon tickets, repeat customers, a few handlers, a
/// supervisor and a trainee. Every ticket is walked through the real `Workflow`, so the demo obeys
/// the same gates as real work. The same seed and `now` always give the same desk.
///
/// The desk tells a year (`defaultTickets` of them; a smaller desk fewer days, a week at the
/// least): complaints come in at a steady pace with the seasons in it (`DemoSeason`), tickets are
/// numbered in the order they came in, and each is handled as a desk that mostly keeps its clocks
/// would handle it (`DemoPlan`), as far as `now`: last month's are closed, this week's are at
/// every stage. A few are planted for a supervisor to find this week (see `Builder.slots`).
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

    /// How many tickets `tend demo` makes: a year of complaints at about 66 a day, which keeps
    /// about 200 open (a complaint is open for three days or so: answered, looked into, resolved,
    /// called back a day later). A smaller desk covers fewer days at the same pace, a week at the
    /// least; a larger one a year at a faster pace.
    public static let defaultTickets = 24_000

    public static func generate(tickets count: Int, seed: UInt64, now: Date, policy: Policy) -> Desk {
        var builder = Builder(random: SeededRandom(seed: seed), now: now.roundedToStore, policy: policy)
        let slots = builder.slots(count)
        var desk = Desk()
        desk.reserveCapacity(count)
        for slot in slots { builder.addTicket(slot, to: &desk) }
        return desk
    }

    struct Person {
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

    struct Builder {
        var random: SeededRandom
        let now: Date
        let policy: Policy
        var people: [Person] = []
        let handlers: [StaffMember]
        let supervisor: StaffMember
        let sla: SLATable

        init(random: SeededRandom, now: Date, policy: Policy) {
            self.random = random
            self.now = now
            self.policy = policy
            handlers = policy.staff.filter { $0.role == .handler }
            supervisor = policy.staff.first { $0.role == .supervisor }!
            sla = SLATable(policy)
        }

        /// The grade a ticket is taken in with: the case's, or (three in ten) general until the
        /// investigation says otherwise, never below what the harm to the pet needs.
        func intakeGrade(_ story: DemoCase, _ slot: DemoSlot) -> Grade {
            max(slot.has(.fullGradeAtIntake) ? story.grade : .general, story.harm.minimumGrade)
        }

        func received(_ slot: DemoSlot) -> Date { now.addingTimeInterval(-slot.age).roundedToStore }

        func plan(_ slot: DemoSlot) -> DemoPlan {
            let story = DemoCases.all[slot.story]
            return DemoPlan(story, intakeGrade: intakeGrade(story, slot), slot: slot, received: received(slot),
                            policy: policy, handlers: handlers.count)
        }

        mutating func addTicket(_ slot: DemoSlot, to desk: inout Desk) {
            let id = desk.nextID
            let story = DemoCases.all[slot.story]
            var person = choosePerson(for: story, language: slot.language)
            let received = received(slot)
            let plan = plan(slot)
            let shop = slot.branch >= 0 ? DemoBranch.shops[slot.branch] : random.pick(DemoBranch.shops)
            let intake = Intake(
                customer: person.customer, pet: person.pet, service: story.service,
                branch: (story.place ?? shop).name(chinese: person.chinese),
                channel: chooseChannel(person, story), description: person.say(story.complaint),
                occurredAt: received.addingTimeInterval(-3600 * Double(1 + random.next() % 48)).roundedToStore,
                grade: intakeGrade(story, slot), cause: slot.has(.causeAtIntake) ? story.cause : nil,
                servedBy: DemoStaff.name(story.service, chinese: person.chinese, ticket: id))
            let taker = random.pick(handlers)
            // An owner whose pet died is taken in grieving: the scripts offered are those for grief.
            let mood: Anger = story.harm == .died ? .grieving : .calm
            record(&desk, id, taker, received) { workflow, _ in try workflow.receive(intake, IntakeJudgement(harm: story.harm, anger: mood)) }
            // Only to a complaint made before this one.
            if let (previous, when) = person.lastTicket, when < received, received.timeIntervalSince(when) < 30 * 86400 {
                record(&desk, id, taker, received) { try $0.relate($1!, to: previous) }
            }
            person.lastTicket = (id, received)
            if people.count < 50_000 { people.append(person) }
            walk(&desk, id, plan, story: story, person, received: received, intakeGrade: intakeGrade(story, slot))
        }

        /// Takes the ticket through its plan's steps, as far as the demo's `now`.
        mutating func walk(_ desk: inout Desk, _ id: TicketID, _ plan: DemoPlan, story: DemoCase, _ person: Person, received: Date,
                           intakeGrade: Grade) {
            let now = self.now
            func at(_ offset: Double) -> Date? {
                let instant = received.addingTimeInterval(offset).roundedToStore
                return instant <= now ? instant : nil
            }
            let chinese = person.chinese
            let owner = handlers[plan.owner]
            guard let acknowledgedAt = at(plan.ack) else { return }
            var fields = AdvanceFields()
            fields.eta = received.addingTimeInterval(plan.eta).roundedToStore
            if let eta = fields.eta, eta.timeIntervalSince(acknowledgedAt) > policy.terms(for: intakeGrade).answer {
                // A promise beyond the grade's answer time says why, as the gate asks.
                let hours = eta.timeIntervalSince(acknowledgedAt) / 3600
                fields.etaReason = hours < 12
                    ? (chinese ? "客户说今天晚些时候才方便接电话，约好这个时间再联系。" : "The customer can only talk later today; we agreed to call back then.")
                    : (chinese ? "客户说明天才方便接电话，约好这个时间再联系。" : "The customer can only talk tomorrow; we agreed to call back then.")
            }
            advance(&desk, id, handlers[plan.answerer], acknowledgedAt, fields)
            // A supervisor hands it to its owner, or the one who answered keeps it.
            guard let assignedAt = at(plan.assign) else { return }
            fields = AdvanceFields()
            fields.assignee = owner.login
            advance(&desk, id, plan.answerer == plan.owner ? owner : supervisor, assignedAt, fields)
            // The case's notes, in the order they were written: the first while it is looked into,
            // the second once the findings are in.
            if random.chance(30), let noted = at(plan.firstNote) { note(&desk, id, owner, person, story.notes[0], noted) }
            guard let assessedAt = at(plan.assess) else { return }
            assess(&desk, id, owner, story, person, assessedAt)
            if story.notes.count > 1 && random.chance(30), let noted = at(plan.secondNote) { note(&desk, id, owner, person, story.notes[1], noted) }
            if plan.mediation > 0, let reason = story.mediation {
                if let sent = at(plan.mediation) { mediate(&desk, id, owner, story, person, reason: reason, at: sent) }
                return
            }
            // Above the owner's ceiling the resolution waits for a supervisor; within it, it is
            // proposed and carried out at once.
            let needsApproval = (story.resolution.total ?? 0) > policy.ceiling(for: owner)
            guard let proposedAt = at(needsApproval ? plan.propose : plan.resolve) else { return }
            propose(&desk, id, owner, story, person, at: proposedAt)
            if needsApproval {
                guard let approvedAt = at(plan.approve) else { return }
                record(&desk, id, supervisor, approvedAt) { try $0.approve($1!, comment: "") }
                guard let resolvedAt = at(plan.resolve) else { return }
                advance(&desk, id, owner, resolvedAt, AdvanceFields())
            }
            let closed = followUp(&desk, id, plan, story, person, at)
            if plan.reopen > 0, let reason = story.reopen, let reopenedAt = at(plan.reopen), closed {
                record(&desk, id, owner, reopenedAt) { try $0.reopen($1!, reason: person.say(reason)) }
            }
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
        mutating func propose(_ desk: inout Desk, _ id: TicketID, _ owner: StaffMember, _ story: DemoCase, _ person: Person, at: Date) {
            var fields = AdvanceFields()
            let resolution = story.resolution
            let currency = policy.currency
            fields.remedies = resolution.remedies.map { remedy in
                Remedy(kind: remedy.kind, amount: remedy.amount.map { Money(minorUnits: $0, currency: currency) },
                       due: remedy.isPromised ? WorkingDays.add(3, to: at, zone: policy.zone) : nil)
            }
            fields.details = person.say(resolution.details)
            advance(&desk, id, owner, at, fields)
        }

        /// Each open promise ticked done at `at` with the transfer's reference.
        mutating func keepPromises(_ desk: inout Desk, _ id: TicketID, _ owner: StaffMember, _ person: Person, at: Date) {
            for promise in desk.ticket(id)!.openPromises {
                let reference = "\(person.chinese ? "已转账，流水号" : "Transferred, reference") \(20_000_000 + random.next() % 9_000_000)"
                record(&desk, id, owner, at) { try $0.keepPromise($1!, number: promise.index + 1, note: reference) }
            }
        }

        private enum FollowUpStep { case keep, pause, resume, call, close }

        /// After the resolution, in the order the plan has them: promised transfers ticked done,
        /// the follow-up calls as the case tells them (a score with the customer's words, or calls
        /// that never reached them), the clock paused for a hurt pet's check-up, and the close by
        /// whoever may close.
        /// Whether the ticket was closed.
        mutating func followUp(_ desk: inout Desk, _ id: TicketID, _ plan: DemoPlan, _ story: DemoCase, _ person: Person,
                               _ at: (Double) -> Date?) -> Bool {
            let owner = handlers[plan.owner]
            var steps: [(Double, FollowUpStep)] = [(plan.keep, .keep)] + plan.calls.map { ($0, .call) } + [(plan.close, .close)]
            if plan.pause > 0 { steps += [(plan.pause, .pause), (plan.resume, .resume)] }
            steps.sort { $0.0 < $1.0 }
            var fields = AdvanceFields()
            switch story.followUp {
            case .unreachable:
                fields.unreachable = true
            case .reached(let score, let comment):
                fields.score = score
                fields.comment = person.say(comment)
                if score <= 2 { fields.lowScoreReason = person.say(DemoCases.lowScoreAccepted) }
            }
            for (offset, step) in steps {
                guard let instant = at(offset) else { return false }
                let made: [TicketEvent]
                switch step {
                case .keep:
                    keepPromises(&desk, id, owner, person, at: instant)
                    made = []
                case .pause:
                    made = record(&desk, id, owner, instant) { try $0.pause($1!, reason: .vetReport) }
                case .resume:
                    made = record(&desk, id, owner, instant) { try $0.resume($1!) }
                case .call:
                    // Each call the handler makes records the score (or that it did not get
                    // through); the last closes where they may.
                    if case .unreachable(let note) = story.followUp {
                        made = record(&desk, id, owner, instant) { try $0.recordFailedFollowUp($1!, note: person.say(note)) }
                    } else {
                        var call = fields
                        call.unreachable = false
                        made = advance(&desk, id, owner, instant, call)
                    }
                case .close:
                    // Assessed, the ticket has the case's grade.
                    let closer = StageSpec.of(.followUp).needsSupervisor(for: story.grade) ? supervisor : owner
                    made = advance(&desk, id, closer, instant, fields)
                }
                if made.contains(where: { if case .closed = $0 { true } else { false } }) { return true }
            }
            return false
        }

        func note(_ desk: inout Desk, _ id: TicketID, _ owner: StaffMember, _ person: Person, _ text: DemoText, _ at: Date) {
            record(&desk, id, owner, at) { try $0.addNote($1!, text: person.say(text)) }
        }

        @discardableResult
        mutating func advance(_ desk: inout Desk, _ id: TicketID, _ actor: StaffMember, _ at: Date, _ fields: AdvanceFields) -> [TicketEvent] {
            record(&desk, id, actor, at) { try $0.advance($1!, fields) }
        }

        /// Records what the workflow makes of an action, as a front end does: a clock that ran out
        /// before it is recorded first (`Workflow.breachesDue`), so a late step shows as late.
        @discardableResult
        func record(_ desk: inout Desk, _ id: TicketID, _ actor: StaffMember, _ at: Date,
                    _ make: (Workflow, Ticket?) throws -> [TicketEvent]) -> [TicketEvent] {
            let workflow = Workflow(policy: policy, actor: actor, now: at)
            let ticket = desk.ticket(id)
            do {
                var events = try make(workflow, ticket)
                if let ticket, !events.isEmpty, mayHaveRunOut(ticket, at: at) { events = workflow.breachesDue(ticket) + events }
                for event in events {
                    desk.apply(Change(ticket: id, entry: TimelineEntry(at: at, actor: actor.login, event: event)))
                }
                return events
            } catch {
                preconditionFailure("demo desk broke a workflow rule at \(id): \(error)")
            }
        }

        /// Whether any clock of the ticket may have run out by `at`: the running one, the answer
        /// promised, or a promised remedy (what `Workflow.breachesDue` looks at, read cheaply).
        private func mayHaveRunOut(_ ticket: Ticket, at: Date) -> Bool {
            if let running = sla.status(of: ticket, at: at), running.state == .overdue { return true }
            if let eta = ticket.eta, eta < at, ticket.stage == .acknowledged || ticket.stage == .investigating { return true }
            return ticket.promises.contains { !$0.isKept && $0.due < at }
        }

        /// A customer the case can happen to: sometimes someone who complained before (a repeat
        /// customer), when their pet and needs fit the story; otherwise someone new, with a pet the
        /// case is about and the special need it mentions. `language` (1 Chinese, 0 English) asks
        /// for someone new who speaks it.
        mutating func choosePerson(for story: DemoCase, language: Int = -1) -> Person {
            // People complain again soon after, if at all: someone from the last few hundred.
            if language < 0 && people.count > 20 && random.chance(10) {
                let recent = min(people.count, 400)
                let known = people[people.count - recent + Int(random.next() % UInt64(recent))]
                if known.fits(story) { return known }
            }
            let chinese = language < 0 ? random.chance(65) : language == 1
            let breed = DemoData.breeds[random.pick(story.breeds)]
            let name = chinese ? random.pick(DemoData.zhSurnames) + random.pick(DemoData.zhGiven)
                : "\(random.pick(DemoData.enFirst)) \(random.pick(DemoData.enLast))"
            let contact = chinese ? "1\([3, 5, 8][Int(random.next() % 3)])\(Self.nineDigits(random.next() % 1_000_000_000))"
                : "\(name.lowercased().replacingOccurrences(of: " ", with: "."))\(random.next() % 100)@example.com"
            let needs = story.needs ?? (random.chance(3) ? .limitedMobility : nil)
            let petIndex = Int(random.next() % UInt64(DemoData.zhPets.count))
            return Person(customer: Customer(name: name, contact: contact, specialNeeds: needs != nil, needs: needs?.types ?? [],
                                             specialNeedsNote: needs.map { chinese ? $0.note.zh : $0.note.en } ?? ""),
                          pet: Pet(name: (chinese ? DemoData.zhPets : DemoData.enPets)[petIndex],
                                   species: chinese ? breed.species.zh : breed.species.en, breed: chinese ? breed.zh : breed.en),
                          petIndex: petIndex, species: breed.species, needs: needs, chinese: chinese, lastTicket: nil)
        }

        /// `number` (under a billion) in nine digits, zeros first.
        static func nineDigits(_ number: UInt64) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, 9 - digits.count)) + digits
        }

        mutating func chooseChannel(_ person: Person, _ story: DemoCase) -> Channel {
            if person.customer.specialNeeds && random.chance(50) { return .priority }
            return random.pick(story.channels)
        }
    }
}
