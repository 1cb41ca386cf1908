import Foundation
import Testing
@testable import TendCore

/// Issue 11's clock rules: a long promise says why; serious and critical tickets are sent where
/// the policy says; the escalation ladder; pauses; opening hours and holidays.
/// `Fixture.now` is Wednesday 2026-11-18 11:06:40 UTC.
@Suite struct ClockRulesTests {
    let f = Fixture()

    func policy(_ extra: String, zone: String? = nil) throws -> Policy {
        var text = (zone.map { "timezone = \"\($0)\"\n" } ?? "") + PolicyFile.render(f.policy)
        // The clock settings of the rendered file are replaced by the test's own.
        text = text.components(separatedBy: "\n# Who a new serious")[0] + "\n" + extra + "\n"
        for member in f.policy.staff {
            text += "\n[[staff]]\nlogin = \"\(member.login)\"\nname = \"\(member.name)\"\nrole = \"\(member.role.rawValue)\"\n"
        }
        return try PolicyFile.parse(text, path: "policy.toml")
    }

    // MARK: A promise further off than the answer time

    @Test func aPromiseBeyondTheGradesAnswerTimeNeedsAReason() throws {
        let ticket = f.newTicket(grade: .critical)   // 30 minutes to answer
        var fields = AdvanceFields()
        fields.eta = Fixture.now.addingTimeInterval(3600)
        #expect(throws: WorkflowError.gate(GateRefusal(.etaReason, .neededForLongPromise(answer: 1800)))) {
            try f.workflow(f.handler).advance(ticket, fields)
        }
        fields.etaReason = "  "
        #expect(throws: WorkflowError.gate(GateRefusal(.etaReason, .neededForLongPromise(answer: 1800)))) {
            try f.workflow(f.handler).advance(ticket, fields)
        }
        fields.etaReason = "the vet is operating until then"
        #expect(try f.workflow(f.handler).advance(ticket, fields) == [.acknowledged(eta: fields.eta!, reason: "the vet is operating until then")])
        // Within the answer time no reason is asked, and one given is not kept.
        fields.eta = Fixture.now.addingTimeInterval(20 * 60)
        #expect(try f.workflow(f.handler).advance(ticket, fields) == [.acknowledged(eta: fields.eta!)])
        // Measured from now: acknowledging late with a short promise needs no excuse.
        fields.etaReason = nil
        let late = Fixture.now.addingTimeInterval(3 * 3600)
        fields.eta = late.addingTimeInterval(20 * 60)
        #expect(try TicketAction.advance(fields).events(f.workflow(f.handler, at: late), ticket).last == .acknowledged(eta: fields.eta!))
    }

    // MARK: Routing

    @Test func aSeriousOrCriticalTicketGoesWhereThePolicySays() throws {
        let policy = try policy("""
        [routing]
        serious = ["on_duty"]
        critical = ["on_duty", "tester"]
        [[duty]]
        login = "zhao.min"
        hours = "mon-fri 09:00-18:00"
        """, zone: "UTC")
        func routed(_ grade: Grade, at now: Date) throws -> [String]? {
            let events = try Workflow(policy: policy, actor: f.handler, now: now).receive(Fixture.intake(grade: grade))
            for event in events { if case .routed(let logins) = event { return logins } }
            return nil
        }
        #expect(try routed(.general, at: Fixture.now) == nil)
        #expect(try routed(.significant, at: Fixture.now) == nil)
        #expect(try routed(.serious, at: Fixture.now) == ["zhao.min"])   // Wednesday 11:06: on duty
        #expect(try routed(.critical, at: Fixture.now) == ["zhao.min", "tester"])
        // Wednesday 20:00: nobody on duty, so every supervisor; named ones once.
        let evening = Fixture.now.addingTimeInterval(9 * 3600)
        #expect(try routed(.critical, at: evening) == ["zhao.min", "tester"])
        #expect(try routed(.serious, at: evening) == policy.staff.filter { $0.role == .supervisor }.map(\.login))
        // Raised to serious from below: sent then; raised from serious to critical: not again.
        let ticket = try f.ticket(at: .investigating)
        let raised = try Workflow(policy: policy, actor: f.handler, now: Fixture.now).changeGrade(ticket, to: .serious, reason: "legal")
        #expect(raised.contains(.routed(to: ["zhao.min"])))
        var serious = ticket
        f.apply(&serious, f.handler, raised)
        #expect(try !Workflow(policy: policy, actor: f.handler, now: Fixture.now).changeGrade(serious, to: .critical, reason: "worse")
            .contains { if case .routed = $0 { true } else { false } })
    }

    @Test func aRoutingOrDutyThatNamesNoSupervisorIsRefusedWithItsLine() throws {
        #expect(throws: FileLineError.self) { try policy("[routing]\ncritical = [\"li.hua\"]") }
        #expect(throws: FileLineError.self) { try policy("[[duty]]\nlogin = \"zhao.min\"\nhours = \"sometimes\"") }
        #expect(throws: FileLineError.self) { try policy("[[escalation]]\nat = 0\ntell = \"assignee\"") }
        #expect(throws: FileLineError.self) { try policy("[clocks]\npause_for = [\"lunch\"]") }
        #expect(throws: FileLineError.self) { try policy("[[branch]]\nname = \"A\"\nhours = \"always\"\nholidays = [\"2027-02-30\"]") }
        #expect(throws: FileLineError.self) { try policy("", zone: "Mars/Olympus") }
        #expect(try policy("", zone: "Asia/Shanghai").zone.identifier == "Asia/Shanghai")
    }

    @Test func theClockSettingsSurviveBeingWrittenAndReadBack() throws {
        let policy = try policy("""
        [routing]
        serious = ["zhao.min"]
        critical = ["on_duty", "tester"]
        [[duty]]
        login = "zhao.min"
        hours = "mon-fri 09:00-12:00,13:00-18:00; sat 10:00-16:00"
        [[escalation]]
        at = 75
        tell = "assignee"
        [[escalation]]
        at = 100
        tell = "supervisors"
        [clocks]
        pause_for = ["vet_report"]
        [[branch]]
        name = "徐汇店"
        hours = "周一-周日 09:00-21:00"
        holidays = ["2027-02-06..2027-02-12", "2027-05-01"]
        """, zone: "Asia/Shanghai")
        #expect(policy.escalation == [EscalationStep(percent: 75, tell: .assignee), EscalationStep(percent: 100, tell: .supervisors)])
        #expect(policy.branches.first?.holidays.count == 8)
        let again = try PolicyFile.parse(PolicyFile.render(policy), path: "policy.toml")
        #expect(again == policy)
    }

    // MARK: Pauses

    @Test func aPausedClockStandsStillAndThePauseIsOnTheTimeline() throws {
        var ticket = try f.ticket(at: .investigating)   // general: resolve in 72 hours from receipt
        let before = try #require(f.policy.sla(for: ticket, at: Fixture.now))
        f.apply(&ticket, f.handler, try f.workflow(f.handler).pause(ticket, reason: .vetReport))
        #expect(throws: WorkflowError.alreadyPaused(.vetReport)) { try f.workflow(f.handler).pause(ticket, reason: .customer) }
        let later = Fixture.now.addingTimeInterval(5 * 3600)
        let paused = try #require(f.policy.sla(for: ticket, at: later))
        #expect(paused.pausedFor == .vetReport && paused.timeLeft == before.timeLeft && paused.markedTimeLeft(.en).hasPrefix("‖"))
        f.apply(&ticket, f.handler, try f.workflow(f.handler, at: later).resume(ticket), at: later)
        #expect(throws: WorkflowError.notPaused) { try f.workflow(f.handler, at: later).resume(ticket) }
        let resumed = try #require(f.policy.sla(for: ticket, at: later))
        #expect(resumed.pausedFor == nil && resumed.due == before.due.addingTimeInterval(5 * 3600))
        #expect(ticket.timeline.suffix(2).map(\.event) == [.clockPaused(.vetReport), .clockResumed])
    }

    @Test func aPauseThePolicyDoesNotAllowIsRefused() throws {
        var policy = f.policy
        policy.pauseReasons = [.mediator]
        let ticket = try f.ticket(at: .investigating)
        #expect(throws: WorkflowError.pauseNotAllowed(.customer, allowed: [.mediator])) {
            try Workflow(policy: policy, actor: f.handler, now: Fixture.now).pause(ticket, reason: .customer)
        }
        #expect(throws: WorkflowError.readOnly(role: .trainee)) { try f.workflow(f.trainee).pause(ticket, reason: .customer) }
    }

    // MARK: Opening hours

    @Test func aShopsClockCountsOpenTimeOnlyAndSkipsHolidays() throws {
        // Received Friday 2026-11-20 17:00 UTC, general: 24 hours of open time to answer.
        let friday = Date(timeIntervalSince1970: 1_795_194_000)
        #expect(LocalTime(friday, TimeZone(identifier: "UTC")!).weekday == 4)
        var intake = Fixture.intake()
        intake = Intake(customer: intake.customer, pet: intake.pet, service: .grooming, branch: "徐汇店", channel: .phone,
                        description: intake.description, grade: .general)
        let ticket = Ticket(id: TicketID(1001), received: TimelineEntry(at: friday, actor: "li.hua", event: .received(intake)))
        var policy = f.policy
        policy.zone = TimeZone(identifier: "UTC")!
        policy.branches = [BranchHours(name: "徐汇店", hours: try #require(WeeklyHours.parse("mon-fri 09:00-18:00")))]
        // Friday 1 hour, Monday 9, Tuesday 9, Wednesday 5: due Wednesday 14:00.
        let wednesday = Date(timeIntervalSince1970: 1_795_194_000 + 4 * 86400 + 21 * 3600)
        #expect(policy.sla(for: ticket, at: friday)?.due == wednesday)
        // Tuesday a holiday: Thursday 14:00.
        policy.branches[0].holidays = [LocalTime(friday, policy.zone).day + 4]
        #expect(policy.sla(for: ticket, at: friday)?.due == wednesday.addingTimeInterval(86400))
        // Told to count all time, the branch's clock runs through the night.
        policy.branches[0].openTimeOnly = false
        #expect(policy.sla(for: ticket, at: friday)?.due == friday.addingTimeInterval(24 * 3600))
        // A branch not on the policy counts every minute.
        policy.branches[0].openTimeOnly = true
        policy.branches[0].name = "other"
        #expect(policy.sla(for: ticket, at: friday)?.due == friday.addingTimeInterval(24 * 3600))
    }

    @Test func weeklyHoursReadBothLanguagesAndRefuseNonsense() throws {
        let hours = try #require(WeeklyHours.parse("周一-周五 09:00-18:00；sat,sun 10:00-16:00"))
        #expect(hours.contains(day: 0, minute: 9 * 60) && !hours.contains(day: 0, minute: 18 * 60))
        #expect(hours.contains(day: 6, minute: 10 * 60) && !hours.contains(day: 6, minute: 9 * 60))
        #expect(hours.text == "mon-fri 09:00-18:00; sat-sun 10:00-16:00")
        #expect(WeeklyHours.parse("always") == .always && WeeklyHours.parse("24/7") == .always)
        for nonsense in ["", "mon", "mon 18:00-09:00", "funday 09:00-10:00", "mon 9-10", "mon 09:00-25:00"] {
            #expect(WeeklyHours.parse(nonsense) == nil, "\(nonsense)")
        }
        // The week wraps: fri-mon is four days.
        #expect(WeeklyHours.parse("fri-mon 09:00-10:00")?.days.filter { !$0.isEmpty }.count == 4)
    }

    // MARK: The escalation ladder

    @Test func theLadderTellsTheAssigneeThenTheSupervisorsOnceEach() throws {
        var ticket = try f.ticket(at: .acknowledged, grade: .critical)   // resolve: 12 hours from receipt
        f.apply(&ticket, f.handler, [.assigned(to: f.handler.login)])
        var desk = Desk(tickets: [ticket])
        let ladder = SLATable(f.policy).ladder(of: ticket, at: Fixture.now)
        #expect(ladder.map(\.step.percent) == [50, 80, 100])
        #expect(ladder.map(\.at) == [6.0, 9.6, 12.0].map { Fixture.now.addingTimeInterval($0 * 3600) })
        // The assignee's console, between 5 and 7 hours in, finds the 50% rung; the supervisor's does not.
        let five = Fixture.now.addingTimeInterval(5 * 3600), seven = Fixture.now.addingTimeInterval(7 * 3600)
        let found = LadderWatch.reached(desk, policy: f.policy, viewer: f.handler, after: five, upTo: seven)
        #expect(found.map(\.escalation.percent) == [50] && found.first?.escalation.tell == .assignee)
        #expect(LadderWatch.reached(desk, policy: f.policy, viewer: f.supervisor, after: five, upTo: seven).isEmpty)
        #expect(LadderWatch.reached(desk, policy: f.policy, viewer: f.otherHandler, after: five, upTo: seven).isEmpty)
        // Recorded once: the rung is on the timeline, and asked again nothing is due.
        let events = try TicketAction.escalate(since: five).events(f.workflow(f.handler, at: seven), ticket)
        // The promise (an hour) ran out long before: that breach goes on first, as with any change.
        #expect(events.dropFirst() == [.escalated(Escalation(clock: .resolve, percent: 50, tell: .assignee, reachedAt: ladder[0].at))])
        f.apply(&ticket, f.handler, events, at: seven)
        #expect(throws: WorkflowError.noEscalationDue) { try TicketAction.escalate(since: five).events(f.workflow(f.handler, at: seven), ticket) }
        desk = Desk(tickets: [ticket])
        // Recorded, it is still found in that window: another console watching it tells its user too
        // (each console looks at each minute once, so no one is told twice).
        #expect(LadderWatch.reached(desk, policy: f.policy, viewer: f.handler, after: five, upTo: seven).map(\.escalation.percent) == [50])
        // At 12 hours the supervisors are told, and the breach goes on the timeline with it.
        let twelve = Fixture.now.addingTimeInterval(12 * 3600 + 60)
        let atEnd = LadderWatch.reached(desk, policy: f.policy, viewer: f.supervisor, after: seven, upTo: twelve)
        #expect(atEnd.map(\.escalation.percent) == [100])
        let last = try TicketAction.escalate(since: seven).events(f.workflow(f.supervisor, at: twelve), ticket)
        #expect(last.contains(.clockBreached(.resolve, due: ladder[2].at)) && last.contains(.escalated(Escalation(clock: .resolve, percent: 100, tell: .supervisors, reachedAt: ladder[2].at))))
        // One supervisor's console records the rung; a second supervisor's, looking at the same
        // minute after it has read that change, is still told (it once was not).
        f.apply(&ticket, f.supervisor, last, at: twelve)
        let secondSupervisor = try #require(f.policy.staff.first { $0.role == .supervisor && $0.login != f.supervisor.login })
        #expect(LadderWatch.reached(Desk(tickets: [ticket]), policy: f.policy, viewer: secondSupervisor, after: seven, upTo: twelve)
            .map(\.escalation.percent) == [100])
    }
}
