import Foundation

/// The stretch of time a set of figures covers: from `from` (included) to `to` (not included),
/// with the whole days and weeks of the desk's zone it spans. A figure counts what happened in it:
/// a complaint by when it came in, an answer, a resolution, a score or a payment by when it was
/// given, a clock by when it ended (met) or ran out (breached).
public struct StatsPeriod: Sendable, Hashable {
    public let from: Date
    public let to: Date
    public let zone: TimeZone

    public init(from: Date, to: Date, zone: TimeZone) {
        self.from = from
        self.to = max(from, to)
        self.zone = zone
    }

    @inline(__always)
    public func contains(_ instant: Date) -> Bool { instant >= from && instant < to }

    /// The `weeks` whole weeks (Monday to Sunday in `zone`) ending with the one holding `now`:
    /// the current week is counted up to `now`.
    public static func lastWeeks(_ weeks: Int, endingAt now: Date, zone: TimeZone) -> StatsPeriod {
        let today = LocalTime(now, zone)
        let monday = today.day - today.weekday - 7 * (max(1, weeks) - 1)
        return StatsPeriod(from: LocalTime.start(ofDay: monday, zone), to: now, zone: zone)
    }

    /// The `days` days ending at `now`, by the clock: what an early warning looks back over.
    public static func lastDays(_ days: Int, endingAt now: Date, zone: TimeZone) -> StatsPeriod {
        StatsPeriod(from: now.addingTimeInterval(-Double(days) * 86400), to: now, zone: zone)
    }

    /// An ISO week, "2026-W47": Monday 00:00 to the next Monday 00:00 in `zone`.
    public static func isoWeek(_ text: String, zone: TimeZone) -> StatsPeriod? {
        let parts = text.uppercased().split(separator: "-W")
        guard parts.count == 2, let year = Int(parts[0]), let week = Int(parts[1]), (1000...9999).contains(year),
              (1...53).contains(week) else { return nil }
        // ISO week 1 holds the year's first Thursday, so it holds 4 January.
        guard let january4 = day(year: year, month: 1, day: 4) else { return nil }
        let monday = january4 - LocalTime.weekday(ofDay: january4) + 7 * (week - 1)
        // Week 53 exists only in years whose last week holds a Thursday of that year.
        if week == 53, isoYear(ofDay: monday + 3) != year { return nil }
        return StatsPeriod(from: LocalTime.start(ofDay: monday, zone), to: LocalTime.start(ofDay: monday + 7, zone), zone: zone)
    }

    /// "2026-W47" for the week holding `instant`.
    public static func isoWeekName(of instant: Date, zone: TimeZone) -> String {
        let day = LocalTime(instant, zone).day
        let monday = day - LocalTime.weekday(ofDay: day)
        let thursday = monday + 3
        let year = isoYear(ofDay: thursday)
        let week = (thursday - (self.day(year: year, month: 1, day: 1) ?? thursday)) / 7 + 1
        return String(format: "%04d-W%02d", year, week)
    }

    /// A day "2026-11-30" in `zone`, as the start of that day.
    public static func dayStart(_ text: String, zone: TimeZone) -> Date? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2]),
              let day = day(year: year, month: month, day: dayOfMonth) else { return nil }
        return LocalTime.start(ofDay: day, zone)
    }

    /// Whether the period is short enough to be drawn week by week (a century at most): a period
    /// from the beginning of time (a ticket's whole life) has no axis.
    public var hasTimeAxis: Bool { to.timeIntervalSince(from) <= 36_525 * 86400 }

    /// Monday of each week the period touches, as day numbers in its zone (none without an axis).
    public var weekStarts: [Int] {
        guard hasTimeAxis else { return [] }
        let first = LocalTime(from, zone).day
        let last = LocalTime(to.addingTimeInterval(-1), zone).day
        var monday = first - LocalTime.weekday(ofDay: first)
        var starts: [Int] = []
        while monday <= max(first, last) {
            starts.append(monday)
            monday += 7
        }
        return starts
    }

    /// The first day of each month the period touches, as day numbers in its zone.
    public var monthStarts: [Int] {
        guard hasTimeAxis else { return [] }
        let first = Self.civil(ofDay: LocalTime(from, zone).day)
        let last = Self.civil(ofDay: LocalTime(to.addingTimeInterval(-1), zone).day)
        var (year, month) = (first.year, first.month)
        var starts: [Int] = []
        while (year, month) <= (last.year, last.month) || starts.isEmpty {
            starts.append(Self.day(year: year, month: month, day: 1)!)
            month += 1
            if month > 12 { (year, month) = (year + 1, 1) }
        }
        return starts
    }

    /// "2026-11-09 – 2026-12-07" in the zone (the last day shown is the last one counted).
    public var text: String {
        Self.dayText(of: from, zone: zone) + " – " + Self.dayText(of: to.addingTimeInterval(-1), zone: zone)
    }

    /// "2026-11-09": the day holding `instant` in `zone`.
    public static func dayText(of instant: Date, zone: TimeZone) -> String {
        let day = civil(ofDay: LocalTime(instant, zone).day)
        return String(format: "%04d-%02d-%02d", day.year, day.month, day.day)
    }

    // MARK: Days and the civil calendar (`LocalTime`'s)

    static func day(year: Int, month: Int, day: Int) -> Int? { LocalTime.day(year: year, month: month, day: day) }

    static func civil(ofDay number: Int) -> (year: Int, month: Int, day: Int) { LocalTime.civil(ofDay: number) }

    private static func isoYear(ofDay day: Int) -> Int { civil(ofDay: day).year }
}
