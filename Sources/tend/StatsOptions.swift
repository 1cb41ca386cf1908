import ArgumentParser
import Foundation
import TendCore

/// The period and filter of `tend stats` (and the report): the last four weeks unless told.
struct StatsOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The last N weeks, Monday to Sunday, this week so far included (default 4).", valueName: "n"))
    var weeks: Int?
    @Option(help: ArgumentHelp("The last N days, counted back from now (what the early warnings judge: 7).", valueName: "n"))
    var days: Int?
    @Option(help: ArgumentHelp("One ISO week, such as 2026-W47.", valueName: "week"))
    var week: String?
    @Option(help: ArgumentHelp("The first day counted, such as 2026-01-01 (in the desk's zone).", valueName: "day"))
    var from: String?
    @Option(help: ArgumentHelp("The last day counted, such as 2026-12-31 (default: up to now).", valueName: "day"))
    var to: String?
    @Option(help: ArgumentHelp("Only this branch.", valueName: "name")) var branch: String?
    @Option(help: ArgumentHelp("Only this service line: \(ServiceLine.identifiers).", valueName: "line")) var service: String?
    @Option(help: ArgumentHelp("Only this grade: \(Grade.identifiers).", valueName: "grade")) var grade: String?
    @Option(help: ArgumentHelp("Only this channel: \(Channel.identifiers).", valueName: "channel")) var channel: String?
    @Option(help: ArgumentHelp("Only this cause: \(Cause.identifiers).", valueName: "cause")) var cause: String?
    @Option(help: ArgumentHelp("Only the tickets assigned to this login.", valueName: "login")) var handler: String?

    func validate() throws {
        let ways = [weeks != nil, days != nil, week != nil, from != nil || to != nil].filter { $0 }.count
        if ways > 1 { throw ValidationError("give one of --weeks, --days, --week or --from/--to") }
        if let days, !(1...3660).contains(days) { throw ValidationError("--days takes 1 to 3660") }
        if let weeks, !(1...520).contains(weeks) { throw ValidationError("--weeks takes 1 to 520") }
        if to != nil && from == nil { throw ValidationError("--to needs --from") }
        if let service, ServiceLine.parse(service) == nil { throw ValidationError("--service takes one of: \(ServiceLine.identifiers)") }
        if let grade, Grade.parse(grade) == nil { throw ValidationError("--grade takes one of: \(Grade.identifiers)") }
        if let channel, Channel.parse(channel) == nil { throw ValidationError("--channel takes one of: \(Channel.identifiers)") }
        if let cause, Cause.parse(cause) == nil { throw ValidationError("--cause takes one of: \(Cause.identifiers)") }
    }

    func period(now: Date, zone: TimeZone) throws -> StatsPeriod {
        if let week {
            guard let period = StatsPeriod.isoWeek(week, zone: zone) else {
                throw PeriodRefusal.week(week, example: StatsPeriod.isoWeekName(of: now, zone: zone))
            }
            return period
        }
        if let from {
            guard let start = StatsPeriod.dayStart(from, zone: zone) else {
                throw PeriodRefusal.day(flag: "--from", from)
            }
            var end = now
            if let to {
                guard let last = StatsPeriod.dayStart(to, zone: zone) else {
                    throw PeriodRefusal.day(flag: "--to", to)
                }
                end = LocalTime.start(ofDay: LocalTime(last, zone).day + 1, zone)
            }
            guard end > start else { throw PeriodRefusal.reversed }
            let period = StatsPeriod(from: start, to: end, zone: zone)
            guard period.hasTimeAxis else { throw PeriodRefusal.tooLong }
            return period
        }
        if let days { return StatsPeriod.lastDays(days, endingAt: now, zone: zone) }
        return StatsPeriod.lastWeeks(weeks ?? 4, endingAt: now, zone: zone)
    }

    var filter: StatsFilter {
        StatsFilter(branch: branch, service: service.flatMap(ServiceLine.parse), grade: grade.flatMap(Grade.parse),
                    channel: channel.flatMap(Channel.parse), cause: cause.flatMap(Cause.parse), handler: handler)
    }
}

/// A period `tend stats` or `tend report` cannot count over, in the user's language.
enum PeriodRefusal: Refusal {
    case week(String, example: String)
    case day(flag: String, String)
    case reversed
    case tooLong

    func message(_ lang: Language) -> String {
        switch self {
        case .week(let text, let example):
            lang.pick("--week takes an ISO week such as \(example), not \"\(text)\"", "--week 应为 ISO 周，例如 \(example)，而不是“\(text)”")
        case .day(let flag, let text):
            lang.pick("\(flag) takes a day such as 2026-11-01, not \"\(text)\"", "\(flag) 应为日期，例如 2026-11-01，而不是“\(text)”")
        case .reversed: lang.pick("--to is before --from", "--to 早于 --from")
        case .tooLong: lang.pick("a period of at most 100 years: --from is too far back", "统计期最长 100 年：--from 太早了")
        }
    }
}
