import Foundation
import Testing
@testable import TendCore

@Suite struct FormatTests {
    @Test func moneyIsParsedExactlyIntoMinorUnits() {
        #expect(Money.parse("50", currency: "CNY")?.minorUnits == 5_000)
        #expect(Money.parse("50.5", currency: "CNY")?.minorUnits == 5_050)
        #expect(Money.parse("¥1,280.05", currency: "CNY")?.minorUnits == 128_005)
        #expect(Money.parse("CNY 0.10", currency: "CNY")?.minorUnits == 10)
        #expect(Money.parse("0.105", currency: "CNY") == nil)
        #expect(Money.parse("-5", currency: "CNY") == nil)
        #expect(Money.parse("abc", currency: "CNY") == nil)
        #expect(Money(minorUnits: 128_005, currency: "CNY").formatted == "¥1280.05")
        #expect(Money(minorUnits: 7, currency: "USD").formatted == "USD 0.07")
    }

    @Test func ticketIDsReadTheWaysPeopleTypeThem() {
        #expect(TicketID(parsing: "T-1042")?.number == 1042)
        #expect(TicketID(parsing: "t1042")?.number == 1042)
        #expect(TicketID(parsing: "1042")?.number == 1042)
        #expect(TicketID(parsing: "T-") == nil)
        #expect(TicketID(parsing: "T-10x") == nil)
    }

    @Test func vocabulariesAcceptIdentifiersAndNames() {
        #expect(Stage.parse("follow-up") == .followUp)
        #expect(Stage.parse("FOLLOW_UP") == .followUp)
        #expect(Grade.parse("重大") == .serious)
        #expect(Cause.parse("health_safety") == .healthSafety)
        #expect(Stage.allCases.map(\.rawValue) == ["received", "acknowledged", "investigating", "resolving", "follow_up", "closed", "mediation"])
    }

    @Test func everyEventSurvivesTheBinaryCodec() throws {
        let money = Money(minorUnits: 12_345, currency: "CNY")
        let events: [TicketEvent] = [
            .received(Intake(customer: Customer(name: "王\u{1B}[31m", contact: "x@y.z", specialNeeds: true, specialNeedsNote: "大字"),
                             pet: Pet(name: "🐶", species: "", breed: "柯基"), service: .medical, branch: "", channel: .priority,
                             description: "多行\n描述", occurredAt: nil, grade: .critical, cause: nil)),
            .received(Fixture.intake(cause: .other)),
            .acknowledged(eta: Date(timeIntervalSince1970: 1_800_000_000.123)), .assigned(to: "li.hua"), .investigationStarted,
            .assessed(grade: .serious, cause: .specialRequest, findings: "f"),
            .resolutionProposed(kind: .waiver, amount: money, details: "d", needsApproval: true),
            .resolutionProposed(kind: .apology, amount: nil, details: "", needsApproval: false),
            .resolutionApproved(comment: ""), .resolutionApproved(comment: "同意，请尽快退款"), .resolutionRejected(comment: "金额过高"), .harmSet(.injured), .harmSet(.none),
            .triageSuggested(TriageRecord(grade: .critical, cause: .healthSafety, harm: .injured, anger: .angry, words: ["流血", "缝针"])),
            .triageSuggested(TriageRecord(grade: .general, cause: nil, harm: .none, anger: .calm, words: [])), .followUpStarted, .followUpFailed(note: "busy"), .closed(score: 5, comment: "好"),
            .closed(score: nil, comment: ""), .reopened(reason: "r"), .mediationStarted(reason: "m"), .mediationEnded(outcome: "o"),
            .gradeChanged(from: .general, to: .critical, reason: "x"), .noteAdded(text: "n"), .contactRevealed, .related(to: TicketID(1002)),
            .acknowledged(eta: Date(timeIntervalSince1970: 1_800_000_000.123), reason: "客户出差，周一再联系"), .clockPaused(.vetReport), .clockPaused(.mediator),
            .clockResumed, .routed(to: ["zhao.min", "boss"]), .routed(to: []),
            .escalated(Escalation(clock: .answer, percent: 80, tell: .assignee, reachedAt: Date(timeIntervalSince1970: 1_795_000_100.25))),
            .escalated(Escalation(clock: .followUp, percent: 100, tell: .supervisors, reachedAt: Date(timeIntervalSince1970: 1_795_000_200))),
            .remediesProposed(remedies: [Remedy(kind: .reimbursement, amount: money, due: Date(timeIntervalSince1970: 1_795_300_000.75)),
                                         Remedy(kind: .apology)], details: "报销并道歉", needsApproval: true),
            .remediesProposed(remedies: [], details: "", needsApproval: false), .promiseKept(index: 2, note: "转账 8812"),
            .followUpScheduled(calls: [Date(timeIntervalSince1970: 1_795_086_400), Date(timeIntervalSince1970: 1_795_604_800.5)]),
            .followUpScheduled(calls: []), .followUpFailed(note: "无人接听", next: Date(timeIntervalSince1970: 1_795_014_400.25)),
            .followUpReached(score: 4, comment: "恢复得不错"), .lowScoreAccepted(reason: "已复诊"),
            .evidenceAdded(Evidence(kind: .photo, file: EvidenceFile(originalName: "耳朵.jpg", storedPath: "evidence/T-1001/ab-耳朵.jpg",
                                                                     size: 123_456, sha256: String(repeating: "0f", count: 32)), note: "第二天")),
            .evidenceAdded(Evidence(kind: .cctv, reference: "CAM2-0412")),
        ]
        for event in events {
            let entry = TimelineEntry(at: Date(timeIntervalSince1970: 1_795_000_000.5), actor: "zhao.min", event: event)
            var writer = ByteWriter()
            EventCodec.encode(entry, into: &writer)
            let decoded = try writer.bytes.withUnsafeBufferPointer { buffer -> TimelineEntry in
                var reader = ByteReader(buffer)
                let value = try EventCodec.decode(from: &reader)
                #expect(reader.isAtEnd)
                return value
            }
            #expect(decoded == entry)
        }
    }

    @Test func isoTimesAreUTCToTheSecond() {
        #expect(TimeText.iso(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(TimeText.iso(Date(timeIntervalSince1970: 1_795_000_000)) == "2026-11-18T11:06:40Z")
        #expect(TimeText.iso(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
        #expect(TimeText.parseInstant("2026-11-18T11:06:40Z") == Date(timeIntervalSince1970: 1_795_000_000))
        #expect(TimeText.parseInstant("2026-11-18T19:06:40+08:00") == Date(timeIntervalSince1970: 1_795_000_000))
        // A moment from now lands inside the century Tend takes (see InputRangeTests).
        #expect(TimeText.parseMoment("2h", now: Date(timeIntervalSince1970: 1_795_000_000)) == Date(timeIntervalSince1970: 1_795_007_200))
        #expect(TimeText.parseInstant("tomorrow") == nil)
    }

    @Test func csvKeepsQuotesCommasAndLineBreaksAndCountsLines() throws {
        let rows = try CSV.parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\r\nlast,row")
        #expect(rows.map(\.line) == [1, 2, 3, 5])
        #expect(rows[1].fields == ["x, y", "say \"hi\""])
        #expect(rows[2].fields == ["two\nlines", "z"])
        #expect(CSV.line(["a,b", "c\"d", "e"]) == "\"a,b\",\"c\"\"d\",e\n")
        #expect(throws: CSV.SyntaxError.self) { try CSV.parse("a\n\"open") }
    }

    @Test func contactsAndNamesAreMasked() {
        #expect(Masking.contact("13812345678") == "138****5678")
        #expect(Masking.contact("li.ming@example.com") == "l***@example.com")
        #expect(Masking.contact("abc") == "***")
        #expect(Masking.name("王小明") == "王**")
    }
}

@Suite struct ImportTests {
    func write(_ text: String, _ ext: String) -> String {
        let path = temporaryDirectory() + "." + ext
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aGoodCSVBecomesIntakes() throws {
        let path = write("customer,contact,pet,service,channel,description,grade,special_needs\n王芳,13800000000,球球,boarding,phone,\"没有照片,很担心\",significant,yes\nAl,al@x.io,,retail,email,Torn bag,,no\n", "csv")
        let intakes = try IntakeImport.read(path: path)
        #expect(intakes.count == 2)
        #expect(intakes[0].customer.specialNeeds && intakes[0].grade == .significant && intakes[0].description == "没有照片,很担心")
        #expect(intakes[1].service == .retail && intakes[1].pet.name.isEmpty)
    }

    @Test func everyBadRowIsReportedWithItsLine() {
        let path = write("customer,contact,service,channel,description\nA,1,grooming,phone,ok\nB,2,haircut,phone,x\n\"C\nD\",3,retail,fax,y\nE,,retail,phone,z\n", "csv")
        #expect {
            try IntakeImport.read(path: path)
        } throws: { error in
            let problems = (error as? IntakeImport.Failure)?.problems ?? []
            return problems.map(\.line) == [3, 4, 6] && problems[0].reason.contains("haircut") && problems[1].reason.contains("fax")
                && problems[2].reason.contains("contact")
        }
    }

    @Test func jsonRowsAreReportedByTheLineTheyStartOn() {
        let path = write("[\n  {\"customer\": \"A\", \"contact\": \"1\", \"service\": \"grooming\", \"channel\": \"phone\", \"description\": \"ok\"},\n  {\"customer\": \"B\", \"contact\": \"2\",\n   \"service\": \"grooming\", \"channel\": \"pigeon\", \"description\": \"x\"}\n]\n", "json")
        #expect {
            try IntakeImport.read(path: path)
        } throws: { error in
            (error as? IntakeImport.Failure)?.problems.map(\.line) == [3]
        }
    }
}
