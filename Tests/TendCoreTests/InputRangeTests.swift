import Foundation
import Testing
@testable import TendCore

/// Numbers from outside (durations, instants, amounts, policy values, import fields) are read
/// within sane ranges and refused otherwise, never trapped on.
@Suite struct InputRangeTests {
    let now = Fixture.now

    @Test func aDurationLongerThanAPromiseIsNoDuration() {
        #expect(DurationText.parse("99999999999999d") == nil)
        #expect(DurationText.parse("99999999d") == nil)
        #expect(DurationText.parse(String(repeating: "9", count: 400) + "s") == nil)
        #expect(DurationText.parse("1096d") == nil)
        #expect(DurationText.parse("1095d") == DurationText.longest)
        #expect(DurationText.parse("156w") == TimeInterval(156 * 604_800))
        #expect(DurationText.parse("1000d100d") == nil)
    }

    @Test func theRepro_anETAOfAHundredTrillionDaysIsRefusedNotTrapped() {
        #expect(TimeText.parseMoment("99999999999999d", now: now) == nil)
        #expect {
            try TimeText.readMoment("99999999999999d", now: now, field: "--eta")
        } throws: { error in
            error as? InputRefusal == .durationTooLong(field: "--eta", text: "99999999999999d")
        }
        // Whatever a moment parses to, the store can keep it.
        for text in ["4h", "1095d", "2099-12-31T23:00:00Z", "2000-01-01"] {
            #expect(TimeText.parseMoment(text, now: now)?.roundedToStore != nil, "\(text)")
        }
    }

    @Test func instantsOutsideTheCenturyAreRefused() {
        for text in ["2101-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "0001-01-01", "9999-12-31T23:59", "2100-12-31T23:59:59-08:00"] {
            #expect(TimeText.parseInstant(text) == nil, "\(text)")
            #expect(throws: InputRefusal.instantOutOfRange(field: "occurred_at", text: text)) {
                try TimeText.readInstant(text, field: "occurred_at")
            }
        }
        #expect(TimeText.parseInstant("2100-12-31T23:59:59Z") != nil)
        #expect(TimeText.parseInstant("2000-01-01T00:00:00Z") != nil)
        #expect(throws: InputRefusal.notAnInstant(field: "--now", text: "soon")) { try TimeText.readInstant("soon", field: "--now") }
    }

    /// Found by ParserFuzzTests: Foundation's DateFormatter trapped ("Incorrect range") on this.
    @Test func textThatIsNoISOTimeNeverReachesTheFormatters() {
        #expect(TimeText.parseInstant("2000\u{0655}\u{FFFD}hw\u{FFFD}\u{0323}\u{16}-01-01T00:00:00.250Z") == nil)
        #expect(TimeText.parseInstant("２０２６-11-23") == nil)
        #expect(TimeText.parseInstant(String(repeating: "2", count: 10_000)) == nil)
        #expect(TimeText.parseInstant(" 2026-11-23 10:00 ") != nil)
    }

    @Test func aMomentFromNowMustLandInsideTheCenturyToo() {
        let late = TimeText.parseInstant("2099-06-01T00:00:00Z")!
        #expect(TimeText.parseMoment("1000d", now: late) == nil)
        #expect(throws: InputRefusal.instantOutOfRange(field: "--eta", text: "1000d")) {
            try TimeText.readMoment("1000d", now: late, field: "--eta")
        }
        #expect(throws: InputRefusal.notAMoment(field: "--eta", text: "tomorrow-ish")) {
            try TimeText.readMoment("tomorrow-ish", now: late, field: "--eta")
        }
    }

    @Test func amountsAboveTheLargestAreRefused() {
        #expect(Money.parse("99999999999", currency: "CNY") == nil)
        #expect(Money.parse("92233720368547758.07", currency: "CNY") == nil)
        #expect(Money.parse(String(repeating: "9", count: 300), currency: "CNY") == nil)
        #expect(Money.parse("10000000.00", currency: "CNY") == Money.largest(currency: "CNY"))
        #expect(Money.parse("10000000.01", currency: "CNY") == nil)
        #expect(throws: InputRefusal.amountTooLarge(field: "--amount", text: "20000000", largest: Money.largest(currency: "CNY"))) {
            try Money.read("20000000", currency: "CNY", field: "--amount")
        }
        #expect(throws: InputRefusal.notAnAmount(field: "--amount", text: "lots")) {
            try Money.read("lots", currency: "CNY", field: "--amount")
        }
    }

    @Test func durationFormattingNeverTraps() {
        #expect(DurationText.format(.infinity).first?.isNumber == true)
        #expect(DurationText.format(-.greatestFiniteMagnitude).hasPrefix("-"))
        #expect(DurationText.format(.nan) == "0m")
    }

    @Test func anImportedDateOutsideTheCenturyIsReportedOnItsLine() throws {
        let text = "customer,contact,service,channel,description,occurred_at\nA,1,grooming,phone,ok,2026-11-20T10:00\nB,2,grooming,phone,x,9999-01-01\n"
        #expect {
            try IntakeImport.parse(text)
        } throws: { error in
            let problems = (error as? IntakeImport.Failure)?.problems ?? []
            return problems.map(\.line) == [3] && problems[0].reason.contains("occurred_at") && problems[0].reason.contains("2100")
        }
    }

    @Test func refusalsNameTheFieldInBothLanguages() {
        let refusals: [InputRefusal] = [
            .notADuration(field: "answer", text: "soon"), .durationTooLong(field: "--eta", text: "9999d"),
            .notAnInstant(field: "--now", text: "x"), .instantOutOfRange(field: "occurred_at", text: "2300-01-01"),
            .notAMoment(field: "--eta", text: "x"), .notAnAmount(field: "--amount", text: "x"),
            .amountTooLarge(field: "--amount", text: "1e9", largest: Money.largest(currency: "CNY")),
            .numberOutOfRange(field: "--limit", value: "-1", lowest: 0, highest: 1_000_000),
        ]
        for refusal in refusals {
            let field = Mirror(reflecting: refusal).children.first.flatMap { Mirror(reflecting: $0.value).children.first?.value as? String }
            for lang in Language.allCases {
                let message = refusal.message(lang)
                #expect(field.map(message.contains) == true, "\(refusal) \(lang): \(message)")
            }
            #expect(refusal.message(.zh) != refusal.message(.en))
        }
    }
}

@Suite struct StoreInstantTests {
    /// Whatever reaches the store's encoding, it never traps (the repro of `--eta=99999999999999d`
    /// trapped here before every input was bounded).
    @Test func everyInstantEncodesWithoutATrap() {
        for seconds in [Double.infinity, -.infinity, .nan, 9.3e15, -9.3e15, 1e300, 0, 1_795_000_000.1234] {
            let date = Date(timeIntervalSince1970: seconds)
            _ = date.roundedToStore
            var writer = ByteWriter(capacity: 8)
            writer.date(date)
            #expect(writer.bytes.count == 8)
        }
        #expect(Date(timeIntervalSince1970: 1_795_000_000.1234).roundedToStore.timeIntervalSince1970 == 1_795_000_000.123)
    }
}
