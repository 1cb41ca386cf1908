import Foundation
import Testing
@testable import TendCore

@Suite struct PolicyTests {
    let f = Fixture()

    @Test func theWrittenFileReadsBackTheSame() throws {
        var policy = f.policy
        policy.staff.append(StaffMember(login: "o'brien", name: "Anne \"Nan\" O'Brien", role: .handler, ceiling: 12_345))
        let parsed = try PolicyFile.parse(PolicyFile.render(policy), path: "policy.toml")
        #expect(parsed == policy)
    }

    /// (file text, expected line, words the reason must contain)
    static let broken: [(String, Int, String)] = [
        ("currency = \"CNY\"\n[sla.general\nanswer = \"4h\"\n", 2, ""),
        ("currency = \"CNY\"\nfollow_up_attemps = 3\n[[staff]]\nlogin=\"a\"\nrole=\"supervisor\"\n", 2, "unknown setting"),
        ("[sla.general]\nanswer = \"4h\"\nresolve = \"soon\"\n[[staff]]\nlogin=\"a\"\nrole=\"supervisor\"\n", 3, "duration"),
        ("[sla.critical]\nanswer = \"2d\"\nresolve = \"12h\"\n[[staff]]\nlogin=\"a\"\nrole=\"supervisor\"\n", 2, "must not be longer"),
        ("[ceilings]\nhandler = \"lots\"\n[[staff]]\nlogin=\"a\"\nrole=\"supervisor\"\n", 2, "amount"),
        ("[[staff]]\nlogin=\"a\"\nrole=\"supervisor\"\n[[staff]]\nlogin=\"b\"\nrole=\"boss\"\n", 6, "role must be"),
        ("[[staff]]\nlogin=\"a\"\nrole=\"supervisor\"\n[[staff]]\nlogin=\"a\"\nrole=\"handler\"\n", 5, "twice"),
        ("[[staff]]\nlogin=\"a\"\nrole=\"handler\"\n", 1, "no supervisor"),
        ("currency = \"yuan\"\n[[staff]]\nlogin=\"a\"\nrole=\"supervisor\"\n", 1, "three-letter"),
        ("demo = false\n", 1, "no [[staff]]"),
        // Out of range: refused, never trapped on (see InputRangeTests).
        ("[ceilings]\nhandler = 999999999999999999\n[[staff]]\nlogin=\"a\"\nrole=\"supervisor\"\n", 2, "at most"),
        ("[ceilings]\nhandler = \"99999999999.00\"\n[[staff]]\nlogin=\"a\"\nrole=\"supervisor\"\n", 2, "at most"),
        ("[[staff]]\nlogin=\"a\"\nrole=\"supervisor\"\nceiling = 92233720368547758\n", 4, "at most"),
        ("[sla.general]\nanswer = \"4h\"\nresolve = \"99999999999999d\"\n[[staff]]\nlogin=\"a\"\nrole=\"supervisor\"\n", 3, "longest"),
        ("follow_up_attempts = 9223372036854775807\n[[staff]]\nlogin=\"a\"\nrole=\"supervisor\"\n", 1, "1 to 20"),
        ("[ceilings]\nhandler = -5\n[[staff]]\nlogin=\"a\"\nrole=\"supervisor\"\n", 2, "amount"),
    ]

    @Test(arguments: 0..<broken.count)
    func aBrokenFileIsRejectedWholeWithItsLine(index: Int) {
        let (text, line, words) = Self.broken[index]
        #expect {
            try PolicyFile.parse(text, path: "/desk/policy.toml")
        } throws: { error in
            guard let error = error as? PolicyError else { return false }
            return error.line == line && (words.isEmpty || error.reason.contains(words)) && error.description.hasPrefix("/desk/policy.toml:\(line): ")
        }
    }

    @Test func durationsReadAndWriteAsPeopleSayThem() {
        #expect(DurationText.parse("30m") == 1800)
        #expect(DurationText.parse("1h30m") == 5400)
        #expect(DurationText.parse("2d") == 172_800)
        #expect(DurationText.parse("4") == nil)
        #expect(DurationText.parse("h") == nil)
        #expect(DurationText.parse("") == nil)
        #expect(DurationText.format(5400) == "1h30m")
        #expect(DurationText.format(-1200) == "-20m")
        #expect(DurationText.format(90_000) == "1d1h")
    }
}

@Suite struct SLATests {
    let f = Fixture()

    @Test func receivedRunsTheAnswerClock() throws {
        let ticket = f.newTicket(grade: .significant)   // 4h to answer, 1h due soon
        let fresh = try #require(f.policy.sla(for: ticket, at: Fixture.now.addingTimeInterval(60)))
        #expect(fresh.clock == .answer && fresh.state == .onTime && fresh.timeLeft == 4 * 3600 - 60)
        #expect(f.policy.sla(for: ticket, at: Fixture.now.addingTimeInterval(3 * 3600 + 1))?.state == .dueSoon)
        let late = try #require(f.policy.sla(for: ticket, at: Fixture.now.addingTimeInterval(5 * 3600)))
        #expect(late.state == .overdue && late.timeLeft == -3600)
    }

    @Test func laterStagesRunTheResolveClockFromReceipt() throws {
        let ticket = try f.ticket(at: .investigating, grade: .critical)   // 12h to resolve
        let status = try #require(f.policy.sla(for: ticket, at: Fixture.now.addingTimeInterval(3600)))
        #expect(status.clock == .resolve && status.due == Fixture.now.addingTimeInterval(12 * 3600))
    }

    @Test func followUpRunsFromTheStartOfFollowUp() throws {
        var ticket = try f.ticket(at: .resolving)
        var fields = AdvanceFields()
        fields.resolution = .apology
        fields.details = "sorry"
        let later = Fixture.now.addingTimeInterval(86400)
        f.apply(&ticket, f.handler, try f.workflow(f.handler, at: later).advance(ticket, fields), at: later)
        let status = try #require(f.policy.sla(for: ticket, at: later))
        #expect(status.clock == .followUp && status.due == later.addingTimeInterval(7 * 86400))
    }

    @Test func aGradeChangeMovesTheDeadline() throws {
        var ticket = f.newTicket(grade: .general)
        #expect(f.policy.sla(for: ticket, at: Fixture.now)?.due == Fixture.now.addingTimeInterval(24 * 3600))
        f.apply(&ticket, f.handler, try f.workflow(f.handler).changeGrade(ticket, to: .critical, reason: "pet missing"))
        #expect(f.policy.sla(for: ticket, at: Fixture.now)?.due == Fixture.now.addingTimeInterval(1800))
    }

    @Test func closedTicketsRunNoClock() throws {
        #expect(f.policy.sla(for: try f.ticket(at: .closed), at: Fixture.now) == nil)
    }
}
