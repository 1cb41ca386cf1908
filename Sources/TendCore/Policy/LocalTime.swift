import Foundation

/// An instant as a day and a minute in a zone, without a `Calendar` (too slow for every ticket of
/// a large desk): days since 1970-01-01 there, the weekday (0 Monday) and minutes from midnight.
/// The zone's offset is taken at the instant itself.
public struct LocalTime: Sendable, Hashable {
    public let day: Int
    public let weekday: Int
    public let minute: Int

    public init(_ instant: Date, _ zone: TimeZone) {
        let local = instant.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: instant))
        let day = Int((local / 86400).rounded(.down))
        self.day = day
        weekday = Self.weekday(ofDay: day)
        minute = Int(((local - Double(day) * 86400) / 60).rounded(.down))
    }

    /// The weekday (0 Monday) of a day number. 1970-01-01 was a Thursday: weekday 3.
    public static func weekday(ofDay day: Int) -> Int { ((day + 3) % 7 + 7) % 7 }

    /// The instant at which `day` begins in the zone (its offset taken at noon, so a change of
    /// offset at night does not move the day).
    public static func start(ofDay day: Int, _ zone: TimeZone) -> Date {
        let noon = Date(timeIntervalSince1970: Double(day) * 86400 + 43200)
        return Date(timeIntervalSince1970: Double(day) * 86400 - Double(zone.secondsFromGMT(for: noon)))
    }

    // MARK: The civil calendar (proleptic Gregorian), without Calendar: day numbers and dates

    /// Days since 1970-01-01 of a date; nil for a date that does not exist (30 February).
    public static func day(year: Int, month: Int, day: Int) -> Int? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    public static func civil(ofDay number: Int) -> (year: Int, month: Int, day: Int) {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
