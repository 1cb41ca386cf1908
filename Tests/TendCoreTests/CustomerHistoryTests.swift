import Foundation
import Testing
@testable import TendCore

/// A returning customer is found however the contact or the names were typed, and only then.
struct CustomerHistoryTests {
    let f = Fixture()

    @Test func phonesMatchWithOrWithoutTheCountryCodeAndEmailsInAnyCase() {
        let same = ["13800138000", "+86 138 0013 8000", "+86-138-0013-8000", "0086 13800138000", "(86) 138 0013 8000", "138-0013-8000"]
        for contact in same { #expect(CustomerKeys.contacts(contact) == ["p:13800138000"], "\(contact)") }
        #expect(CustomerKeys.contacts("Li.Hua@Example.COM") == ["e:li.hua@example.com"])
        #expect(CustomerKeys.contacts("138 0013 8000 / li@x.com") == ["e:li@x.com", "p:13800138000"])
        #expect(CustomerKeys.contacts("ext 123").isEmpty, "too few digits for a phone")
        #expect(CustomerKeys.contacts("13800138001") != CustomerKeys.contacts("13800138000"))
        // A landline keeps its area code's zero; only a Chinese mobile drops +86.
        #expect(CustomerKeys.contacts("010-6552-1234") == ["p:01065521234"])
    }

    @Test func namesMatchAcrossTitlesOrderWidthAndScript() {
        let wangLi = CustomerKeys.person("王丽")
        for variant in ["Wang Li", "Li Wang", "王丽女士", "Ms Wang Li", "ＷＡＮＧ　ＬＩ", "wang-li"] {
            #expect(CustomerKeys.person(variant) == wangLi, "\(variant)")
        }
        #expect(CustomerKeys.person("Wang Lei") != wangLi)
        #expect(CustomerKeys.person("王力宏") != wangLi)
        for variant in ["豆豆", "Doudou", "dou dou", "DOU-DOU"] { #expect(CustomerKeys.pet(variant) == "doudou", "\(variant)") }
        #expect(CustomerKeys.pet("Biscuit") != CustomerKeys.pet("Biscuits"))
    }

    /// Three complaints: two by the same phone in other formats, one by the same customer and pet
    /// written in the other script; and one stranger.
    func desk() throws -> (Desk, Date) {
        var desk = Desk()
        let customers: [(String, String, String, Double, String)] = [
            ("王丽", "13800138000", "豆豆", -40, "Jess"), ("Wang Li", "+86 138-0013-8000", "Doudou", -20, "jess"),
            ("Li Wang", "other@example.com", "Dou Dou", -5, "JESS"), ("陈杰", "13912345678", "豆豆", -3, "Tom"),
        ]
        for (offset, (name, contact, pet, days, groomer)) in customers.enumerated() {
            let intake = Intake(customer: Customer(name: name, contact: contact), pet: Pet(name: pet), service: .grooming, branch: "朝阳店",
                                channel: .phone, description: "剪伤", grade: .general, servedBy: groomer)
            let entry = TimelineEntry(at: Fixture.now.addingTimeInterval(days * 86400), actor: "li.hua", event: .received(intake))
            let applied = desk.apply(Change(ticket: TicketID(Int32(1001 + offset)), entry: entry))
            #expect(applied)
        }
        return (desk, Fixture.now)
    }

    @Test func earlierComplaintsAreFoundByContactOrByCustomerAndPet() throws {
        let (desk, now) = try desk()
        let found = desk.customers.matches(contact: "138 0013 8000", customer: "", pet: "", branch: "朝阳店", service: .grooming, on: desk)
        #expect(found.map(\.ticket) == [TicketID(1002), TicketID(1001)])
        let byName = desk.customers.matches(contact: "", customer: "王丽", pet: "豆豆", on: desk)
        #expect(byName.map(\.ticket) == [TicketID(1003), TicketID(1002), TicketID(1001)])
        #expect(desk.customers.matches(contact: "13999999999", customer: "王丽", pet: "", on: desk).isEmpty, "a name alone is no match")
        let both = desk.customers.matches(contact: "13800138000", customer: "王丽", pet: "豆豆", branch: "朝阳店", service: .grooming, on: desk)
        let banner = try #require(CustomerHistory.banner(both, now: now, .en))
        #expect(banner == "4th complaint in 60 days · same branch · same service: T-1003, T-1002, T-1001")
        #expect(CustomerHistory.banner(both, now: now, .zh)?.hasPrefix("60 天内第 4 次投诉 · 同一门店 · 同一服务：") == true)
        #expect(CustomerHistory.banner([], now: now, .en) == nil)
        // Served by the same groomer each time (however her name was cased): the banner says so.
        let sameGroomer = desk.customers.matches(contact: "13800138000", customer: "王丽", pet: "豆豆", branch: "朝阳店",
                                                 service: .grooming, servedBy: "Jess", on: desk)
        #expect(CustomerHistory.banner(sameGroomer, now: now, service: .grooming, .en)
                == "4th complaint in 60 days · same branch · same service · same groomer: T-1003, T-1002, T-1001")
        #expect(CustomerHistory.banner(sameGroomer, now: now, service: .grooming, .zh)?.contains("同一门店 · 同一服务 · 同一美容师：") == true)
        let otherGroomer = desk.customers.matches(contact: "13800138000", customer: "王丽", pet: "豆豆", servedBy: "Tom", on: desk)
        #expect(otherGroomer.allSatisfy { !$0.sameStaff })
        #expect(CustomerHistory.banner(otherGroomer, now: now, service: .grooming, .en)?.contains("same groomer") == false)
    }

    @Test func aNewComplaintIsLinkedBothWaysToTheCustomersEarlierOnes() throws {
        let store = try f.store("history", tickets: 0)
        let intake = Fixture.intake(contact: "+86 138 1234 5678")
        let first = try store.receive(intake, as: f.handler, at: Fixture.now).after.id
        let second = try store.receive(Fixture.intake(contact: "13812345678"), as: f.handler, at: Fixture.now.addingTimeInterval(60)).after
        #expect(second.related == [first])
        #expect(store.desk.ticket(first)?.related == [second.id])
        let stranger = try store.receive(Fixture.intake(name: "陈杰", contact: "13900000000"), as: f.handler, at: Fixture.now).after
        #expect(stranger.related.isEmpty)
    }

    @Test func aPhoneNumberFindsTheTicketInAnyFormatForThoseWhoMaySeeContacts() throws {
        let (desk, now) = try desk()
        var filter = TicketFilter()
        filter.text = "+86 138-0013-8000"
        filter.searchContacts = true
        #expect(TicketQuery.run(desk, policy: f.policy, filter: filter, now: now).sorted { $0.number < $1.number } == [TicketID(1001), TicketID(1002)])
        filter.text = "OTHER@example"
        #expect(TicketQuery.run(desk, policy: f.policy, filter: filter, now: now) == [TicketID(1003)])
        filter.searchContacts = false
        #expect(TicketQuery.run(desk, policy: f.policy, filter: filter, now: now).isEmpty, "a trainee's search never reads contacts")
    }

    /// A frame never keys a large desk itself: until the index is built (on a thread of its own in
    /// the console) the ready-only look-up answers nil at once, then what the full one answers.
    @Test func aLargeDeskIsLookedUpOnlyOnceItsIndexIsReady() throws {
        let desk = DemoDesk.generate(tickets: 1_500, seed: 3, now: Fixture.now, policy: f.policy)
        let ticket = try #require(desk.ticket(TicketID(Desk.firstNumber + 1_400)))
        #expect(!desk.customers.isReady(for: desk))
        #expect(desk.customers.matchesIfReady(for: ticket, on: desk) == nil)
        desk.customers.prepare(desk)
        #expect(desk.customers.isReady(for: desk))
        let ready = try #require(desk.customers.matchesIfReady(for: ticket, on: desk))
        #expect(ready == desk.customers.matches(for: ticket, on: desk))
        // A look-up with no index built reads the desk once instead (a command asking once): the
        // same answers as the index, ticket by ticket.
        let fresh = CustomerHistory()
        var compared = 0, withMatches = 0
        for number in stride(from: 0, to: 1_500, by: 7) {
            let asked = try #require(desk.ticket(TicketID(Desk.firstNumber + Int32(number))))
            let indexed = desk.customers.matches(for: asked, on: desk)
            #expect(fresh.matches(for: asked, on: desk) == indexed, "\(asked.id)")
            compared += 1
            if !indexed.isEmpty { withMatches += 1 }
        }
        #expect(fresh.matches(for: ticket, on: desk) == ready)
        #expect(!fresh.isReady(for: desk), "the reads built no index")
        print("customer history: \(compared) tickets looked up by reading the desk and through the index, \(withMatches) with earlier complaints: the same answers")
        #expect(withMatches > 10)
    }
}
