import Foundation

/// When something is open (a branch) or someone is on duty, week by week, in the desk's zone:
/// "mon-fri 09:00-18:00; sat 10:00-16:00", or "always" for a 24-hour line. Chinese day names
/// (周一-周五) are read too. Minutes of the day, so a shift can end at 24:00.
public struct WeeklyHours: Sendable, Hashable {
    /// For each weekday (0 Monday … 6 Sunday), its open spans in minutes from midnight, sorted.
    public let days: [[Range<Int>]]

    public static let always = WeeklyHours(days: Array(repeating: [0..<1440], count: 7))

    public init(days: [[Range<Int>]]) {
        self.days = days.map { $0.sorted { $0.lowerBound < $1.lowerBound } }
    }

    public var isAlways: Bool { self == .always }

    /// Whether `minute` (from midnight) of weekday `day` (0 Monday) is inside the hours.
    public func contains(day: Int, minute: Int) -> Bool {
        days[day].contains { $0.contains(minute) }
    }

    private static let dayNames: [[String]] = [
        ["mon", "monday", "周一", "星期一"], ["tue", "tuesday", "周二", "星期二"], ["wed", "wednesday", "周三", "星期三"],
        ["thu", "thursday", "周四", "星期四"], ["fri", "friday", "周五", "星期五"], ["sat", "saturday", "周六", "星期六"],
        ["sun", "sunday", "周日", "星期日", "周天", "星期天"],
    ]

    /// Reads "mon-fri 09:00-18:00; sat,sun 10:00-16:00" ("always" and "24/7" mean every minute);
    /// nil when any part is not of that form.
    public static func parse(_ text: String) -> WeeklyHours? {
        let body = text.trimmingCharacters(in: .whitespaces).lowercased()
        if ["always", "24/7", "全天", "全年无休"].contains(body) { return .always }
        var days = [[Range<Int>]](repeating: [], count: 7)
        let parts = body.split(whereSeparator: { $0 == ";" || $0 == "；" })
        guard !parts.isEmpty else { return nil }
        for part in parts {
            let words = part.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count >= 2, let which = weekdays(String(words[0])) else { return nil }
            for spanText in words.dropFirst().joined(separator: " ").split(separator: ",") {
                guard let span = span(spanText.trimmingCharacters(in: .whitespaces)) else { return nil }
                for day in which { days[day].append(span) }
            }
        }
        return WeeklyHours(days: days)
    }

    /// "mon-fri", "sat,sun", "周一-周五", "daily" → weekday numbers.
    private static func weekdays(_ text: String) -> [Int]? {
        if ["daily", "every", "每天"].contains(text) { return Array(0..<7) }
        var result: [Int] = []
        for item in text.split(separator: ",") {
            let ends = item.split(separator: "-", maxSplits: 1).map { day(String($0)) }
            guard let first = ends.first ?? nil else { return nil }
            if ends.count == 2 {
                guard let last = ends[1] else { return nil }
                var day = first
                while true {
                    result.append(day)
                    if day == last { break }
                    day = (day + 1) % 7
                }
            } else {
                result.append(first)
            }
        }
        return result.isEmpty ? nil : result
    }

    private static func day(_ name: String) -> Int? { dayNames.firstIndex { $0.contains(name) } }

    /// "09:00-18:00" → 540..<1080; an end of 24:00 is midnight at the day's end.
    private static func span(_ text: String) -> Range<Int>? {
        let ends = text.split(separator: "-").map { minute(String($0)) }
        guard ends.count == 2, let start = ends[0], let end = ends[1], start < end else { return nil }
        return start..<end
    }

    private static func minute(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...24).contains(hour), (0..<60).contains(minute), hour * 60 + minute <= 1440 else { return nil }
        return hour * 60 + minute
    }

    /// Written back in the form it is read: "mon 09:00-18:00; tue 09:00-18:00…" grouped by runs
    /// of days with the same spans.
    public var text: String {
        if isAlways { return "always" }
        let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        var parts: [String] = []
        var day = 0
        while day < 7 {
            var last = day
            while last + 1 < 7, days[last + 1] == days[day] { last += 1 }
            if !days[day].isEmpty {
                let spans = days[day].map { "\(clock($0.lowerBound))-\(clock($0.upperBound))" }.joined(separator: ",")
                parts.append("\(last == day ? names[day] : "\(names[day])-\(names[last])") \(spans)")
            }
            day = last + 1
        }
        return parts.joined(separator: "; ")
    }

    private func clock(_ minute: Int) -> String { String(format: "%02d:%02d", minute / 60, minute % 60) }
}
