import Foundation

/// A customer's earlier complaints: found by a contact (phone or e-mail) in common, or by the same
/// customer and pet by name. The index is built once per desk and grows with it: an intake never
/// changes, so a ticket's keys are worked out once. Keying a million tickets takes seconds
/// (BENCHMARKS.md): the keys are worked out outside the lock, the console has it built on a
/// thread of its own (`prepare`) and reads it only once it is ready (`matchesIfReady`).
public final class CustomerHistory: @unchecked Sendable {
    private let lock = NSLock()
    private var indexed = 0
    /// Whether `prepare` was asked for: from then on every look-up uses the index.
    private var preparing = false
    private var byContact: [String: [TicketID]] = [:]
    private var byCustomerAndPet: [String: [TicketID]] = [:]

    public init() {}

    /// Why an earlier ticket matched.
    public struct Match: Sendable, Equatable {
        public let ticket: TicketID
        public let receivedAt: Date
        public let sameContact: Bool
        public let sameCustomerAndPet: Bool
        public let sameBranch: Bool
        public let sameService: Bool
        /// Served by the same groomer, trainer, vet or carer (both intakes name them).
        public let sameStaff: Bool
    }

    /// The tickets on `desk` that share a contact with `contact`, or whose customer and pet have
    /// the names given, newest first; `excluding` leaves out the ticket asked about.
    public func matches(contact: String, customer: String, pet: String, branch: String = "", service: ServiceLine? = nil,
                        servedBy: String = "", on desk: Desk, excluding: TicketID? = nil) -> [Match] {
        let contactKeys = CustomerKeys.contacts(contact)
        let personKey = pairKey(customer, pet)
        var found: [TicketID: (contact: Bool, pair: Bool)] = [:]
        lock.lock()
        let unindexed = desk.count - indexed, building = preparing
        lock.unlock()
        if unindexed > 1_000 && !building {
            // Nothing is building the index (a command asking once: tend show, tend add): one
            // read of the desk answers sooner than keying all of it (BENCHMARKS.md).
            found = scan(contactKeys: Set(contactKeys), customer: customer, pet: pet, on: desk)
        } else {
            catchUp(desk)
            lock.lock()
            for key in contactKeys { for id in byContact[key] ?? [] { found[id, default: (false, false)].contact = true } }
            if let personKey { for id in byCustomerAndPet[personKey] ?? [] { found[id, default: (false, false)].pair = true } }
            lock.unlock()
        }
        let alike = Alike(branch: branch, service: service, servedBy: servedBy)
        return found.compactMap { id, why -> Match? in
            // The index may have grown from a newer copy of the desk than this one.
            guard id != excluding, let ticket = desk.ticket(id) else { return nil }
            return alike.match(ticket, contact: why.contact, pair: why.pair)
        }.sorted(by: Self.newestFirst)
    }

    /// What else an earlier complaint shares with the one asked about: branch, service, who served.
    private struct Alike {
        let branchKey: String
        let service: ServiceLine?
        let staffKey: String

        init(branch: String, service: ServiceLine?, servedBy: String) {
            branchKey = branch.trimmingCharacters(in: .whitespaces).lowercased()
            self.service = service
            staffKey = CustomerKeys.person(servedBy)
        }

        func match(_ other: Ticket, contact: Bool, pair: Bool) -> Match {
            Match(ticket: other.id, receivedAt: other.receivedAt, sameContact: contact, sameCustomerAndPet: pair,
                  sameBranch: !branchKey.isEmpty && other.intake.branch.trimmingCharacters(in: .whitespaces).lowercased() == branchKey,
                  sameService: service == other.intake.service,
                  sameStaff: !staffKey.isEmpty && CustomerKeys.person(other.intake.servedBy) == staffKey)
        }
    }

    private static func newestFirst(_ a: Match, _ b: Match) -> Bool {
        (a.receivedAt, a.ticket.number) > (b.receivedAt, b.ticket.number)
    }

    public func matches(for ticket: Ticket, on desk: Desk) -> [Match] {
        matches(contact: ticket.customer.contact, customer: ticket.customer.name, pet: ticket.pet.name,
                branch: ticket.intake.branch, service: ticket.intake.service, servedBy: ticket.intake.servedBy, on: desk, excluding: ticket.id)
    }

    /// Why each of `ids` matches `ticket` (a new ticket's links, made when it came in), newest
    /// first, without reading the rest of the desk: `tend add` names them so.
    public func matches(among ids: [TicketID], for ticket: Ticket, on desk: Desk) -> [Match] {
        let contactKeys = Set(CustomerKeys.contacts(ticket.customer.contact))
        let personKey = pairKey(ticket.customer.name, ticket.pet.name)
        let alike = Alike(branch: ticket.intake.branch, service: ticket.intake.service, servedBy: ticket.intake.servedBy)
        return ids.compactMap { id -> Match? in
            guard let other = desk.ticket(id) else { return nil }
            let contact = CustomerKeys.contacts(other.customer.contact).contains(where: contactKeys.contains)
            let pair = personKey != nil && pairKey(other.customer.name, other.pet.name) == personKey
            return contact || pair ? alike.match(other, contact: contact, pair: pair) : nil
        }.sorted(by: Self.newestFirst)
    }

    /// Whether every ticket of `desk` but a few new ones is indexed: what a frame may look up
    /// without keying the desk itself.
    public func isReady(for desk: Desk) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return desk.count - indexed <= 1_000
    }

    /// `matches(for:on:)` when the index is ready; nil (and nothing waited for) while `prepare`
    /// is still building it.
    public func matchesIfReady(for ticket: Ticket, on desk: Desk) -> [Match]? {
        isReady(for: desk) ? matches(for: ticket, on: desk) : nil
    }

    /// Builds the index for `desk` (call it on a thread of its own). Meanwhile a look-up that
    /// cannot wait (a complaint taken in) waits for it rather than reading the desk beside it.
    public func prepare(_ desk: Desk) {
        lock.lock()
        preparing = true
        lock.unlock()
        catchUp(desk)
    }

    /// The tickets whose contact shares a key, or whose customer and pet have the names given:
    /// what the index answers, by reading every ticket once. A pet's name is compared first, the
    /// customer's only where it matched.
    private func scan(contactKeys: Set<String>, customer: String, pet: String, on desk: Desk) -> [TicketID: (contact: Bool, pair: Bool)] {
        let petKey = CustomerKeys.pet(pet), personKey = CustomerKeys.person(customer)
        let pairs = !petKey.isEmpty && !personKey.isEmpty
        var found: [TicketID: (contact: Bool, pair: Bool)] = [:]
        desk.withTickets { tickets in
            for index in tickets.indices {
                let intake = tickets[index].intake
                let contact = !contactKeys.isEmpty && CustomerKeys.contacts(intake.customer.contact).contains(where: contactKeys.contains)
                let pair = pairs && CustomerKeys.pet(intake.pet.name) == petKey && CustomerKeys.person(intake.customer.name) == personKey
                if contact || pair { found[tickets[index].id] = (contact, pair) }
            }
        }
        return found
    }

    /// "3rd complaint in 60 days · same branch · same groomer: T-1040, T-1001" — said at intake;
    /// nil when the customer has none in that window. `service` words who served the pet.
    public static func banner(_ matches: [Match], now: Date, days: Int = 60, service: ServiceLine? = nil, _ lang: Language) -> String? {
        let recent = matches.filter { now.timeIntervalSince($0.receivedAt) <= Double(days) * 86400 }
        guard !recent.isEmpty else {
            guard !matches.isEmpty else { return nil }
            return lang.pick("Complained before: ", "曾有投诉：") + matches.prefix(5).map(\.ticket.description).joined(separator: lang.pick(", ", "、"))
        }
        let count = recent.count + 1
        let ordinal = lang.pick(count == 2 ? "2nd" : count == 3 ? "3rd" : "\(count)th", "第 \(count) 次")
        var parts = [lang.pick("\(ordinal) complaint in \(days) days", "\(days) 天内\(ordinal)投诉")]
        if recent.allSatisfy(\.sameBranch) { parts.append(lang.pick("same branch", "同一门店")) }
        if recent.allSatisfy(\.sameService) { parts.append(lang.pick("same service", "同一服务")) }
        // Who served the pet says the most: said even when only some of them match.
        let sameStaff = recent.filter(\.sameStaff).count
        if sameStaff == recent.count {
            parts.append(sameStaffWords(service, lang))
        } else if sameStaff > 0 {
            parts.append(lang.pick("\(sameStaff) of them ", "其中 \(sameStaff) 次") + sameStaffWords(service, lang))
        }
        if !recent.contains(where: \.sameContact) { parts.append(lang.pick("same customer and pet by name", "客户与宠物同名")) }
        return parts.joined(separator: " · ") + lang.pick(": ", "：") + recent.prefix(6).map(\.ticket.description).joined(separator: lang.pick(", ", "、"))
    }

    /// "same groomer", "同一训练师": who served the pet, named for the service line.
    public static func sameStaffWords(_ service: ServiceLine?, _ lang: Language) -> String {
        switch service {
        case .grooming: lang.pick("same groomer", "同一美容师")
        case .training: lang.pick("same trainer", "同一训练师")
        case .medical: lang.pick("same vet", "同一医生")
        case .boarding: lang.pick("same carer", "同一护理员")
        default: lang.pick("same staff member", "同一店员")
        }
    }

    private func pairKey(_ customer: String, _ pet: String) -> String? {
        let person = CustomerKeys.person(customer), animal = CustomerKeys.pet(pet)
        return person.isEmpty || animal.isEmpty ? nil : person + "|" + animal
    }

    /// Indexes the tickets added since the last look (the desk only grows). The keys are worked
    /// out without the lock; whoever merges first wins, and a merge finds where it should start.
    private func catchUp(_ desk: Desk) {
        while true {
            lock.lock()
            let start = indexed
            lock.unlock()
            guard desk.count > start else { return }
            var keyed: [(id: TicketID, contacts: [String], pair: String?)] = []
            keyed.reserveCapacity(desk.count - start)
            desk.withTickets { tickets in
                for index in start..<tickets.count {
                    let intake = tickets[index].intake
                    keyed.append((tickets[index].id, CustomerKeys.contacts(intake.customer.contact), pairKey(intake.customer.name, intake.pet.name)))
                }
            }
            lock.lock()
            if indexed == start {
                for item in keyed {
                    for key in item.contacts { byContact[key, default: []].append(item.id) }
                    if let pair = item.pair { byCustomerAndPet[pair, default: []].append(item.id) }
                }
                indexed = start + keyed.count
            }
            lock.unlock()
        }
    }
}
