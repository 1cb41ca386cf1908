import Foundation

/// Instants as text: ISO 8601 UTC in files, the local zone for people.
public enum TimeText {
    /// "2026-11-22T06:05:09Z". Hand-rolled civil-date arithmetic: a million of these in an export
    /// should not cost seconds.
    public static func iso(_ date: Date) -> String {
        civil(Int64((date.timeIntervalSince1970).rounded(.down))) + "Z"
    }

    /// "2026-11-22T06:05:09" for seconds since 1970, in UTC.
    static func civil(_ seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let secondOfDay = seconds - days * 86400
        let (year, month, day) = LocalTime.civil(ofDay: Int(days))
        return "\(year)-\(two(Int64(month)))-\(two(Int64(day)))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
    }

    private static func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// "2026-11-22 14:05" in the local time zone.
    public static func local(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return "\(parts.year!)-\(two(Int64(parts.month!)))-\(two(Int64(parts.day!))) \(two(Int64(parts.hour!))):\(two(Int64(parts.minute!)))"
    }

    /// The first and last instants Tend takes from outside: 2000-01-01 to 2100-12-31, UTC. Nothing
    /// a complaint desk records lies outside them, and every instant inside fits the store.
    public static let earliest = Date(timeIntervalSince1970: 946_684_800)
    public static let latest = Date(timeIntervalSince1970: 4_133_980_799)

    /// Everything an instant Tend reads is written with (the space is read as "T").
    private static let isoCharacters = Set("0123456789-:.TZ+".utf8)

    public static func parseInstant(_ text: String) -> Date? {
        try? readInstant(text, field: "")
    }

    /// ISO 8601 with or without seconds and zone ("2026-11-23T10:00", "2026-11-23 10:00",
    /// "2026-11-23T02:00:00Z", "…+08:00"); no zone means local time. Also a plain date.
    public static func readInstant(_ text: String, field: String) throws(InputRefusal) -> Date {
        guard let date = anyInstant(text) else { throw .notAnInstant(field: field, text: text) }
        guard (earliest...latest).contains(date) else { throw .instantOutOfRange(field: field, text: text) }
        return date
    }

    private static func anyInstant(_ text: String) -> Date? {
        let body = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "T")
        // Only what an ISO 8601 time is made of reaches the formatters: Foundation's DateFormatter
        // traps ("Incorrect range") on some non-ASCII text, such as digits followed by combining marks.
        guard body.utf8.count <= 40, body.utf8.allSatisfy({ isoCharacters.contains($0) }) else { return nil }
        let zoned = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds]] {
            zoned.formatOptions = options
            if let date = zoned.date(from: body) { return date }
        }
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.timeZone = TimeZone.current
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"] {
            local.dateFormat = format
            if let date = local.date(from: body) { return date }
        }
        return nil
    }

    public static func parseMoment(_ text: String, now: Date) -> Date? {
        try? readMoment(text, now: now, field: "")
    }

    /// A moment given either as an instant or as a duration from `now` ("4h"; `ago`: "4h" before
    /// now), inside `earliest...latest` either way.
    public static func readMoment(_ text: String, now: Date, field: String, ago: Bool = false) throws(InputRefusal) -> Date {
        let date: Date
        do throws(InputRefusal) {
            let interval = try DurationText.read(text, field: field)
            date = now.addingTimeInterval(ago ? -interval : interval)
        } catch .notADuration {
            do throws(InputRefusal) {
                return try readInstant(text, field: field)
            } catch .notAnInstant {
                throw .notAMoment(field: field, text: text)
            }
        }
        guard (earliest...latest).contains(date) else { throw .instantOutOfRange(field: field, text: text) }
        return date
    }
}
