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
}
