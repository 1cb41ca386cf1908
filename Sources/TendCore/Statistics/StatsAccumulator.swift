import Foundation

/// The sums of one slice of the desk, added ticket by ticket from `TicketFacts` and merged with
/// the other slices'. Counting goes by small arrays indexed by a word's place, not by dictionary,
/// except for branches and logins, whose names only the desk knows.
struct StatsAccumulator: Sendable {
    let frame: StatsFrame

    var received = 0
    var byWord: [StatsDimension: [Int]] = [:]
    var byBranch: [String: Int] = [:]
    var byHandler: [String: Int] = [:]
    var injuriesByBranch: [String: Int] = [:]
    var weeks: [WeekFigures]
    var months: [Int]
    var clocks: [ClockFigures] = ClockOutcome.clocks.map { ClockFigures(clock: $0) }
    var breaches: [BreachRow] = []
    var answerSeconds: [Double] = []
    var resolveSeconds: [Double] = []
    var resolved = 0, firstContact = 0, reopened = 0, repeats = 0
    var satisfaction = SatisfactionFigures()
    var compensation = CompensationFigures()
    var people: [String: PersonFigures] = [:]
    var approvals: [(id: TicketID, approval: PendingApproval)] = []

    init(frame: StatsFrame) {
        self.frame = frame
        for dimension in StatsFrame.wordDimensions { byWord[dimension] = Array(repeating: 0, count: frame.wordCount(dimension)) }
        weeks = frame.weeks
        months = Array(repeating: 0, count: max(0, frame.monthBounds.count - 1))
    }

    /// Adds one ticket, read in place through a pointer (see `StatsFilter.admits`).
    @inline(__always)
    mutating func add(_ tickets: UnsafeBufferPointer<Ticket>, _ index: Int) {
        let ticket = tickets.baseAddress! + index
        guard frame.filter.admits(ticket), !TicketFacts.endedBefore(frame.period, ticket) else { return }
        let facts = TicketFacts(tickets, index, in: frame.period, now: frame.now, sla: frame.sla, rules: frame.rules)
        let id = ticket.pointee.id
        if facts.received {
            received += 1
            for dimension in StatsFrame.wordDimensions { byWord[dimension]![frame.wordIndex(dimension, ticket)] += 1 }
            byBranch[ticket.pointee.intake.branch, default: 0] += 1
            byHandler[ticket.pointee.assignee ?? "", default: 0] += 1
            if let week = frame.week(of: ticket.pointee.receivedAt) { weeks[week].received += 1 }
            if let month = frame.month(of: ticket.pointee.receivedAt) { months[month] += 1 }
            if facts.isRepeat { repeats += 1 }
            if StatsFigure.isInjuryOrDeath(ticket.pointee.harm) { injuriesByBranch[ticket.pointee.intake.branch, default: 0] += 1 }
        }
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
        if let seconds = facts.answerSeconds { answerSeconds.append(seconds) }
        if let seconds = facts.resolveSeconds { resolveSeconds.append(seconds) }
        let login = ticket.pointee.assignee
        if facts.resolved {
            resolved += 1
            if facts.firstContact { firstContact += 1 }
            if facts.reopened { reopened += 1 }
            if let login { people[login, default: PersonFigures(login: login)].resolved += 1 }
        }
        if facts.closed {
            satisfaction.closed += 1
            if let score = facts.score, (1...5).contains(score) {
                satisfaction.all.add(score)
                satisfaction.distribution[score - 1] += 1
                if let login {
                    satisfaction.byHandler[login, default: ScoreTally()].add(score)
                    people[login, default: PersonFigures(login: login)].scores.add(score)
                }
                satisfaction.byService[ticket.pointee.intake.service, default: ScoreTally()].add(score)
                if let last = ticket.pointee.grants.last {
                    for kind in Set(last.remedies.map(\.kind)) { satisfaction.byRemedy[kind, default: ScoreTally()].add(score) }
                }
                if let closedAt = ticket.pointee.closedAt, let week = frame.week(of: closedAt) {
                    weeks[week].scored += 1
                    weeks[week].scoreSum += score
                }
            } else {
                satisfaction.unreachable += 1
            }
        }
        if facts.granted {
            let grants = ticket.pointee.grants
            for grant in grants[facts.grantRange] {
                compensation.resolutions += 1
                for remedy in grant.remedies {
                    let amount = remedy.amount?.minorUnits ?? 0
                    compensation.byKind[remedy.kind, default: MoneyTally()].add(amount)
                    compensation.total = Money.saturatingSum(compensation.total, amount)
                }
            }
            let total = Resolution.total(Array(grants[..<facts.grantRange.upperBound]))
            compensation.byBand[frame.band(of: total), default: MoneyTally()].add(Resolution.total(Array(grants[facts.grantRange])))
        }
        if facts.openNow, let login {
            people[login, default: PersonFigures(login: login)].open += 1
            if facts.overdueNow { people[login, default: PersonFigures(login: login)].overdue += 1 }
        }
        if facts.openNow, ticket.pointee.resolution?.approval == .pending, let pending = PendingApproval(ticket.pointee, policy: frame.policy) {
            approvals.append((id, pending))
        }
    }

    mutating func merge(_ other: StatsAccumulator) {
        received += other.received
        for (dimension, counts) in other.byWord { byWord[dimension] = zip(byWord[dimension]!, counts).map(+) }
        byBranch.merge(other.byBranch, uniquingKeysWith: +)
        byHandler.merge(other.byHandler, uniquingKeysWith: +)
        injuriesByBranch.merge(other.injuriesByBranch, uniquingKeysWith: +)
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
        satisfaction.closed += other.satisfaction.closed
        satisfaction.unreachable += other.satisfaction.unreachable
        satisfaction.all.add(other.satisfaction.all)
        satisfaction.distribution = zip(satisfaction.distribution, other.satisfaction.distribution).map(+)
        satisfaction.byHandler.merge(other.satisfaction.byHandler) { var sum = $0; sum.add($1); return sum }
        satisfaction.byService.merge(other.satisfaction.byService) { var sum = $0; sum.add($1); return sum }
        satisfaction.byRemedy.merge(other.satisfaction.byRemedy) { var sum = $0; sum.add($1); return sum }
        compensation.resolutions += other.compensation.resolutions
        compensation.total = Money.saturatingSum(compensation.total, other.compensation.total)
        compensation.byKind.merge(other.compensation.byKind) { var sum = $0; sum.add($1); return sum }
        compensation.byBand.merge(other.compensation.byBand) { var sum = $0; sum.add($1); return sum }
        people.merge(other.people) { mine, theirs in
            var sum = mine
            sum.open += theirs.open
            sum.overdue += theirs.overdue
            sum.resolved += theirs.resolved
            sum.scores.add(theirs.scores)
            return sum
        }
        approvals += other.approvals
    }
}
