import Testing
@testable import TendCore

/// Durations are typed and shown in Chinese units as well as in 4h/30m/2d.
@Suite struct DurationTextChineseTests {
    @Test func chineseUnitsAreRead() throws {
        #expect(try DurationText.read("4小时", field: "") == 14_400)
        #expect(try DurationText.read("1小时30分", field: "") == 5_400)
        #expect(try DurationText.read("30分钟", field: "") == 1_800)
        #expect(try DurationText.read("2天", field: "") == 172_800)
        #expect(try DurationText.read("1周", field: "") == 604_800)
        #expect(try DurationText.read("1h30分", field: "") == 5_400)
        #expect(throws: InputRefusal.self) { try DurationText.read("4小", field: "") }
        #expect(throws: InputRefusal.self) { try DurationText.read("小时", field: "") }
    }

    @Test func chineseDurationsAreShownInChineseUnits() {
        #expect(DurationText.format(5_400, .zh) == "1时30分")
        #expect(DurationText.format(90_000, .zh) == "1天1时")
        #expect(DurationText.format(-1_200, .zh) == "-20分")
        #expect(DurationText.format(5_400) == "1h30m")
    }
}
