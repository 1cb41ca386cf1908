import Foundation

/// What the statistics read of one ticket, kept beside the desk's tickets in one array of small
/// records (160 bytes each). A ticket's own fields are spread over half a kilobyte and behind
/// pointers (its intake, breaches, promises, grants and their remedies); a year's overview of a
/// million tickets spent most of its time waiting on those. What a digest cannot hold (a clock
/// running now, several remedy breaches or promises, links, several grants) it flags, and the
/// scan reads the ticket itself for those few.
struct StatsDigest: Sendable {
    /// Instants as seconds since 1970, NaN for none (an optional Date takes twice the room).
    var received: Double
    /// When it closed, while it is closed.
    var closedAt: Double
    var firstAnswer: Double
    var promiseEnded: Double
    var firstResolved: Double
    var firstClosed: Double
    /// When its first grant took effect.
    var firstGrantAt: Double
    /// Seconds since the nearest earlier complaint linked to it from the same customer or about
    /// the same pet: it repeats that one if within the policy's window.
    var repeatGap: Double
    /// The due instant of the first recorded breach of each clock.
    var answerBreach: Double
    var promiseBreach: Double
    var resolveBreach: Double
    var followUpBreach: Double
    /// The one remedy breach recorded, and the one remedy promised by a time: when due and when
    /// kept (`Flags.readTicket` when there are more).
    var remedyBreach: Double
    var remedyDue: Double
    var remedyKept: Double
    /// The remedies of the one grant, when it has one or two (`Flags.inlineGrant`): their kinds'
    /// places (`noKind` for none) and minor units.
    var firstRemedyAmount: Int64
    var secondRemedyAmount: Int64
    var firstRemedyKind: UInt8
    var secondRemedyKind: UInt8
    /// Places in the desk's `StatsNames`; the assignee's is its place + 1, 0 for nobody.
    var branch: UInt32
    var assignee: UInt32
    /// The kinds of remedy in the last grant, a bit at each kind's place.
    var lastGrantKinds: UInt16
    var flags: Flags
    /// Places in each vocabulary; a cause not assessed is at `Cause.ordered.count`.
    var service: UInt8
    var channel: UInt8
    var grade: UInt8
    var cause: UInt8
    var harm: UInt8
    /// The closing score, -1 for none.
    var score: Int8
    /// How many grants took effect (up to 255).
    var grants: UInt8

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        static let open = Flags(rawValue: 1 << 0)
        static let closed = Flags(rawValue: 1 << 1)
        static let resolvedByAnswerer = Flags(rawValue: 1 << 2)
        static let reopened = Flags(rawValue: 1 << 3)
        static let mediated = Flags(rawValue: 1 << 4)
        static let hasEta = Flags(rawValue: 1 << 5)
        /// One grant of one or two remedies, held here.
        static let inlineGrant = Flags(rawValue: 1 << 9)
        static let awaitingApproval = Flags(rawValue: 1 << 10)
        /// The one promise's due instant is among the recorded remedy breaches.
        static let remedyBreachRecorded = Flags(rawValue: 1 << 11)
        /// Open (its clocks run now), or more remedy breaches or promises than the digest holds:
        /// the scan reads the ticket's clocks.
        static let readTicket = Flags(rawValue: 1 << 12)
    }

    static let noKind = UInt8.max

    /// Digests a ticket read in place (passed by value, a ticket is copied: every array and string
    /// in it retained and released).
    init(_ tickets: UnsafeBufferPointer<Ticket>, _ index: Int, names: inout StatsNames) {
        let pointer = tickets.baseAddress! + index
        repeatGap = pointer.pointee.related.isEmpty ? .nan : Self.repeatGap(tickets, index)
        received = pointer.pointee.receivedAt.timeIntervalSince1970
        closedAt = Self.seconds(pointer.pointee.stage == .closed ? pointer.pointee.closedAt : nil)
        let steps = pointer.pointee.milestones
        firstAnswer = Self.seconds(steps.firstAnswer)
        promiseEnded = Self.seconds(steps.promiseEnded)
        firstResolved = Self.seconds(steps.firstResolved)
        firstClosed = Self.seconds(steps.firstClosed)
        firstGrantAt = Self.seconds(steps.firstGrantAt)
        branch = UInt32(names.branches.place(of: pointer.pointee.intake.branch))
        assignee = pointer.pointee.assignee.map { UInt32(names.logins.place(of: $0) + 1) } ?? 0
        service = UInt8(ServiceLine.place(of: pointer.pointee.intake.service))
        channel = UInt8(Channel.place(of: pointer.pointee.intake.channel))
        grade = UInt8(Grade.place(of: pointer.pointee.grade))
        cause = UInt8(pointer.pointee.cause.map(Cause.place(of:)) ?? Cause.ordered.count)
        harm = UInt8(Harm.place(of: pointer.pointee.harm))
        score = pointer.pointee.stage == .closed ? Int8(clamping: pointer.pointee.satisfaction?.score ?? -1) : -1
        grants = UInt8(clamping: pointer.pointee.grants.count)
        lastGrantKinds = 0
        for remedy in pointer.pointee.grants.last?.remedies ?? [] { lastGrantKinds |= 1 << ResolutionKind.place(of: remedy.kind) }
        var flags: Flags = []
        firstRemedyAmount = 0
        secondRemedyAmount = 0
        firstRemedyKind = Self.noKind
        secondRemedyKind = Self.noKind
        if pointer.pointee.grants.count == 1, (1...2).contains(pointer.pointee.grants[0].remedies.count) {
            flags.insert(.inlineGrant)
            let remedies = pointer.pointee.grants[0].remedies
            firstRemedyKind = UInt8(ResolutionKind.place(of: remedies[0].kind))
            firstRemedyAmount = remedies[0].amount?.minorUnits ?? 0
            if remedies.count == 2 {
                secondRemedyKind = UInt8(ResolutionKind.place(of: remedies[1].kind))
                secondRemedyAmount = remedies[1].amount?.minorUnits ?? 0
            }
        }
        // The first breach of each clock, as the scan of a ticket's breaches finds it.
        (answerBreach, promiseBreach, resolveBreach, followUpBreach, remedyBreach) = (.nan, .nan, .nan, .nan, .nan)
        var remedyBreaches = 0
        for breach in pointer.pointee.breaches {
            let due = breach.due.timeIntervalSince1970
            switch breach.clock {
            case .answer: if answerBreach.isNaN { answerBreach = due }
            case .promise: if promiseBreach.isNaN { promiseBreach = due }
            case .resolve: if resolveBreach.isNaN { resolveBreach = due }
            case .followUp: if followUpBreach.isNaN { followUpBreach = due }
            case .remedy:
                remedyBreaches += 1
                remedyBreach = due
            }
        }
        remedyDue = Self.seconds(pointer.pointee.promises.first?.due)
        remedyKept = Self.seconds(pointer.pointee.promises.first?.keptAt)
        if let promise = pointer.pointee.promises.first, pointer.pointee.breaches.contains(Breach(clock: .remedy, due: promise.due)) {
            flags.insert(.remedyBreachRecorded)
        }
        if pointer.pointee.stage.isOpen || remedyBreaches > 1 || pointer.pointee.promises.count > 1 { flags.insert(.readTicket) }
        if pointer.pointee.stage.isOpen { flags.insert(.open) }
        if pointer.pointee.stage == .closed { flags.insert(.closed) }
        if steps.resolvedByAnswerer { flags.insert(.resolvedByAnswerer) }
        if pointer.pointee.reopenCount > 0 { flags.insert(.reopened) }
        if !pointer.pointee.mediations.isEmpty { flags.insert(.mediated) }
        if pointer.pointee.eta != nil { flags.insert(.hasEta) }
        if pointer.pointee.stage.isOpen && pointer.pointee.resolution?.approval == .pending { flags.insert(.awaitingApproval) }
        self.flags = flags
    }

    /// How long before ticket `index` the nearest complaint linked to it came in from the same
    /// customer (a contact in common) or about the same pet (the customer's and pet's names);
    /// NaN when none did. Earlier tickets' intakes never change, so this holds until the ticket
    /// is linked again (and its digest made again).
    private static func repeatGap(_ tickets: UnsafeBufferPointer<Ticket>, _ index: Int) -> Double {
        let received = tickets[index].receivedAt
        let first = Int(Desk.firstNumber)
        var keys: (contacts: [String], person: String, pet: String)?
        var nearest = Double.nan
        for other in tickets[index].related {
            let at = Int(other.number) - first
            guard tickets.indices.contains(at), at != index else { continue }
            let earlier = tickets[at].receivedAt
            let gap = received.timeIntervalSince(earlier)
            guard earlier < received || (earlier == received && at < index), !(gap >= nearest) else { continue }
            let mine = keys ?? (CustomerKeys.contacts(tickets[index].intake.customer.contact),
                                CustomerKeys.person(tickets[index].intake.customer.name), CustomerKeys.pet(tickets[index].intake.pet.name))
            keys = mine
            let theirs = CustomerKeys.contacts(tickets[at].intake.customer.contact)
            let samePet = !mine.pet.isEmpty && !mine.person.isEmpty && CustomerKeys.pet(tickets[at].intake.pet.name) == mine.pet
                && CustomerKeys.person(tickets[at].intake.customer.name) == mine.person
            if theirs.contains(where: mine.contacts.contains) || samePet { nearest = gap }
        }
        return nearest
    }

    @inline(__always)
    static func seconds(_ instant: Date?) -> Double { instant?.timeIntervalSince1970 ?? .nan }

    @inline(__always)
    static func instant(_ seconds: Double) -> Date? { seconds.isNaN ? nil : Date(timeIntervalSince1970: seconds) }
}

/// The branch and login names a desk's digests count by, each given a place the first time a
/// ticket names it.
struct StatsNames: Sendable {
    var branches = NamePlaces()
    var logins = NamePlaces()

    /// The assignee place a login has in digests (its place + 1), nil when no ticket names it.
    func assigneePlace(of login: String?) -> UInt32? {
        guard let login else { return 0 }
        return logins.existingPlace(of: login).map { UInt32($0 + 1) }
    }

    func branchPlace(of branch: String) -> UInt32? { branches.existingPlace(of: branch).map(UInt32.init) }

    /// The login at an assignee place, "" for nobody.
    func assigneeName(_ place: UInt32) -> String { place == 0 ? "" : logins.names[Int(place) - 1] }
}
