import Foundation

/// The sums of one slice of the desk, added ticket by ticket from `TicketFacts` and merged with
/// the other slices'. Everything is counted in arrays at a place: a word's place in its
/// vocabulary, a branch's or login's place in the desk's `StatsNames`, as the digests hold them.
/// At a million tickets the dictionaries this replaced, several hashes a ticket, took longer
/// than the rest of the scan.
struct StatsAccumulator: Sendable {
    let frame: StatsFrame

    var received = 0
    /// By `StatsFrame.wordDimensions`' order, then the word's place.
    var byWord: [[Int]]
    /// By branch place.
    var byBranch: [Int]
    var injuriesByBranch: [Int]
    /// By assignee place (0 for nobody, a login's place + 1): complaints received, load and scores.
    var byHandler: [Int]
    var people: [PersonTally]
    var weeks: [WeekFigures]
    var months: [Int]
    var clocks: [ClockFigures] = ClockOutcome.clocks.map { ClockFigures(clock: $0) }
    var breaches: [BreachRow] = []
    var answerSeconds: [Double] = []
    var resolveSeconds: [Double] = []
    var resolved = 0, firstContact = 0, reopened = 0, repeats = 0
    var closed = 0, unreachable = 0
    var scores = ScoreTally()
    var distribution = [0, 0, 0, 0, 0]
    /// By `ServiceLine.ordered`, and by `ResolutionKind.ordered`.
    var scoresByService: [ScoreTally] = Array(repeating: ScoreTally(), count: ServiceLine.ordered.count)
    var scoresByRemedy: [ScoreTally] = Array(repeating: ScoreTally(), count: ResolutionKind.ordered.count)
    var resolutions = 0
    var paid: Int64 = 0
    var paidByKind: [MoneyTally] = Array(repeating: MoneyTally(), count: ResolutionKind.ordered.count)
    var paidByBand: [MoneyTally] = Array(repeating: MoneyTally(), count: AuthorityBand.allCases.count)
    var approvals: [(id: TicketID, approval: PendingApproval)] = []

    /// One login's open and overdue load now, resolutions and scores in the period.
    struct PersonTally: Sendable {
        var open = 0, overdue = 0, resolved = 0
        var scores = ScoreTally()
        var counted: Bool { open > 0 || resolved > 0 || scores.count > 0 }
    }

    init(frame: StatsFrame) {
        self.frame = frame
        byWord = StatsFrame.wordDimensions.map { Array(repeating: 0, count: frame.wordCount($0)) }
        byBranch = Array(repeating: 0, count: frame.names.branches.names.count)
        injuriesByBranch = byBranch
        byHandler = Array(repeating: 0, count: frame.names.logins.names.count + 1)
        people = Array(repeating: PersonTally(), count: byHandler.count)
        weeks = frame.weeks
        months = Array(repeating: 0, count: max(0, frame.monthBounds.count - 1))
    }

    /// Adds ticket `index` of `scan`: its digest, and the ticket itself only where the digest
    /// says there is more to read.
    @inline(__always)
    mutating func add(_ scan: StatsScan, _ index: Int) {
        let digest = scan.digest(index)
        guard frame.admits.admits(digest), !TicketFacts.endedBefore(frame.period, digest) else { return }
        let facts = TicketFacts(scan, index, frame: frame)
        let id = TicketID(Desk.firstNumber + Int32(index))
        let person = Int(digest.pointee.assignee)
        let assigned = person > 0
        if facts.received {
            received += 1
            for dimension in byWord.indices { byWord[dimension][frame.wordIndex(StatsFrame.wordDimensions[dimension], digest)] += 1 }
            let branch = Int(digest.pointee.branch)
            byBranch[branch] += 1
            if StatsFigure.isInjuryOrDeath(Harm.ordered[Int(digest.pointee.harm)]) { injuriesByBranch[branch] += 1 }
            byHandler[person] += 1
            let receivedAt = Date(timeIntervalSince1970: digest.pointee.received)
            if let week = frame.week(of: receivedAt) { weeks[week].received += 1 }
            if let month = frame.month(of: receivedAt) { months[month] += 1 }
            if facts.isRepeat { repeats += 1 }
        }
        addClocks(facts, id: id)
        if let seconds = facts.answerSeconds { answerSeconds.append(seconds) }
        if let seconds = facts.resolveSeconds { resolveSeconds.append(seconds) }
        if facts.resolved {
            resolved += 1
            if facts.firstContact { firstContact += 1 }
            if facts.reopened { reopened += 1 }
            if assigned { people[person].resolved += 1 }
        }
        if facts.closed {
            closed += 1
            if let score = facts.score, (1...5).contains(score) {
                scores.add(score)
                distribution[score - 1] += 1
                if assigned { people[person].scores.add(score) }
                scoresByService[Int(digest.pointee.service)].add(score)
                // Each kind of remedy in the resolution it closed with, once.
                var kinds = digest.pointee.lastGrantKinds
                while kinds != 0 {
                    scoresByRemedy[kinds.trailingZeroBitCount].add(score)
                    kinds &= kinds - 1
                }
                if let week = frame.week(of: Date(timeIntervalSince1970: digest.pointee.closedAt)) {
                    weeks[week].scored += 1
                    weeks[week].scoreSum += score
                }
            } else if facts.unreachable {
                unreachable += 1
            }
        }
        if facts.granted { addGrants(scan, index, facts.grantRange) }
        if facts.openNow, assigned {
            people[person].open += 1
            if facts.overdueNow { people[person].overdue += 1 }
        }
        if digest.pointee.flags.contains(.awaitingApproval),
           let pending = PendingApproval(scan.ticket(index).pointee, policy: frame.policy) {
            approvals.append((id, pending))
        }
    }

    @inline(__always)
    private mutating func addClocks(_ facts: TicketFacts, id: TicketID) {
        for (place, clock) in ClockOutcome.clocks.enumerated() {
            switch clock == .remedy ? nil : facts.outcome(clock) {
            case .met(let at):
                clocks[place].met += 1
                if let week = frame.week(of: at) { weeks[week].met += 1 }
            case .breached(let due):
                clocks[place].breached += 1
                if let week = frame.week(of: due) { weeks[week].breached += 1 }
                breaches.append(BreachRow(ticket: id, clock: clock, due: due, open: facts.openNow))
            case nil:
                break
            }
        }
        if facts.remediesMet + facts.remediesBreached > 0 {
            let place = ClockOutcome.clocks.firstIndex(of: .remedy)!
            clocks[place].met += facts.remediesMet
            clocks[place].breached += facts.remediesBreached
            if facts.remediesBreached > 0, let due = facts.firstRemedyBreach {
                if let week = frame.week(of: due) { weeks[week].breached += facts.remediesBreached }
                breaches.append(BreachRow(ticket: id, clock: .remedy, due: due, open: facts.openNow))
            }
        }
    }

    /// The money of the resolutions that took effect in the period, by kind and by the authority
    /// the ticket's total up to them needed: from the digest for one grant of one or two
    /// remedies (most tickets), from the ticket's grants otherwise.
    private mutating func addGrants(_ scan: StatsScan, _ index: Int, _ range: Range<Int>) {
        let digest = scan.digest(index)
        if digest.pointee.flags.contains(.inlineGrant) && !frame.readsTickets {
            resolutions += 1
            let first = digest.pointee.firstRemedyAmount, second = digest.pointee.secondRemedyAmount
            paidByKind[Int(digest.pointee.firstRemedyKind)].add(first)
            if digest.pointee.secondRemedyKind != StatsDigest.noKind { paidByKind[Int(digest.pointee.secondRemedyKind)].add(second) }
            let total = Money.saturatingSum(first, second)
            paid = Money.saturatingSum(paid, total)
            paidByBand[AuthorityBand.allCases.firstIndex(of: frame.band(of: total))!].add(total)
            return
        }
        scan.ticket(index).pointee.grants.withUnsafeBufferPointer { grants in
            var before: Int64 = 0, inPeriod: Int64 = 0
            for (index, grant) in grants.enumerated() where index < range.upperBound {
                let total = grant.amount?.minorUnits ?? 0
                before = Money.saturatingSum(before, total)
                guard range.contains(index) else { continue }
                inPeriod = Money.saturatingSum(inPeriod, total)
                resolutions += 1
                for remedy in grant.remedies {
                    let amount = remedy.amount?.minorUnits ?? 0
                    paidByKind[ResolutionKind.place(of: remedy.kind)].add(amount)
                    paid = Money.saturatingSum(paid, amount)
                }
            }
            paidByBand[AuthorityBand.allCases.firstIndex(of: frame.band(of: before))!].add(inPeriod)
        }
    }

    mutating func merge(_ other: StatsAccumulator) {
        received += other.received
        for dimension in byWord.indices { byWord[dimension] = zip(byWord[dimension], other.byWord[dimension]).map(+) }
        byBranch = zip(byBranch, other.byBranch).map(+)
        injuriesByBranch = zip(injuriesByBranch, other.injuriesByBranch).map(+)
        byHandler = zip(byHandler, other.byHandler).map(+)
        for place in people.indices {
            people[place].open += other.people[place].open
            people[place].overdue += other.people[place].overdue
            people[place].resolved += other.people[place].resolved
            people[place].scores.add(other.people[place].scores)
        }
        for index in weeks.indices {
            weeks[index].received += other.weeks[index].received
            weeks[index].met += other.weeks[index].met
            weeks[index].breached += other.weeks[index].breached
            weeks[index].scored += other.weeks[index].scored
            weeks[index].scoreSum += other.weeks[index].scoreSum
        }
        months = zip(months, other.months).map(+)
        for index in clocks.indices {
            clocks[index].met += other.clocks[index].met
            clocks[index].breached += other.clocks[index].breached
        }
        breaches += other.breaches
        answerSeconds += other.answerSeconds
        resolveSeconds += other.resolveSeconds
        resolved += other.resolved
        firstContact += other.firstContact
        reopened += other.reopened
        repeats += other.repeats
        closed += other.closed
        unreachable += other.unreachable
        scores.add(other.scores)
        distribution = zip(distribution, other.distribution).map(+)
        for index in scoresByService.indices { scoresByService[index].add(other.scoresByService[index]) }
        for index in scoresByRemedy.indices { scoresByRemedy[index].add(other.scoresByRemedy[index]) }
        resolutions += other.resolutions
        paid = Money.saturatingSum(paid, other.paid)
        for index in paidByKind.indices { paidByKind[index].add(other.paidByKind[index]) }
        for index in paidByBand.indices { paidByBand[index].add(other.paidByBand[index]) }
        approvals += other.approvals
    }
}
