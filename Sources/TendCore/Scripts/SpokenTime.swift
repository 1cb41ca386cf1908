import Foundation

/// A time as a handler says it to a customer, not as a timestamp: "今天下午五点",
/// "明天上午十点半", "5 this afternoon", "10:30 tomorrow morning", "3pm on Friday". What a
/// script's {eta} is filled with (the scripts say "{eta}之前" and "by {eta}").
///
/// Nobody says "八点二十三": a time is said at the quarter hour at or after it, so what the
/// customer hears is never earlier than the clock the desk keeps.
public enum SpokenTime {
    public static func phrase(_ instant: Date, now: Date, zone: TimeZone, lang: Language) -> String {
        let said = quarterAtOrAfter(instant, zone)
        let at = LocalTime(said, zone), today = LocalTime(now, zone)
        // Midnight belongs to the evening before it: "今天夜里十二点", "midnight tonight".
        if at.minute == 0 {
            let evening = LocalTime(said.addingTimeInterval(-60), zone)
            return lang == .zh ? chineseDay(evening, today: today) + "夜里十二点" : englishMidnight(evening, days: evening.day - today.day)
        }
        return lang == .zh ? chinese(at, today: today) : english(at, days: at.day - today.day)
    }

    /// The instant itself on a quarter hour, else the next quarter hour of the local clock.
    private static func quarterAtOrAfter(_ instant: Date, _ zone: TimeZone) -> Date {
        let seconds = instant.timeIntervalSince1970.truncatingRemainder(dividingBy: 60)
        let minute = LocalTime(instant, zone).minute
        guard minute % 15 != 0 || seconds != 0 else { return instant }
        return instant.addingTimeInterval(Double((15 - minute % 15) * 60) - seconds.rounded(.down))
    }

    private static let weekdaysZH = ["一", "二", "三", "四", "五", "六", "日"]
    private static let weekdaysEN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                   "October", "November", "December"]

    /// "今天", "后天", "这周五", "下周一", "11月23日".
    private static func chineseDay(_ at: LocalTime, today: LocalTime) -> String {
        switch at.day - today.day {
        case 0: return "今天"
        case 1: return "明天"
        case 2: return "后天"
        case 3...6: return (at.weekday > today.weekday ? "这周" : "下周") + weekdaysZH[at.weekday]
        default:
            let date = LocalTime.civil(ofDay: at.day)
            return "\(date.month)月\(date.day)日"
        }
    }

    private static func chinese(_ at: LocalTime, today: LocalTime) -> String {
        let hour = at.minute / 60, minute = at.minute % 60
        let part = switch hour {
        case 0..<6: "凌晨"
        case 6..<9: "早上"
        case 9..<12: "上午"
        case 12..<13: "中午"
        case 13..<18: "下午"
        default: "晚上"
        }
        let clock = hour % 12 == 0 ? (hour == 0 ? 0 : 12) : hour % 12
        let minutes = switch minute {
        case 0: ""
        case 30: "半"
        case 1..<10: "零" + ChineseNumber.digit(minute)
        default: ChineseNumber.spoken(minute)
        }
        return chineseDay(at, today: today) + part + ChineseNumber.spoken(clock) + "点" + minutes
    }

    /// "on Friday" within the week, "on 23 November" beyond it.
    private static func englishDate(_ at: LocalTime, days: Int) -> String {
        if (2...6).contains(days) { return "on " + weekdaysEN[at.weekday] }
        let date = LocalTime.civil(ofDay: at.day)
        return "on \(date.day) " + monthsEN[date.month - 1]
    }

    private static func englishMidnight(_ evening: LocalTime, days: Int) -> String {
        switch days {
        case 0: "midnight tonight"
        case 1: "midnight tomorrow night"
        case 2...6: "midnight \(englishDate(evening, days: days)) night"
        default: "midnight \(englishDate(evening, days: days))"
        }
    }

    private static func english(_ at: LocalTime, days: Int) -> String {
        let hour = at.minute / 60, minute = at.minute % 60
        let clock = (hour % 12 == 0 ? 12 : hour % 12).description + (minute == 0 ? "" : String(format: ":%02d", minute))
        let suffix = hour < 12 ? "am" : "pm"
        if hour == 12 && minute == 0 && (0...1).contains(days) { return days == 0 ? "noon today" : "noon tomorrow" }
        let part = hour < 6 ? nil : hour < 12 ? "morning" : hour < 18 ? "afternoon" : "evening"
        switch days {
        case 0: return part.map { clock + " this " + $0 } ?? clock + suffix + " today"
        case 1: return part.map { clock + " tomorrow " + $0 } ?? clock + suffix + " tomorrow"
        default: return clock + suffix + " " + englishDate(at, days: days)
        }
    }
}

/// An amount as said on the phone or at the counter ("两百块", "八十块五毛", "200 yuan"), or as
/// written in a message ("¥200.00"): what a script's {amount} is filled with.
public enum SpokenMoney {
    public static func phrase(_ money: Money, lang: Language, spoken: Bool) -> String {
        // Only yuan have a spoken form here; anything else is written as the policy writes it.
        guard spoken, money.currency == "CNY", money.minorUnits >= 0 else { return money.formatted }
        let yuan = Int(money.minorUnits / 100), jiao = Int(money.minorUnits % 100) / 10, fen = Int(money.minorUnits % 10)
        if lang == .en {
            let grouped = yuan.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
            return grouped + (jiao + fen == 0 ? "" : String(format: ".%d%d", jiao, fen)) + " yuan"
        }
        var text = yuan > 0 ? ChineseNumber.spoken(yuan) + "块" : ""
        if jiao > 0 { text += ChineseNumber.spoken(jiao) + "毛" }
        if fen > 0 { text += (jiao == 0 && yuan > 0 ? "零" : "") + ChineseNumber.digit(fen) + (jiao > 0 ? "" : "分") }
        return text.isEmpty ? "零块" : text
    }
}
