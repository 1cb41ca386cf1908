import Foundation

/// Works out a period's figures from a desk, reading every ticket in place on all cores, and the
/// tickets behind any one figure (a drill-down), from the same facts.
public enum Statistics {
    /// The figures for `period` and `filter` as of `now`. `training` is the practice log's
    /// sessions (kept beside the desk, not in it).
    public static func compute(_ desk: Desk, policy: Policy, period: StatsPeriod, filter: StatsFilter = StatsFilter(),
                               now: Date, training: [TrainingResult] = []) -> DeskStatistics {
        let desk = desk.digested()
        return compute(desk, frame: StatsFrame(period: period, filter: filter, now: now, policy: policy, desk: desk), training: training)
    }

    /// `desk` digested, and `frame` made from it.
    static func compute(_ desk: Desk, frame: StatsFrame, training: [TrainingResult] = []) -> DeskStatistics {
        precondition(desk.hasStatsDigests, "statistics read a digested desk")
        let slices = Parallel.map(count: desk.count, minimumPerChunk: 20_000) { range in
            var sums = StatsAccumulator(frame: frame)
            desk.withStatsScan { scan in
                for index in range { sums.add(scan, index) }
            }
            return sums
        }
        var sums = slices[0]
        for slice in slices.dropFirst() { sums.merge(slice) }
        return figures(sums, frame: frame, training: training)
    }

    /// The tickets that make up `figure` in the period, in ticket order: what a bar drills into.
    public static func tickets(_ figure: StatsFigure, on desk: Desk, policy: Policy, period: StatsPeriod,
                               filter: StatsFilter = StatsFilter(), now: Date) -> [TicketID] {
        let desk = desk.digested()
        return tickets(figure, on: desk, frame: StatsFrame(period: period, filter: filter, now: now, policy: policy, desk: desk))
    }

    static func tickets(_ figure: StatsFigure, on desk: Desk, frame: StatsFrame) -> [TicketID] {
        precondition(desk.hasStatsDigests, "statistics read a digested desk")
        let slices = Parallel.map(count: desk.count, minimumPerChunk: 20_000) { range in
            var found: [TicketID] = []
            desk.withStatsScan { scan in
                for index in range where frame.admits.admits(scan.digest(index)) {
                    if figure.holds(scan, index, frame: frame) { found.append(TicketID(Desk.firstNumber + Int32(index))) }
                }
            }
            return found
        }
        return slices.flatMap { $0 }
    }

    /// The keyed values that `keep` admits, as a dictionary.
    private static func present<Key: Hashable, Value>(_ pairs: some Sequence<(Key, Value)>, keep: (Value) -> Bool) -> [Key: Value] {
        Dictionary(uniqueKeysWithValues: pairs.filter { keep($0.1) })
    }

    private static func figures(_ sums: StatsAccumulator, frame: StatsFrame, training: [TrainingResult]) -> DeskStatistics {
        var result = DeskStatistics(period: frame.period, filter: frame.filter, computedAt: frame.now, currency: frame.policy.currency)
        result.received = sums.received
        for (place, dimension) in StatsFrame.wordDimensions.enumerated() {
            result.counts[dimension] = zip(frame.wordKeys(dimension), sums.byWord[place]).compactMap { key, count in
                // A cause not assessed is shown only when there are such complaints.
                key.isEmpty && count == 0 ? nil : StatsBucket(key: key, count: count)
            }
        }
        func byCount(_ names: [String], _ counts: [Int]) -> [StatsBucket] {
            zip(names, counts).filter { $0.1 > 0 }.map { StatsBucket(key: $0.0, count: $0.1) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
        }
        let branches = frame.names.branches.names, assignees = [""] + frame.names.logins.names
        result.counts[.branch] = byCount(branches, sums.byBranch)
        result.injuriesByBranch = Dictionary(uniqueKeysWithValues: zip(branches, sums.injuriesByBranch).filter { $0.1 > 0 })
        result.counts[.handler] = byCount(assignees, sums.byHandler)
        result.counts[.week] = sums.weeks.map { StatsBucket(key: $0.name, count: $0.received) }
        result.counts[.month] = zip(frame.monthNames, sums.months).map { StatsBucket(key: $0, count: $1) }
        result.weeks = sums.weeks
        result.clocks = sums.clocks
        result.breaches = sums.breaches.sorted { $0.due != $1.due ? $0.due > $1.due : $0.ticket.number > $1.ticket.number }
        result.answerTimes = DurationFigures(sums.answerSeconds)
        result.resolveTimes = DurationFigures(sums.resolveSeconds)
        result.resolved = sums.resolved
        result.firstContact = sums.firstContact
        result.reopened = sums.reopened
        result.repeats = sums.repeats
        result.satisfaction.closed = sums.closed
        result.satisfaction.unreachable = sums.unreachable
        result.satisfaction.all = sums.scores
        result.satisfaction.distribution = sums.distribution
        result.satisfaction.byService = present(zip(ServiceLine.ordered, sums.scoresByService)) { $0.count > 0 }
        result.satisfaction.byRemedy = present(zip(ResolutionKind.ordered, sums.scoresByRemedy)) { $0.count > 0 }
        result.compensation.resolutions = sums.resolutions
        result.compensation.total = sums.paid
        result.compensation.byKind = present(zip(ResolutionKind.ordered, sums.paidByKind)) { $0.count > 0 }
        result.compensation.byBand = present(zip(AuthorityBand.allCases, sums.paidByBand)) { $0.count > 0 }
        result.approvals = sums.approvals.sorted { $0.approval.proposedAt < $1.approval.proposedAt }.map(\.approval)
        var people: [String: PersonFigures] = [:]
        for (login, tally) in zip(assignees, sums.people).dropFirst() {
            if tally.scores.count > 0 { result.satisfaction.byHandler[login] = tally.scores }
            guard tally.counted else { continue }
            people[login] = PersonFigures(login: login, open: tally.open, overdue: tally.overdue, resolved: tally.resolved, scores: tally.scores)
        }
        // Everyone on the roster who handles tickets has a row, a quiet day included.
        for member in frame.policy.staff where member.role != .trainee && (frame.filter.handler ?? member.login) == member.login {
            if people[member.login] == nil { people[member.login] = PersonFigures(login: member.login) }
        }
        result.people = people.values.sorted { $0.open != $1.open ? $0.open > $1.open : $0.login < $1.login }
        var practice: [String: TrainingFigures] = [:]
        for session in training where frame.period.contains(session.finishedAt) && (frame.filter.handler ?? session.login) == session.login {
            practice[session.login, default: TrainingFigures(login: session.login)].sessions += 1
            practice[session.login, default: TrainingFigures(login: session.login)].rounds += session.rounds
            practice[session.login, default: TrainingFigures(login: session.login)].correct += session.correct
        }
        result.training = practice.values.sorted { $0.login < $1.login }
        return result
    }
}
