import Foundation

/// When each step of one demo ticket is taken, in seconds after it came in, as a desk that mostly
/// keeps its clocks would take them: the first answer within the grade's answer time, the
/// promised answer time kept by the findings, the resolution within the resolve time, money
/// promised transferred in time, each follow-up call made once it is due (24 hours after the
/// resolution, and again after 7 days for a pet that was hurt, the follow-up clock paused for the
/// vet's check-up in between), then the close. A few steps run late, as the slot says.
///
/// A ticket is walked only as far as the demo's `now`: one that came in an hour ago may not be
/// answered yet, one from last month is closed. The plan is drawn from its own seed, so the desk
/// can read a ticket's plan before making it (which stage it will be in, whether it will carry its
/// cause) and make it the same way afterwards.
struct DemoPlan {
    /// Indices into the builder's handlers: who owns the ticket, and who gave the first answer.
    var owner: Int
    var answerer: Int
    var ack: Double
    var eta: Double
    var assign: Double
    var firstNote: Double
    var assess: Double
    var secondNote: Double
    /// When a resolution that needs approval is proposed, and approved.
    var propose: Double
    var approve: Double
    /// When the resolution takes effect: the ticket moves on to follow-up.
    var resolve: Double
    /// When promised transfers are ticked done.
    var keep: Double
    /// The follow-up clock paused (a pet that was hurt: waiting for the vet's check-up), and
    /// resumed before the last call; 0 when it is not.
    var pause: Double = 0
    var resume: Double = 0
    /// Each follow-up call made, in order: a score recorded, or an attempt that did not get through.
    var calls: [Double] = []
    /// When whoever may close does (the last call itself, where it closes the case).
    var close: Double
    /// When the ticket went to a mediator, for a ticket that waits on one (0 when not).
    var mediation: Double = 0
    /// When a closed ticket was reopened (0 when not).
    var reopen: Double = 0

    /// The stage the walk leaves the ticket in at `age` (close enough for choosing tickets: a
    /// last call that closes the case itself closes it a little before `close`).
    func stage(at age: Double) -> Stage {
        if age < ack { return .received }
        if age < assign { return .acknowledged }
        if age < assess { return .investigating }
        if mediation > 0 { return age < mediation ? .resolving : .mediation }
        if age < resolve { return .resolving }
        if age < close { return .followUp }
        return reopen > 0 && age >= reopen ? .investigating : .closed
    }

    /// Whether the steps up to `age` (seconds since it came in) include the assessment, so the
    /// ticket carries its cause then.
    func assessed(by age: Double) -> Bool { age >= assess }

    /// Whether the plan closes the ticket by `age`, with the close's time.
    func closed(by age: Double) -> Bool { mediation == 0 && age >= close }

    init(_ story: DemoCase, intakeGrade: Grade, slot: DemoSlot, received: Date, policy: Policy, handlers: Int) {
        var random = SeededRandom(seed: slot.seed)
        func between(_ low: Double, _ high: Double) -> Double { low + random.unit() * (high - low) }
        let answer = policy.terms(for: intakeGrade).answer
        let terms = policy.terms(for: story.grade)
        let limit = terms.resolve
        owner = Int(random.next() % UInt64(handlers))
        answerer = slot.has(.firstContact) ? owner : Int(random.next() % UInt64(handlers))

        if slot.has(.firstContact) {
            // Answered, owned, assessed and resolved within the hour by the one who answered.
            ack = answer * between(0.01, 0.15)
            assign = ack + between(60, 300)
            firstNote = assign + between(30, 120)
            assess = firstNote + between(300, 1200)
            secondNote = assess + between(30, 120)
            resolve = secondNote + between(300, 1200)
            eta = ack + 3600
            propose = resolve
            approve = resolve
        } else {
            // A quarter of the work on time is done just in time, close to the clock's end.
            ack = slot.has(.answerLate) ? answer * between(1.03, 1.8) : answer * (random.chance(35) ? between(0.85, 0.999) : between(0.03, 0.85))
            // On time: somewhere in the resolve time left after the answer; late: past it.
            if slot.has(.resolveLate) || ack > limit * 0.8 {
                resolve = max(limit * between(1.03, 2.2), ack + between(3600, 4 * 3600))
            } else {
                resolve = ack + (limit - ack) * (random.chance(35) ? between(0.9, 0.999) : between(0.15, 0.9))
            }
            let urgent = story.grade >= .serious
            assign = ack + min(urgent ? between(120, 1800) : between(1800, 12 * 3600), (resolve - ack) * 0.35)
            // The findings come within the day or so; the answer promised waits for them.
            let assessBy = min(resolve, ack + 28 * 3600)
            assess = assign + (assessBy - assign) * between(0.25, 0.7)
            firstNote = assign + (assess - assign) * between(0.1, 0.9)
            if slot.has(.promiseBroken) {
                eta = ack + max(600, (assess - ack) * between(0.3, 0.85))
            } else {
                eta = assess + between(900, 6 * 3600)
            }
            propose = assess + (resolve - assess) * between(0.05, 0.4)
            approve = resolve - (resolve - propose) * between(0.02, 0.3)
            if slot.has(.awaitingApproval) {
                // Proposed since the findings and still waiting for a supervisor now.
                propose = assess + (slot.age - assess) * between(0.3, 0.9)
                approve = max(approve, slot.age + between(3600, 6 * 3600))
                resolve = max(resolve, approve + between(600, 3600))
            }
            secondNote = assess + (propose - assess) * between(0.1, 0.9)
        }
        // A few tickets wait at now where the plan had them done: nobody has taken it yet
        // (`unowned`), not answered yet or not resolved yet as its clock runs out (`stalled…`).
        // Every later step comes after now.
        if slot.has(.unowned) {
            let shift = max(0, slot.age + between(600, 2 * 3600) - assign)
            assign += shift; eta += shift; firstNote += shift; assess += shift; secondNote += shift
            propose += shift; approve += shift; resolve += shift
        }
        if slot.has(.stalledAnswer) {
            let shift = max(0, slot.age + between(300, 3 * 3600) - ack)
            ack += shift; eta += shift; assign += shift; firstNote += shift; assess += shift; secondNote += shift
            propose += shift; approve += shift; resolve += shift
        }
        if slot.has(.stalledResolution) {
            let shift = max(0, slot.age + between(300, 3 * 3600) - resolve)
            approve += shift; resolve += shift
        }
        // Money back is transferred before the first call, or (a few) only after its promised day.
        let promised = story.resolution.remedies.contains(where: \.isPromised)
        if promised && slot.has(.keepLate) {
            let proposedAt = received.addingTimeInterval(slot.has(.firstContact) ? resolve : propose)
            let due = WorkingDays.add(3, to: proposedAt, zone: policy.zone).timeIntervalSince(received)
            keep = due + between(3600, 26 * 3600)
        } else {
            keep = resolve + between(1800, 20 * 3600)
        }

        let hurt = story.harm == .injured || story.harm == .ill
        let first = resolve + (policy.followUpCalls.first ?? 86400)
        let closeLag = story.grade >= .serious ? between(600, 5 * 3600) : between(300, 3600)
        switch story.followUp {
        case .reached:
            calls.append(first + between(120, 8 * 3600))
            if hurt {
                // The first call (the score recorded) and the check-up a week on: the follow-up
                // clock waits for the vet meanwhile (from the start where its time is a day).
                let second = resolve + (policy.followUpCallsWhenHurt.last ?? 7 * 86400)
                pause = terms.followUp <= 86400 ? resolve + between(300, 3000) : calls[0] + between(60, 1200)
                calls.append(second + between(120, 8 * 3600))
                resume = calls[1] - between(30, 120)
            }
        case .unreachable:
            var at = first + between(120, 6 * 3600)
            for _ in 0..<max(1, policy.followUpAttempts) {
                calls.append(at)
                at += policy.followUpRetry + between(60, 3 * 3600)
            }
        }
        close = max(calls.last!, keep) + closeLag
        if slot.mediationAfter > 0 { mediation = assess + slot.mediationAfter }
        if slot.reopenAfter > 0 { reopen = close + slot.reopenAfter }
    }
}

/// One demo ticket before it is made: when it came in, the case it tells, and how its handling
/// goes (see `DemoPlan`).
struct DemoSlot {
    struct Flags: OptionSet {
        let rawValue: UInt16
        static let causeAtIntake = Flags(rawValue: 1 << 0)
        static let fullGradeAtIntake = Flags(rawValue: 1 << 1)
        static let firstContact = Flags(rawValue: 1 << 2)
        static let answerLate = Flags(rawValue: 1 << 3)
        static let promiseBroken = Flags(rawValue: 1 << 4)
        static let resolveLate = Flags(rawValue: 1 << 5)
        static let keepLate = Flags(rawValue: 1 << 6)
        static let planted = Flags(rawValue: 1 << 7)
        static let awaitingApproval = Flags(rawValue: 1 << 8)
        static let unowned = Flags(rawValue: 1 << 9)
        static let stalledAnswer = Flags(rawValue: 1 << 10)
        static let stalledResolution = Flags(rawValue: 1 << 11)
    }

    /// Seconds before `now` it came in.
    var age: Double
    /// Index into `DemoCases.all`.
    var story: Int
    var flags: Flags
    /// The plan's seed.
    var seed: UInt64
    /// Index into `DemoBranch.shops` where it must have happened; -1 for any.
    var branch: Int = -1
    /// A new customer of this language (1 Chinese, 0 English); -1 for anyone.
    var language: Int = -1
    /// Sent to mediation this long after the assessment (0: not).
    var mediationAfter: Double = 0
    /// Reopened this long after the close (0: not).
    var reopenAfter: Double = 0

    func has(_ flag: Flags) -> Bool { flags.contains(flag) }
}
