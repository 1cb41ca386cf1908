import Foundation

/// Works out a period's figures from a desk, reading every ticket in place on all cores, and the
/// tickets behind any one figure (a drill-down), from the same facts.
public enum Statistics {
    /// The figures for `period` and `filter` as of `now`. `training` is the practice log's
    /// sessions (kept beside the desk, not in it).
    public static func compute(_ desk: Desk, policy: Policy, period: StatsPeriod, filter: StatsFilter = StatsFilter(),
                               now: Date, training: [TrainingResult] = []) -> DeskStatistics {
        let frame = StatsFrame(period: period, filter: filter, now: now, policy: policy)
        let slices = Parallel.map(count: desk.count, minimumPerChunk: 20_000) { range in
            var sums = StatsAccumulator(frame: frame)
            desk.withTickets { tickets in
                for index in range { sums.add(tickets, index) }
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
        let frame = StatsFrame(period: period, filter: filter, now: now, policy: policy)
        let slices = Parallel.map(count: desk.count, minimumPerChunk: 20_000) { range in
            var found: [TicketID] = []
            desk.withTickets { tickets in
                for index in range where frame.filter.admits(tickets.baseAddress! + index) {
                    if figure.holds(tickets, index, frame: frame) { found.append(tickets[index].id) }
                }
            }
            return found
        }
        return slices.flatMap { $0 }
    }

    private static func figures(_ sums: StatsAccumulator, frame: StatsFrame, training: [TrainingResult]) -> DeskStatistics {
        var result = DeskStatistics(period: frame.period, filter: frame.filter, computedAt: frame.now, currency: frame.policy.currency)
        result.received = sums.received
        for dimension in StatsFrame.wordDimensions {
            let keys = frame.wordKeys(dimension)
            result.counts[dimension] = zip(keys, sums.byWord[dimension]!).compactMap { key, count in
                // A cause not assessed is shown only when there are such complaints.
                key.isEmpty && count == 0 ? nil : StatsBucket(key: key, count: count)
            }
        }
        func byCount(_ counts: [String: Int]) -> [StatsBucket] {
            counts.map { StatsBucket(key: $0.key, count: $0.value) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
        }
        result.counts[.branch] = byCount(sums.byBranch)
        result.injuriesByBranch = sums.injuriesByBranch
        result.counts[.handler] = byCount(sums.byHandler)
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
        result.satisfaction = sums.satisfaction
        result.compensation = sums.compensation
        result.approvals = sums.approvals.sorted { $0.approval.proposedAt < $1.approval.proposedAt }.map(\.approval)
        // Everyone on the roster who handles tickets has a row, a quiet day included.
        var people = sums.people
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
