import Foundation
import Testing
@testable import TendCore

/// A supervisor's JSON export read back as a backup: every ticket rebuilt exactly, every problem
/// refused with where it is, and nothing written unless all of it is restored.
@Suite struct BackupRestoreTests {
    let f = Fixture()

    /// The export a supervisor makes: nothing masked.
    func export(_ tickets: [Ticket]) -> String {
        var record = TicketRecord(policy: f.policy, now: Fixture.now)
        record.revealContact = true
        return record.jsonExport(tickets)
    }

    func objects(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    func text(_ objects: [[String: Any]]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: objects), as: UTF8.self)
    }

    /// The problems a backup is refused with (none when it reads).
    func problems(_ text: String) -> [BackupProblem] {
        do {
            _ = try BackupFile.read(text)
            return []
        } catch .invalid(let problems) {
            return problems
        } catch {
            return [BackupProblem(reason: .unknownField("unexpected \(error)"))]
        }
    }

    func emptyStore(_ name: String = #function) throws -> Store {
        try Store.create(at: temporaryDirectory(name), policy: f.policy)
    }

    /// One ticket whose timeline holds every kind of event, each where the workflow allows it,
    /// at instants with milliseconds, and a second ticket it is related to.
    func everyEventTickets() -> [Ticket] {
        var at = Date(timeIntervalSince1970: 1_795_000_000.25)
        func entry(_ event: TicketEvent, _ actor: String = "li.hua", request: String? = nil) -> TimelineEntry {
            at = at.addingTimeInterval(61.5)
            return TimelineEntry(at: at, actor: actor, event: event, request: request)
        }
        let intake = Intake(customer: Customer(name: "王\u{1B}[31m小明", contact: "13812345678", specialNeeds: true, specialNeedsNote: "大字"),
                            pet: Pet(name: "🐶", species: "狗", breed: "柯基"), service: .medical, branch: "Riverside", channel: .priority,
                            description: "多行\n描述 \"quoted\"", occurredAt: Date(timeIntervalSince1970: 1_794_990_000.007), grade: .general, cause: nil)
        var first = Ticket(id: TicketID(1001), received: entry(.received(intake), request: "r1\u{1F}abc123"))
        let money = Money(minorUnits: 12_345, currency: "CNY")
        let events: [(TicketEvent, String)] = [
            (.angerSet(.angry), "li.hua"), (.scriptSaid(id: "rcv-calm-01", covers: [.feeling, .apology]), "li.hua"),
            (.checklistWaived(stage: .received, items: [.time, .nextStep]), "li.hua"),
            (.acknowledged(eta: Date(timeIntervalSince1970: 1_795_086_400.999)), "li.hua"), (.assigned(to: "li.hua"), "zhao.min"),
            (.contactRevealed, "zhao.min"), (.noteAdded(text: "回电\t两次"), "li.hua"), (.related(to: TicketID(1002)), "li.hua"),
            (.investigationStarted, "li.hua"), (.gradeChanged(from: .general, to: .serious, reason: "受伤"), "li.hua"),
            (.mediationStarted(reason: "no agreement"), "li.hua"), (.mediationEnded(outcome: "agreed"), "li.hua"),
            (.resolutionProposed(kind: .waiver, amount: money, details: "免单", needsApproval: true), "li.hua"),
            (.resolutionApproved(comment: ""), "zhao.min"), (.followUpStarted, "li.hua"), (.followUpFailed(note: "busy"), "li.hua"),
            (.closed(score: 4, comment: "好"), "zhao.min"), (.reopened(reason: "again"), "zhao.min"),
            (.assessed(grade: .serious, cause: .specialRequest, findings: "found"), "li.hua"),
            (.resolutionProposed(kind: .apology, amount: nil, details: "sorry", needsApproval: false), "li.hua"),
            (.followUpStarted, "li.hua"), (.closed(score: nil, comment: ""), "zhao.min"),
        ]
        for (event, actor) in events { first.apply(entry(event, actor, request: "r-\(first.timeline.count)")) }
        // The second ticket holds the kinds issue 11 added, after the first's indices were fixed.
        let served = Fixture.intake()
        var second = Ticket(id: TicketID(1002), received: entry(.received(Intake(
            customer: served.customer, pet: served.pet, service: served.service, channel: served.channel, description: served.description,
            servedBy: "美容师\u{1B}[1m小张"))))
        let added: [(TicketEvent, String)] = [
            (.harmSet(.injured), "li.hua"), (.routed(to: ["zhao.min", "li.hua"]), "li.hua"),
            (.triageSuggested(TriageRecord(grade: .critical, cause: .healthSafety, harm: .injured, anger: .angry, words: ["流血", "微博"])), "li.hua"),
            (.acknowledged(eta: Date(timeIntervalSince1970: 1_795_086_400.5), reason: "客户周末不在家"), "li.hua"), (.assigned(to: "li.hua"), "zhao.min"),
            (.investigationStarted, "li.hua"), (.clockPaused(.vetReport), "li.hua"), (.clockResumed, "li.hua"),
            (.escalated(Escalation(clock: .resolve, percent: 80, tell: .assignee, reachedAt: Date(timeIntervalSince1970: 1_795_001_000.5))), "li.hua"),
            (.clockBreached(.promise, due: Date(timeIntervalSince1970: 1_795_001_100.125)), "li.hua"),
            (.assessed(grade: .critical, cause: .healthSafety, findings: "剪伤"), "li.hua"),
            (.resolutionProposed(kind: .waiver, amount: money, details: "免单", needsApproval: true), "li.hua"),
            (.resolutionRejected(comment: "太多了"), "zhao.min"),
        ]
        for (event, actor) in added { second.apply(entry(event, actor)) }
        // The third holds issue 12's: remedies with a promise, the calls, evidence.
        var third = Ticket(id: TicketID(1003), received: entry(.received(Fixture.intake())))
        let due = Date(timeIntervalSince1970: 1_795_300_000.25)
        let photo = EvidenceFile(originalName: "耳朵 \u{1B}[2J.jpg", storedPath: "evidence/T-1003/0123456789abcdef-.jpg", size: 2_048_576,
                                 sha256: String(repeating: "ab", count: 32))
        let closing: [(TicketEvent, String)] = [
            (.acknowledged(eta: Date(timeIntervalSince1970: 1_795_086_400.5)), "li.hua"), (.assigned(to: "li.hua"), "zhao.min"),
            (.investigationStarted, "li.hua"), (.evidenceAdded(Evidence(kind: .photo, file: photo, note: "剪伤")), "li.hua"),
            (.evidenceAdded(Evidence(kind: .cctv, reference: "CAM2-0412", note: "")), "li.hua"),
            (.assessed(grade: .critical, cause: .healthSafety, findings: "剪伤"), "li.hua"),
            (.mediationReferred(MediationReferral(party: .consumerAssociation, reference: "消协 2026-031", reason: "金额谈不拢",
                                                  next: Date(timeIntervalSince1970: 1_795_200_000.5), sent: "照片、病历")), "li.hua"),
            (.clockPaused(.mediator), "li.hua"),
            (.mediationUpdated(MediationUpdate(reference: "", next: nil, sent: "收据", note: "调解员\n来电")), "li.hua"),
            (.mediationEnded(outcome: "同意报销"), "li.hua"), (.clockResumed, "li.hua"),
            (.remediesProposed(remedies: [Remedy(kind: .reimbursement, amount: Money(minorUnits: 60_000, currency: "CNY"), due: due),
                                          Remedy(kind: .waiver, amount: Money(minorUnits: 15_000, currency: "CNY")), Remedy(kind: .apology)],
                               details: "报销医疗费并免单", needsApproval: false), "li.hua"),
            (.followUpStarted, "li.hua"), (.followUpScheduled(calls: [due, due.addingTimeInterval(6 * 86400)]), "li.hua"),
            (.followUpFailed(note: "无人接听", next: due.addingTimeInterval(3600)), "li.hua"),
            (.followUpReached(score: 2, comment: "还在疼"), "li.hua"), (.promiseKept(index: 0, note: "转账 8812"), "li.hua"),
            (.lowScoreAccepted(reason: "已复诊，客户接受"), "zhao.min"), (.closed(score: 2, comment: "还在疼"), "zhao.min"),
        ]
        for (event, actor) in closing { third.apply(entry(event, actor)) }
        return [first, second, third]
    }

    // MARK: Round trips

    @Test func everyEventKindComesBackExactlyFromTheExport() throws {
        let tickets = everyEventTickets()
        let kinds = Set(tickets.flatMap(\.timeline).map { TimelineText.kind($0.event) })
        #expect(kinds.count == 36, "the sample covers every kind of event")
        #expect(kinds == Set(BackupEventKinds.chinese.keys), "the reader knows every kind the export writes")
        let backup = try #require(try BackupFile.read(export(tickets)))
        #expect(backup.tickets == tickets)
        #expect(backup.entryCount == 57)
    }

    @Test func aRestoredDeskHoldsTheSameTicketsAndSurvivesReopening() throws {
        let source = try f.store("source", tickets: 150)
        let backup = try #require(try BackupFile.read(export(source.desk.tickets)))
        let target = try emptyStore()
        let restored = try target.restore(backup, as: f.supervisor)
        #expect(restored.count == 150)
        #expect(target.desk.tickets == source.desk.tickets)
        #expect(target.sequence == 1, "one commit")
        #expect(target.desk.nextID == TicketID(1151))
        let reopened = try Store.open(at: target.directory)
        #expect(reopened.desk.tickets == source.desk.tickets)
        // The export of the restored desk is the export it came from.
        #expect(export(reopened.desk.tickets) == export(source.desk.tickets))
        // New work continues after the highest restored ticket.
        let added = try reopened.receive(Fixture.intake(), as: f.handler, at: Fixture.now)
        #expect(added.after.id == TicketID(1151))
    }

    @Test func theEveryEventTicketsSurviveTheStore() throws {
        let tickets = everyEventTickets()
        let target = try emptyStore()
        try target.restore(try #require(try BackupFile.read(export(tickets))), as: f.supervisor)
        #expect(try Store.open(at: target.directory).desk.tickets == tickets)
        // Request ids are kept: a retry of one of them is recognised on the restored desk.
        let recorded = try target.recorded(requests: ["r1", "r-5"])
        #expect(Set(recorded.keys) == ["r1", "r-5"])
    }

    @Test func intakeRowsAreNotABackup() throws {
        #expect(try BackupFile.read(#"[{"customer": "a", "contact": "1", "service": "grooming", "channel": "phone", "description": "d"}]"#) == nil)
        #expect(try BackupFile.read("customer,contact\na,b\n") == nil)
        #expect(try BackupFile.read("[]") == nil)
    }

    // MARK: Refusals at the store

    @Test func aDeskWithTicketsIsRefusedAndKeptAsItWas() throws {
        let backup = try #require(try BackupFile.read(export(everyEventTickets())))
        let store = try f.store("busy", tickets: 3)
        let journal = try FileIO.readWhole(store.directory + "/journal.tend")
        #expect(throws: BackupRefusal.deskNotEmpty(tickets: 3, holdsThisBackup: false)) { try store.restore(backup, as: f.supervisor) }
        #expect(store.desk.count == 3 && store.sequence == 0)
        #expect(try FileIO.readWhole(store.directory + "/journal.tend") == journal)
        // Run again after it worked: refused, and told that the desk already holds this backup.
        let target = try emptyStore()
        try target.restore(backup, as: f.supervisor)
        #expect(throws: BackupRefusal.deskNotEmpty(tickets: 3, holdsThisBackup: true)) { try target.restore(backup, as: f.supervisor) }
        #expect(target.sequence == 1)
        let message = BackupRefusal.deskNotEmpty(tickets: 2, holdsThisBackup: true)
        #expect(message.message(.en).contains("empty desk") && message.message(.zh).contains("空工作台"))
    }

    @Test func onlyASupervisorRestores() throws {
        let backup = try #require(try BackupFile.read(export(everyEventTickets())))
        let target = try emptyStore()
        #expect(throws: BackupRefusal.needsSupervisor) { try target.restore(backup, as: f.handler) }
        #expect(target.desk.count == 0 && target.sequence == 0)
    }

    @Test func amountsInAnotherCurrencyAreRefusedWithTheirPlace() throws {
        var objects = try objects(export(everyEventTickets()))
        var timeline = try #require(objects[0]["timeline"] as? [[String: Any]])
        var data = try #require(timeline[13]["data"] as? [String: Any])
        data["currency"] = "USD"
        timeline[13]["data"] = data
        objects[0]["timeline"] = timeline
        let backup = try #require(try BackupFile.read(text(objects)))
        let target = try emptyStore()
        #expect(throws: BackupRefusal.invalid([BackupProblem(ticket: "T-1001", entry: 13, reason: .wrongCurrency(found: "USD", desk: "CNY"))])) {
            try target.restore(backup, as: f.supervisor)
        }
        #expect(target.desk.count == 0 && target.sequence == 0)
        #expect(try Store.open(at: target.directory).desk.count == 0)
    }

    // MARK: Malformed and inconsistent backups

    /// A fresh copy of a 30-ticket demo desk's export, to break.
    func demoObjects(_ name: String = #function) throws -> [[String: Any]] {
        try objects(export(try f.store(name, tickets: 30).desk.tickets))
    }

    func editEntry(_ objects: inout [[String: Any]], ticket: Int, entry: Int, _ edit: (inout [String: Any]) -> Void) throws {
        var timeline = try #require(objects[ticket]["timeline"] as? [[String: Any]])
        edit(&timeline[entry])
        objects[ticket]["timeline"] = timeline
    }

    @Test func everyBrokenTicketIsNamedWithItsEntryAndNothingIsRead() throws {
        var objects = try demoObjects()
        // T-1002: a timeline that starts with a note, not with the complaint received.
        try editEntry(&objects, ticket: 1, entry: 0) { $0["event"] = "note_added"; $0["data"] = ["text": "hello"] }
        // T-1003: an event nobody knows.
        try editEntry(&objects, ticket: 2, entry: 0) { $0["event"] = "teleported" }
        // T-1004: an instant that is no date, T-1005: one outside the century, T-1006: a local time.
        try editEntry(&objects, ticket: 3, entry: 0) { $0["at"] = "2026-02-30T10:00:00Z" }
        try editEntry(&objects, ticket: 4, entry: 0) { $0["at"] = "1999-12-31T23:59:59.000Z" }
        try editEntry(&objects, ticket: 5, entry: 0) { $0["at"] = "2026-11-20 10:00" }
        // T-1007: a field the entry does not have.
        try editEntry(&objects, ticket: 6, entry: 0) { $0["colour"] = "red" }
        // T-1008: an empty request id.
        try editEntry(&objects, ticket: 7, entry: 0) { $0["request"] = "" }
        let found = problems(try text(objects))
        #expect(found.count == 7, "\(found.map { $0.message(.en) })")
        #expect(found.map(\.ticket) == ["T-1002", "T-1003", "T-1004", "T-1005", "T-1006", "T-1007", "T-1008"])
        #expect(found.map(\.entry) == [0, 0, 0, 0, 0, 0, 0])
        #expect(found[0].reason == .firstNotReceived(kind: "note_added"))
        #expect(found[1].reason == .unknownEvent("teleported"))
        #expect(found[2].reason == .badInstant(field: "at", text: "2026-02-30T10:00:00Z"))
        #expect(found[3].reason == .instantOutOfRange(field: "at", text: "1999-12-31T23:59:59.000Z"))
        #expect(found[4].reason == .badInstant(field: "at", text: "2026-11-20 10:00"))
        #expect(found[5].reason == .unknownField("colour"))
        #expect(found[6].reason == .emptyRequestID)
        // Both languages say where: the ticket and the entry (counted from 1 for people).
        #expect(found[1].message(.en).hasPrefix("line 1, T-1003, timeline entry 1: unknown event \"teleported\""))
        #expect(found[1].message(.zh).hasPrefix("第 1 行，T-1003，第 1 条处理记录：无法识别的事件 \"teleported\""))
    }

    @Test func entriesThatDoNotFollowFromTheStateBeforeAreRefused() throws {
        let tickets = everyEventTickets()
        let exported = try objects(export(tickets))
        func refused(_ edit: (inout [[String: Any]]) throws -> Void) throws -> [BackupProblem] {
            var copy = exported
            try edit(&copy)
            return problems(try text(copy))
        }
        // Entry 1 (anger) becomes a second "received".
        var found = try refused { objects in
            let received = try #require((objects[0]["timeline"] as? [[String: Any]])?.first)
            try editEntry(&objects, ticket: 0, entry: 1) { $0 = received }
        }
        #expect(found == [BackupProblem(line: 1, ticket: "T-1001", entry: 1, reason: .receivedAgain)])
        // Closing (entry 17) moved before the follow-up started (entry 15): closed from resolving.
        found = try refused { objects in
            var timeline = try #require(objects[0]["timeline"] as? [[String: Any]])
            timeline.swapAt(15, 17)
            objects[0]["timeline"] = timeline
        }
        #expect(found.map(\.reason) == [.wrongStage(kind: "closed", stage: .resolving, allowed: [.followUp])])
        #expect(found.map(\.entry) == [15])
        // An approval with nothing awaiting one: the proposal (entry 13) said no approval is needed.
        found = try refused { objects in
            try editEntry(&objects, ticket: 0, entry: 13) { entry in
                var data = entry["data"] as! [String: Any]
                data["needs_approval"] = false
                entry["data"] = data
            }
        }
        #expect(found.map(\.reason) == [.nothingToApprove] && found.map(\.entry) == [14])
        // A grade change from a grade the ticket did not have.
        found = try refused { objects in
            try editEntry(&objects, ticket: 0, entry: 10) { entry in
                entry["data"] = ["from": "critical", "to": "serious", "reason": "x"]
            }
        }
        #expect(found.map(\.reason) == [.gradeNotCurrent(from: .critical, current: .general)])
        // The ticket's own stage disagrees with what its timeline adds up to.
        found = try refused { objects in objects[0]["stage"] = "resolving" }
        #expect(found.map(\.reason) == [.summaryDisagrees(field: "stage", stated: "resolving", rebuilt: "closed")])
        #expect(found.map(\.entry) == [nil])
        // A relation to a ticket the backup does not hold.
        found = try refused { objects in objects.remove(at: 1) }
        #expect(found.map(\.reason) == [.relatedUnknown("T-1002")] && found.map(\.entry) == [8])
        // A score of 6, an amount that disagrees with its minor units, a grade nobody has.
        found = try refused { objects in
            try editEntry(&objects, ticket: 0, entry: 17) { $0["data"] = ["score": 6, "comment": ""] }
        }
        #expect(found.map(\.reason) == [.scoreOutOfRange(6)])
        found = try refused { objects in
            try editEntry(&objects, ticket: 0, entry: 13) { entry in
                var data = entry["data"] as! [String: Any]
                data["amount"] = "123.46"
                entry["data"] = data
            }
        }
        #expect(found.map(\.reason) == [.amountDisagrees(decimal: "123.46", minor: 12_345)])
        found = try refused { objects in
            try editEntry(&objects, ticket: 0, entry: 19) { entry in
                var data = entry["data"] as! [String: Any]
                data["grade"] = "enormous"
                entry["data"] = data
            }
        }
        #expect(found.map(\.reason) == [.unknownValue(field: "data.grade", value: "enormous", allowed: Grade.identifiers)])
    }

    @Test func ticketNumbersMustBeUniqueAndWithoutGaps() throws {
        let exported = try demoObjects()
        var duplicated = exported
        duplicated.append(exported[4])
        #expect(problems(try text(duplicated)).map(\.reason) == [.duplicateID("T-1005")])
        var gap = exported
        gap.remove(at: 9)
        #expect(problems(try text(gap)).map(\.reason) == [.missingTicket(TicketID(1010))])
        var badID = exported
        badID[0]["id"] = "ticket one"
        let found = problems(try text(badID))
        #expect(found.map(\.reason) == [.badTicketID("ticket one")])
        #expect(found.first?.ticket == "ticket one")
        // Shuffled order is fine: the numbers say where each ticket goes.
        let shuffled = try #require(try BackupFile.read(text(exported.reversed())))
        #expect(shuffled.tickets.map(\.id.number) == Array(1001...1030))
    }

    @Test func maskedAndOlderExportsAreNotBackups() throws {
        let tickets = everyEventTickets()
        // A handler's export (contacts masked) and a redacted one.
        for redact in [false, true] {
            var record = TicketRecord(policy: f.policy, now: Fixture.now)
            record.redact = redact
            #expect(record.masks)
            #expect(problems(record.jsonExport(tickets)) == [BackupProblem(reason: .masked)])
        }
        var older = try objects(export(tickets))
        for index in older.indices {
            older[index]["masked"] = nil
            var timeline = try #require(older[index]["timeline"] as? [[String: Any]])
            for entry in timeline.indices { timeline[entry]["data"] = nil; timeline[entry]["request"] = nil }
            older[index]["timeline"] = timeline
        }
        #expect(problems(try text(older)) == [BackupProblem(reason: .noEventData)])
        #expect(BackupReason.masked.message(.zh).contains("无法恢复联系方式"))
    }

    @Test func problemsAreListedUpToALimitAndCounted() throws {
        var objects = try demoObjects()
        for index in objects.indices { try editEntry(&objects, ticket: index, entry: 0) { $0["actor"] = "" } }
        let found = problems(try text(objects))
        #expect(found.count == 30)
        let message = BackupRefusal.invalid(found).message(.en)
        #expect(message.hasPrefix("the backup was not restored and nothing was written: 30 problem(s):"))
        #expect(message.split(separator: "\n").count == 1 + BackupRefusal.listed + 1)
        #expect(message.hasSuffix("… and 10 more"))
        #expect(BackupRefusal.invalid(found).message(.zh).hasSuffix("……另有 10 个"))
    }

    @Test func arrayElementsAreFoundWithoutParsingThem() {
        func scan(_ text: String) -> [String]? {
            var text = text
            return text.withUTF8 { bytes in
                JSONArrayElements.scan(bytes).map { $0.map { "\($0.line):" + String(decoding: bytes[$0.range], as: UTF8.self) } }
            }
        }
        #expect(scan("[]") == [])
        #expect(scan("\u{FEFF} [\n{\"a\": [1, \"],\"]},\n  2 ,\"x\\\"y\"\n]\n") == ["2:{\"a\": [1, \"],\"]}", "3:2", "3:\"x\\\"y\""])
        for broken in ["", "{}", "[1,]", "[,1]", "[1] 2", "[[1]", "[1]]", "[\"1]", "[1][2]"] { #expect(scan(broken) == nil, "\(broken)") }
    }

    @Test func aTicketThatIsNotJSONIsNamedByItsLine() throws {
        let lines = export(everyEventTickets()).components(separatedBy: "\n")
        let broken = lines[0] + "\n" + lines[1] + "\n" + "{\"id\": \"T-1002\", oops}\n]\n"
        #expect(problems(broken) == [BackupProblem(line: 3, position: 2, reason: .notJSON)])
    }

    // MARK: Instants

    @Test func recordInstantsKeepTheirMillisecondsAndReadBackExactly() {
        let instant = Date(timeIntervalSince1970: 1_795_000_000.25)
        #expect(TimeText.isoMilliseconds(instant) == "2026-11-18T11:06:40.250Z")
        #expect(TimeText.isoMilliseconds(Date(timeIntervalSince1970: 1_795_000_000.007)) == "2026-11-18T11:06:40.007Z")
        #expect(TimeText.isoMilliseconds(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
        // Files that read `iso` back keep getting it to the second.
        #expect(TimeText.iso(instant) == "2026-11-18T11:06:40Z")
        #expect(TimeText.readISOMilliseconds("2026-11-18T11:06:40.250Z") == instant)
        #expect(TimeText.readISOMilliseconds("2000-02-29T00:00:00.000Z") == Date(timeIntervalSince1970: 951_782_400))
        for other in ["2026-11-18T11:06:40Z", "2026-11-18T11:06:40.25Z", "2026-02-30T00:00:00.000Z", "2026-11-18T19:06:40.000+08",
                      "2026-11-18 11:06:40.000Z", "2026-11-18T11:06:40.000", "2026-11-18T24:00:00.000Z", "２026-11-18T11:06:40.000Z", ""] {
            #expect(TimeText.readISOMilliseconds(other) == nil, "\(other)")
        }
        var generator = SeededRandom(seed: 3)
        for _ in 0..<2_000 {
            let milliseconds = Int64(generator.next() % UInt64(4_133_980_799_000 - 946_684_800_000)) + 946_684_800_000
            let date = Date(storeMilliseconds: milliseconds)
            #expect(TimeText.readISOMilliseconds(TimeText.isoMilliseconds(date)) == date)
        }
    }
}
