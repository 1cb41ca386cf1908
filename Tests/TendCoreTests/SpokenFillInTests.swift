import Foundation
import Testing
@testable import TendCore

/// {eta} and {amount} are filled as a handler says them, never as a timestamp: the day relative
/// to today, the part of the day, the hour in words; money in 块 and 毛 on the phone, ¥ in writing.
@Suite struct SpokenFillInTests {
    let zone = TimeZone(identifier: "Asia/Shanghai")!
    /// Monday 2026-11-16, 09:00 in Shanghai.
    var now: Date { at("2026-11-16 09:00") }

    func at(_ text: String) -> Date {
        let parts = text.split(whereSeparator: { " -:".contains($0) }).compactMap { Int($0) }
        let day = LocalTime.day(year: parts[0], month: parts[1], day: parts[2])!
        return LocalTime.start(ofDay: day, zone).addingTimeInterval(Double(parts[3] * 3600 + parts[4] * 60))
    }

    @Test func chineseNumbersAreSaidAsOnThePhone() {
        let said: [Int: String] = [
            1: "一", 2: "两", 10: "十", 12: "十二", 20: "二十", 22: "二十二", 100: "一百", 105: "一百零五", 110: "一百一十",
            200: "两百", 250: "两百五十", 1000: "一千", 1005: "一千零五", 1050: "一千零五十", 2000: "两千", 10000: "一万",
            10005: "一万零五", 12000: "一万两千", 20000: "两万", 32000: "三万两千", 100000: "十万", 1_020_000: "一百零二万",
        ]
        for (number, words) in said { #expect(ChineseNumber.spoken(number) == words, "\(number)") }
    }

    @Test func anEtaIsSaidRelativeToToday() {
        let cases: [(String, String, String)] = [
            ("2026-11-16 17:00", "今天下午五点", "5 this afternoon"),
            ("2026-11-16 12:00", "今天中午十二点", "noon today"),
            ("2026-11-17 10:30", "明天上午十点半", "10:30 tomorrow morning"),
            ("2026-11-17 20:05", "明天晚上八点十五", "8:15 tomorrow evening"),
            ("2026-11-16 20:23", "今天晚上八点半", "8:30 this evening"),
            ("2026-11-16 23:52", "今天夜里十二点", "midnight tonight"),
            ("2026-11-17 00:00", "今天夜里十二点", "midnight tonight"),
            ("2026-11-17 23:59", "明天夜里十二点", "midnight tomorrow night"),
            ("2026-11-18 14:00", "后天下午两点", "2pm on Wednesday"),
            ("2026-11-20 09:45", "这周五上午九点四十五", "9:45am on Friday"),
            ("2026-11-23 08:00", "11月23日早上八点", "8am on 23 November"),
        ]
        for (instant, zh, en) in cases {
            #expect(SpokenTime.phrase(at(instant), now: now, zone: zone, lang: .zh) == zh, "\(instant)")
            #expect(SpokenTime.phrase(at(instant), now: now, zone: zone, lang: .en) == en, "\(instant)")
        }
        // Late on a Friday, Monday is next week.
        #expect(SpokenTime.phrase(at("2026-11-23 10:00"), now: at("2026-11-20 22:00"), zone: zone, lang: .zh) == "下周一上午十点")
    }

    @Test func anAmountIsSaidOnThePhoneAndWrittenInAMessage() {
        func yuan(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: "CNY") }
        #expect(SpokenMoney.phrase(yuan(20000), lang: .zh, spoken: true) == "两百块")
        #expect(SpokenMoney.phrase(yuan(8050), lang: .zh, spoken: true) == "八十块五毛")
        #expect(SpokenMoney.phrase(yuan(1235), lang: .zh, spoken: true) == "十二块三毛五")
        #expect(SpokenMoney.phrase(yuan(1205), lang: .zh, spoken: true) == "十二块零五分")
        #expect(SpokenMoney.phrase(yuan(50), lang: .zh, spoken: true) == "五毛")
        #expect(SpokenMoney.phrase(yuan(180000), lang: .en, spoken: true) == "1,800 yuan")
        #expect(SpokenMoney.phrase(yuan(8050), lang: .en, spoken: true) == "80.50 yuan")
        #expect(SpokenMoney.phrase(yuan(20000), lang: .zh, spoken: false) == "¥200.00")
        #expect(SpokenMoney.phrase(Money(minorUnits: 20000, currency: "USD"), lang: .en, spoken: true) == "USD 200.00")
    }

    @Test func aScriptOnThePhoneSaysTheTimeAndTheAmount() throws {
        let library = try ScriptLibrary.load(storeDirectory: nil).library
        let fixture = Fixture()
        let ticket = try fixture.ticket(at: .acknowledged)
        #expect(ticket.eta != nil)
        var filled = 0
        for script in library.scripts where script.text.zh.contains("{eta}") || script.text.en.contains("{eta}") {
            for lang in [Language.zh, .en] {
                let text = script.text(lang, for: ticket, handler: "李华", now: Fixture.now, zone: fixture.policy.zone)
                #expect(!text.contains("{") && text.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil, "\(script.id)")
                filled += 1
            }
        }
        #expect(filled > 20)
    }
}
