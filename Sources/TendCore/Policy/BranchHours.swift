import Foundation

/// A branch's opening hours and closed days, and whether its tickets' clocks count open time
/// only (a shop) or every minute (a 24-hour phone line).
public struct BranchHours: Sendable, Hashable {
    public var name: String
    public var hours: WeeklyHours
    /// Closed days as day numbers in the desk's zone (days since 1970-01-01 there).
    public var holidays: Set<Int>
    public var openTimeOnly: Bool

    public init(name: String, hours: WeeklyHours, holidays: Set<Int> = [], openTimeOnly: Bool = true) {
        self.name = name
        self.hours = hours
        self.holidays = holidays
        self.openTimeOnly = openTimeOnly
    }

    /// Whether the branch's clocks skip closed time: only when told to and it is ever closed.
    public var skipsClosedTime: Bool { openTimeOnly && (!hours.isAlways || !holidays.isEmpty) }
}

/// Calendar days as plain numbers (days since 1970-01-01), read from "2027-02-06".
public enum DayNumber {
    public static func parse(_ text: String) -> Int? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: components), calendar.component(.day, from: date) == day else { return nil }
        return Int((date.timeIntervalSince1970 / 86400).rounded(.down))
    }

    public static func text(_ number: Int) -> String {
        String(TimeText.civil(Int64(number) * 86400).prefix(10))
    }
}
