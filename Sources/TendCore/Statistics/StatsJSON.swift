import Foundation

extension DeskStatistics {
    /// Every figure as JSON, for `tend stats --json`: counts with what they are out of, times in
    /// seconds, money as decimal strings in the desk's currency, instants in ISO 8601.
    public func json(warnings: [EarlyWarning] = [], thresholds: WarningThresholds = WarningThresholds()) -> JSONValue {
        func money(_ minorUnits: Int64) -> JSONValue { .string(Money(minorUnits: minorUnits, currency: currency).decimal) }
        func times(_ figures: DurationFigures) -> JSONValue {
            .object([("count", .int(figures.count)), ("median", .number(figures.median)), ("p90", .number(figures.p90)), ("mean", .number(figures.mean))])
        }
        func tally(_ tally: ScoreTally) -> JSONValue {
            .object([("scored", .int(tally.count)), ("average", .number(tally.average))])
        }
        func instant(_ date: Date) -> JSONValue { .string(TimeText.iso(date)) }
        var filterFields: [(String, JSONValue)] = []
        if let branch = filter.branch { filterFields.append(("branch", .string(branch))) }
        if let service = filter.service { filterFields.append(("service", .string(service.rawValue))) }
        if let grade = filter.grade { filterFields.append(("grade", .string(grade.rawValue))) }
        if let channel = filter.channel { filterFields.append(("channel", .string(channel.rawValue))) }
        if let cause = filter.cause { filterFields.append(("cause", .string(cause.rawValue))) }
        if let handler = filter.handler { filterFields.append(("handler", .string(handler))) }
        let counts = StatsDimension.ordered.map { dimension in
            (dimension.rawValue, JSONValue.array(count(by: dimension).map { .object([("key", .string($0.key)), ("count", .int($0.count))]) }))
        }
        return .object([
            ("period", .object([("from", instant(period.from)), ("to", instant(period.to)), ("zone", .string(period.zone.identifier))])),
            ("filter", .object(filterFields)),
            ("computed_at", instant(computedAt)),
            ("received", .int(received)), ("repeats", .int(repeats)),
            ("resolved", .int(resolved)), ("first_contact", .int(firstContact)), ("reopened", .int(reopened)),
            ("counts", .object(counts)),
            ("weeks", .array(weeks.map { week in
                .object([("week", .string(week.name)), ("from", instant(week.from)), ("to", instant(week.to)),
                         ("received", .int(week.received)), ("clocks_met", .int(week.met)), ("clocks_breached", .int(week.breached)),
                         ("scored", .int(week.scored)), ("average_score", .number(week.averageScore))])
            })),
            ("clocks", .array(clocks.map { .object([("clock", .string($0.clock.rawValue)), ("met", .int($0.met)), ("breached", .int($0.breached))]) })),
            ("breaches", .array(breaches.map { breach in
                .object([("ticket", .string(breach.ticket.description)), ("clock", .string(breach.clock.rawValue)),
                         ("due", instant(breach.due)), ("open", .bool(breach.open))])
            })),
            ("answer_seconds", times(answerTimes)), ("resolve_seconds", times(resolveTimes)),
            ("satisfaction", .object([
                ("closed", .int(satisfaction.closed)), ("unreachable", .int(satisfaction.unreachable)),
                ("scored", .int(satisfaction.all.count)), ("average", .number(satisfaction.all.average)),
                ("distribution", .array(satisfaction.distribution.map { .int($0) })),
                ("by_handler", .object(satisfaction.byHandler.sorted { $0.key < $1.key }.map { ($0.key, tally($0.value)) })),
                ("by_service", .object(satisfaction.byService.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key.rawValue, tally($0.value)) })),
                ("by_remedy", .object(satisfaction.byRemedy.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key.rawValue, tally($0.value)) })),
            ])),
            ("compensation", .object([
                ("resolutions", .int(compensation.resolutions)), ("total", money(compensation.total)),
                ("by_kind", .object(compensation.byKind.sorted { $0.key.rawValue < $1.key.rawValue }.map {
                    ($0.key.rawValue, .object([("remedies", .int($0.value.count)), ("amount", money($0.value.minorUnits))]))
                })),
                ("by_authority", .object(AuthorityBand.allCases.map { band in
                    let value = compensation.byBand[band] ?? MoneyTally()
                    return (band.rawValue, .object([("tickets", .int(value.count)), ("amount", money(value.minorUnits))]))
                })),
            ])),
            ("approvals_pending", .array(approvals.map { approval in
                .object([("ticket", .string(approval.ticket.description)), ("proposed_at", instant(approval.proposedAt)),
                         ("age_seconds", .int(Int64(computedAt.timeIntervalSince(approval.proposedAt)))),
                         ("total", .string(approval.totalWithIt.decimal)), ("proposed_by", .string(approval.proposedBy))])
            })),
            ("people", .array(people.map { person in
                .object([("login", .string(person.login)), ("open", .int(person.open)), ("overdue", .int(person.overdue)),
                         ("resolved", .int(person.resolved)), ("scored", .int(person.scores.count)), ("average_score", .number(person.scores.average))])
            })),
            ("training", .array(training.map { trainee in
                .object([("login", .string(trainee.login)), ("sessions", .int(trainee.sessions)), ("rounds", .int(trainee.rounds)),
                         ("correct", .int(trainee.correct))])
            })),
            ("warnings", .array(warnings.map { warning in
                .object([("warning", .string(warning.text(thresholds, .en))), ("tickets", .string(warning.figure.name))])
            })),
        ])
    }
}
