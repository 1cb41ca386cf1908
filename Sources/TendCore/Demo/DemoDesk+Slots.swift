import Foundation

extension DemoDesk.Builder {
    private static let day: Double = 86400

    /// The desk's tickets before they are made, oldest first: when each came in and the case it
    /// tells, spread over a year (a smaller desk over fewer days, a week at the least) at the
    /// pace the seasons set (`DemoSeason`), and how its handling goes. Then the stories a
    /// supervisor should find at `now`: a few tickets waiting on a mediator, a few reopened after
    /// a low score, no branch with more than two pets hurt in its care this week but one, where a
    /// groomer's dryer and clippers hurt three or four and skin infections after baths break out
    /// (the two early warnings the demo plants); a resolution waiting for approval, serious
    /// complaints nobody has taken yet, some tickets running late and some about to.
    ///
    /// Arrival times and cases are spread evenly (each ticket takes its place in an even sequence,
    /// jittered), and which steps run late too, so that any week holds its share of each: the
    /// early warnings then see only what was planted.
    mutating func slots(_ count: Int) -> [DemoSlot] {
        guard count > 0 else { return [] }
        let day = Self.day
        let cases = DemoCases.all
        let span = day * max(7, min(365, 365 * Double(count) / Double(DemoDesk.defaultTickets)))
        // Each day from the oldest: the ages it covers, the running total of the desk's weight,
        // and its cases' running weights in that season.
        var days: [(from: Double, to: Double, end: Double, cases: [Double])] = []
        var total = 0.0
        for back in stride(from: Int((span / day).rounded(.up)) - 1, through: 0, by: -1) {
            let from = Double(back) * day, to = min(Double(back + 1) * day, span)
            let civil = StatsPeriod.civil(ofDay: LocalTime(now.addingTimeInterval(-(from + to) / 2), policy.zone).day)
            var running = 0.0
            var cumulative: [Double] = []
            cumulative.reserveCapacity(cases.count)
            for index in cases.indices {
                running += DemoSeason.caseWeights[index] * DemoSeason.factor(cases[index], year: civil.year, month: civil.month, day: civil.day)
                cumulative.append(running)
            }
            total += running * (to - from) / day
            days.append((from, to, total, cumulative))
        }

        // Even sequences (each ticket one step on, by an irrational step, from a seeded start):
        // any run of tickets holds close to its share of each case and of each late step.
        let starts = (0..<5).map { _ in random.unit() }
        let steps = [0.618_033_988_749_895, 0.414_213_562_373_095, 0.732_050_807_568_877, 0.236_067_977_499_790, 0.141_592_653_589_793]
        func even(_ sequence: Int, _ index: Int) -> Double {
            (starts[sequence] + Double(index) * steps[sequence]).truncatingRemainder(dividingBy: 1)
        }
        let firstContactCeiling = handlers.map(policy.ceiling(for:)).min() ?? 0
        let simple = cases.map { Self.simple($0, within: firstContactCeiling) }
        var slots: [DemoSlot] = []
        slots.reserveCapacity(count)
        var place = 0
        for index in 0..<count {
            let point = (Double(index) + random.unit()) / Double(count) * total
            while place < days.count - 1 && days[place].end <= point { place += 1 }
            let start = place == 0 ? 0 : days[place - 1].end
            let within = min(1, max(0, (point - start) / max(days[place].end - start, .leastNormalMagnitude)))
            let age = max(60, days[place].to - within * (days[place].to - days[place].from))
            let weights = days[place].cases
            let pick = even(0, index) * weights[weights.count - 1]
            var story = 0
            while story < weights.count - 1 && weights[story] <= pick { story += 1 }
            // Late steps were commoner a year ago: the desk has got better at its clocks.
            let then = min(1, age / (365 * day))
            var flags: DemoSlot.Flags = []
            if random.chance(50) { flags.insert(.causeAtIntake) }
            if random.chance(70) { flags.insert(.fullGradeAtIntake) }
            if even(1, index) < 0.04 + 0.08 * then { flags.insert(.answerLate) }
            if even(2, index) < 0.03 + 0.06 * then { flags.insert(.promiseBroken) }
            if even(3, index) < 0.04 + 0.15 * then { flags.insert(.resolveLate) }
            if even(4, index) < 0.02 + 0.05 * then { flags.insert(.keepLate) }
            if simple[story] && random.chance(60) { flags.insert(.firstContact) }
            slots.append(DemoSlot(age: age, story: story, flags: flags, seed: random.next()))
        }
        sendToMediation(&slots)
        reopenAfterLowScores(&slots)
        fillTheQueue(&slots)
        // Counting what the rest left carrying its cause this week (a resolution left waiting for
        // approval has been assessed).
        plantWarnings(&slots)
        keepAnApprovalWaiting(&slots)
        return slots
    }

    /// A simple complaint a handler settles on the first call: a general one about manners,
    /// money, a billing slip or a misunderstanding, with no harm done and a remedy within every
    /// handler's authority.
    static func simple(_ story: DemoCase, within ceiling: Int64) -> Bool {
        story.grade == .general && story.harm == .none && [.attitude, .price, .technicalError, .communication].contains(story.cause)
            && (story.resolution.total ?? 0) <= ceiling
    }

    /// One in twenty cases that can go to a mediator do, from two days to two months ago (a
    /// mediation takes weeks); at least one on a desk that has such a case to send.
    private mutating func sendToMediation(_ slots: inout [DemoSlot]) {
        let day = Self.day
        var candidates: [(index: Int, room: Double)] = []
        var sent = 0
        for index in slots.indices where (2 * day...60 * day).contains(slots[index].age) && !slots[index].has(.firstContact)
            && DemoCases.all[slots[index].story].mediation != nil {
            // Sent a while after the findings, and before now.
            let room = slots[index].age - plan(slots[index]).assess - 1800
            guard room > 3600 else { continue }
            candidates.append((index, room))
            if random.chance(5) {
                slots[index].mediationAfter = 1800 + random.unit() * min(36 * 3600, room - 1800)
                sent += 1
            }
        }
        if sent == 0, !candidates.isEmpty {
            let (index, room) = random.pick(candidates)
            slots[index].mediationAfter = 1800 + random.unit() * min(36 * 3600, room - 1800)
        }
    }

    /// Half the cases closed on a low score in the last two weeks whose customer comes back are
    /// reopened (a day or so after the close, and recently enough that the reopened case is
    /// mostly still within its time); at least one on a desk that has such a case.
    private mutating func reopenAfterLowScores(_ slots: inout [DemoSlot]) {
        let day = Self.day
        var candidates: [(index: Int, low: Double, high: Double)] = []
        var reopened = 0
        for index in slots.indices where slots[index].age < 14 * day && slots[index].mediationAfter == 0
            && !slots[index].has(.firstContact) && DemoCases.all[slots[index].story].reopen != nil {
            let story = DemoCases.all[slots[index].story]
            let closedFor = slots[index].age - plan(slots[index]).close
            let low = max(3600, closedFor - 0.9 * policy.terms(for: story.grade).resolve)
            let high = min(5 * day, closedFor - 600)
            guard low < high else { continue }
            candidates.append((index, low, high))
            if random.chance(50) {
                slots[index].reopenAfter = low + random.unit() * (high - low)
                reopened += 1
            }
        }
        if reopened == 0, !candidates.isEmpty {
            let (index, low, high) = random.pick(candidates)
            slots[index].reopenAfter = low + random.unit() * (high - low)
        }
    }

    /// At least one resolution waiting for a supervisor's approval on a desk that has a case
    /// above every handler's ceiling in its last few days: one, proposed since its findings.
    private mutating func keepAnApprovalWaiting(_ slots: inout [DemoSlot]) {
        let ceiling = handlers.map(policy.ceiling(for:)).max() ?? 0
        var candidates: [Int] = []
        for index in Self.firstYounger(than: 3 * Self.day, in: slots)..<slots.count {
            let slot = slots[index], story = DemoCases.all[slot.story]
            guard (story.resolution.total ?? 0) > ceiling, slot.mediationAfter == 0, slot.reopenAfter == 0,
                  slot.flags.isDisjoint(with: [.unowned, .stalledAnswer, .stalledResolution]) else { continue }
            let plan = plan(slot)
            if slot.age >= plan.propose && slot.age < plan.approve { return }
            if plan.assess < slot.age - 3600 && slot.age < 0.8 * policy.terms(for: story.grade).resolve { candidates.append(index) }
        }
        guard !candidates.isEmpty else { return }
        slots[random.pick(candidates)].flags.insert(.awaitingApproval)
    }

    /// What a queue should show on a desk of any size, where the desk has tickets to show it
    /// with: two serious or critical complaints nobody has taken yet, at the top of every queue;
    /// one answered and waiting to be handed on; three running late and three whose clock is
    /// about to run out (a desk that has fewer of its own leaves some of this week's tickets at
    /// a step the plan had done: not answered yet, or not resolved yet, or not taken yet).
    private mutating func fillTheQueue(_ slots: inout [DemoSlot]) {
        var unowned = 0, waiting = 0, late = 0, soon = 0
        var candidates: (unowned: [Int], waiting: [Int], late: [(Int, DemoSlot.Flags)], soon: [(Int, DemoSlot.Flags)]) = ([], [], [], [])
        for index in Self.firstYounger(than: 6 * Self.day, in: slots)..<slots.count {
            let slot = slots[index], story = DemoCases.all[slot.story]
            guard slot.mediationAfter == 0, slot.reopenAfter == 0, !slot.has(.awaitingApproval), !slot.has(.firstContact) else { continue }
            let plan = plan(slot)
            let grade = intakeGrade(story, slot)
            let taken = policy.terms(for: grade), assessed = policy.terms(for: story.grade)
            // Where the walk leaves it now, and its running clock then.
            let stage = plan.stage(at: slot.age)
            if stage == .acknowledged { waiting += 1 }
            if grade >= .serious && [.received, .acknowledged].contains(stage) { unowned += 1 }
            let clock: (due: Double, soon: Double)? = switch stage {
            case .received: (taken.answer, taken.dueSoon)
            case .acknowledged, .investigating: (taken.resolve, taken.dueSoon)
            case .resolving: (assessed.resolve, assessed.dueSoon)
            default: nil
            }
            if let clock, slot.age > clock.due { late += 1 }
            if let clock, slot.age <= clock.due, slot.age >= clock.due - clock.soon { soon += 1 }
            // Tickets that could be left at an earlier step.
            if plan.assign < slot.age && slot.age < 0.8 * taken.resolve {
                if grade >= .serious { candidates.unowned.append(index) }
                candidates.waiting.append(index)
            }
            // Not answered yet (taken in at its grade, or as general until the investigation, where
            // the harm allows), or not resolved yet.
            var choices: [(DemoSlot.Flags, SLATerms)] = []
            if plan.ack < slot.age {
                choices.append((.stalledAnswer, taken))
                let other = max(slot.has(.fullGradeAtIntake) ? .general : story.grade, story.harm.minimumGrade)
                if other != grade { choices.append(([.stalledAnswer, .fullGradeAtIntake], policy.terms(for: other))) }
            }
            if plan.resolve < slot.age && plan.assess < slot.age { choices.append((.stalledResolution, assessed)) }
            for (change, terms) in choices {
                let due = change.contains(.stalledAnswer) ? terms.answer : terms.resolve
                if slot.age > due && slot.age < 1.5 * due { candidates.late.append((index, change)) }
                if slot.age <= due && slot.age >= due - terms.dueSoon { candidates.soon.append((index, change)) }
            }
        }
        var chosen = Set<Int>()
        @discardableResult
        func choose(_ list: [(Int, DemoSlot.Flags)], _ count: Int) -> Int {
            var list = list
            random.shuffle(&list)
            var made = 0
            for (index, change) in list where made < count && !chosen.contains(index) {
                // Inserts the flags it names, and turns the grade at intake over when it names that.
                slots[index].flags.formSymmetricDifference(change)
                chosen.insert(index)
                made += 1
            }
            return made
        }
        // The scarcest first.
        choose(candidates.soon, 3 - soon)
        let taken = choose(candidates.unowned.map { ($0, .unowned) }, 2 - unowned)
        choose(candidates.waiting.map { ($0, .unowned) }, 1 - waiting - taken)
        choose(candidates.late, 3 - late)
    }

    /// Whether the ticket carries its cause at its age: set at intake, or assessed since.
    private func carriesCause(_ slot: DemoSlot) -> Bool {
        slot.has(.causeAtIntake) || plan(slot).assessed(by: slot.age)
    }

    /// The two early warnings a supervisor should find at `now` (`EarlyWarnings.check`, the
    /// policy's `[warnings]`): at one branch, in the last few days, a groomer's dryer burns and
    /// clipper cuts hurt three or four pets (more than two in a branch's care in a week), and
    /// skin infections after baths break out, enough that complaints of pet health or safety rise
    /// well past half again their weekly average of the four weeks before. Elsewhere no branch
    /// has more than two pets hurt or killed this week (those that would go to a branch with
    /// room, or to that one).
    private mutating func plantWarnings(_ slots: inout [DemoSlot]) {
        let day = Self.day
        let cases = DemoCases.all
        let shops = DemoBranch.shops
        let plantedShop = Int(random.next() % UInt64(shops.count))
        let language = random.chance(65) ? 1 : 0
        let lowestCeiling = handlers.map(policy.ceiling(for:)).min() ?? 0
        let week = Self.firstYounger(than: 7 * day, in: slots)
        var hurt = [Int](repeating: 0, count: shops.count)
        for index in week..<slots.count {
            let story = cases[slots[index].story]
            guard StatsFigure.isInjuryOrDeath(story.harm), story.place == nil else { continue }
            let room = shops.indices.filter { $0 != plantedShop && hurt[$0] < 2 }
            let shop = room.isEmpty ? plantedShop : random.pick(room)
            slots[index].branch = shop
            hurt[shop] += 1
        }

        func isHealth(_ slot: DemoSlot) -> Bool { cases[slot.story].cause == .healthSafety }
        let before = Self.firstYounger(than: 35 * day, in: slots)
        let earlier = (before..<week).count(where: { isHealth(slots[$0]) && carriesCause(slots[$0]) })
        let recent = (week..<slots.count).count(where: { isHealth(slots[$0]) && carriesCause(slots[$0]) })
        let line = 1.5 * Double(earlier) / 4
        let needed = max(3, Int(line.rounded(.down)) + 1) + 2 + Int(line * 0.1)
        let planted = max(4, needed - recent)
        let candidates = (week..<slots.count).filter { index in
            let slot = slots[index], story = cases[slot.story]
            guard (3600...5 * day).contains(slot.age) && story.place == nil && story.cause != .healthSafety
                && !StatsFigure.isInjuryOrDeath(story.harm) && slot.mediationAfter == 0 && slot.reopenAfter == 0
                && slot.flags.isDisjoint(with: [.awaitingApproval, .unowned, .stalledAnswer, .stalledResolution]) else { return false }
            // Nor one waiting for approval now.
            let plan = plan(slot)
            return !(slot.age >= plan.propose && slot.age < plan.approve && (story.resolution.total ?? 0) > lowestCeiling)
        }
        guard !candidates.isEmpty else { return }
        let chosen = (0..<planted).map { candidates[min(candidates.count - 1, Int((Double($0) + 0.5) * Double(candidates.count) / Double(planted)))] }
        let picked = Set(chosen).sorted()
        let injuredAt: Set<Int> = picked.count >= 10 ? [0, picked.count / 3, 2 * picked.count / 3, picked.count - 1]
            : [0, picked.count / 2, picked.count - 1]
        let earCut = cases.firstIndex { $0.name == "groom-ear-cut" }!
        let burn = cases.firstIndex { $0.name == "groom-dryer-burn-posted" }!
        let skin = cases.firstIndex { $0.name == "groom-skin-infection" }!
        var injured = 0
        for (place, index) in picked.enumerated() {
            let hurtHere = injuredAt.contains(place)
            slots[index].story = hurtHere ? (injured % 2 == 0 ? burn : earCut) : skin
            if hurtHere { injured += 1 }
            slots[index].flags.subtract([.firstContact])
            slots[index].flags.formUnion([.causeAtIntake, .fullGradeAtIntake, .planted])
            slots[index].branch = plantedShop
            slots[index].language = language
        }
    }

    /// The first slot that came in less than `age` ago (slots are oldest first).
    static func firstYounger(than age: Double, in slots: [DemoSlot]) -> Int {
        var low = 0, high = slots.count
        while low < high {
            let middle = (low + high) / 2
            if slots[middle].age < age { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
