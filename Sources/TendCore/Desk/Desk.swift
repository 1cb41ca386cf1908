import Foundation

/// All tickets of a desk, in memory. Ticket numbers are handed out in order from `firstNumber`,
/// and never reused, so a ticket's position in `tickets` follows from its number.
public struct Desk: Sendable {
    public static let firstNumber: Int32 = 1001

    public private(set) var tickets: [Ticket] = []

    /// Who complained before, indexed as the desk grows (shared by copies of this desk: an intake
    /// never changes, and a copy only ever sees its own tickets through it).
    public let customers = CustomerHistory()

    /// What the statistics read of each ticket, in ticket order, kept as the tickets change, and
    /// the names they count by (`StatsDigest`).
    private(set) var statsDigests: [StatsDigest] = []
    private(set) var statsNames = StatsNames()

    public init() {}

    /// A desk read whole from a snapshot; the numbers were checked as they were read. Its tickets
    /// are digested in slices of at least `sliceSize` (tests make them small).
    init(tickets: [Ticket], sliceSize: Int = 50_000) {
        self.tickets = tickets
        digestAll(sliceSize: sliceSize)
    }

    public var count: Int { tickets.count }

    public var nextID: TicketID { TicketID(Desk.firstNumber + Int32(tickets.count)) }

    /// The tickets as a buffer, for a scan that reads them in place. Read through the array's
    /// subscript, or handed to a closure one by one, a ticket is copied (every array and string in
    /// it retained and released): at a million tickets a scan that looks at two fields took half
    /// a second that way, 17–34 ms through the buffer.
    public func withTickets<R>(_ body: (UnsafeBufferPointer<Ticket>) throws -> R) rethrows -> R {
        try tickets.withUnsafeBufferPointer(body)
    }

    public func ticket(_ id: TicketID) -> Ticket? {
        let index = Int(id.number) - Int(Desk.firstNumber)
        return tickets.indices.contains(index) ? tickets[index] : nil
    }

    /// The ticket of the first change that would not fit this desk (a new ticket out of turn, or
    /// a change to one that does not exist), checked without changing anything.
    public func firstMisfit(_ changes: [Change]) -> TicketID? {
        var next = nextID.number
        for change in changes {
            if case .received = change.entry.event {
                guard change.ticket.number == next else { return change.ticket }
                next += 1
            } else if change.ticket.number < Desk.firstNumber || change.ticket.number >= next {
                return change.ticket
            }
        }
        return nil
    }

    /// Changes tickets in place, for what is not a change of the desk's history (filling in the
    /// contacts a log keeps apart).
    mutating func updateEach(_ body: (inout Ticket) -> Void) {
        for index in tickets.indices { body(&tickets[index]) }
        digestAll()
    }

    /// Digests every ticket, on all cores, into one array: each slice names what it meets in its
    /// own places, and the slices' places are then mapped onto the desk's.
    private mutating func digestAll(sliceSize: Int = 50_000) {
        let all = tickets
        let count = all.count
        var names = StatsNames()
        statsDigests = Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let target = SendablePointer(buffer.baseAddress)
            let slices = Parallel.map(count: count, minimumPerChunk: sliceSize, threads: count / max(1, sliceSize)) { range in
                all.withUnsafeBufferPointer { tickets in
                    var names = StatsNames()
                    for index in range { (target.base! + index).initialize(to: StatsDigest(tickets, index, names: &names)) }
                    return (range, names)
                }
            }
            for (range, sliceNames) in slices {
                let branches = names.branches.adopt(sliceNames.branches), logins = names.logins.adopt(sliceNames.logins)
                for index in range {
                    buffer[index].branch = UInt32(branches[Int(buffer[index].branch)])
                    if buffer[index].assignee > 0 { buffer[index].assignee = UInt32(logins[Int(buffer[index].assignee) - 1] + 1) }
                }
            }
            initialized = count
        }
        statsNames = names
    }

    /// The tickets and their digests as buffers, for a statistics scan that reads them in place.
    func withStatsScan<R>(_ body: (StatsScan) throws -> R) rethrows -> R {
        try tickets.withUnsafeBufferPointer { tickets in
            try statsDigests.withUnsafeBufferPointer { digests in
                try body(StatsScan(tickets: tickets, digests: digests))
            }
        }
    }

    public mutating func reserveCapacity(_ count: Int) {
        tickets.reserveCapacity(count)
        statsDigests.reserveCapacity(count)
    }

    /// Applies one validated change. A `received` entry creates the next ticket.
    /// Returns false if the change does not fit this desk (wrong number): the caller treats
    /// that as damage, never as something to repair silently.
    @discardableResult
    public mutating func apply(_ change: Change) -> Bool {
        if case .received = change.entry.event {
            guard change.ticket == nextID else { return false }
            tickets.append(Ticket(id: change.ticket, received: change.entry))
            statsDigests.append(tickets.withUnsafeBufferPointer { StatsDigest($0, $0.count - 1, names: &statsNames) })
            return true
        }
        let index = Int(change.ticket.number) - Int(Desk.firstNumber)
        guard tickets.indices.contains(index) else { return false }
        tickets[index].apply(change.entry)
        statsDigests[index] = tickets.withUnsafeBufferPointer { StatsDigest($0, index, names: &statsNames) }
        return true
    }
}

/// A buffer's address handed to the threads that each fill their own part of it.
private struct SendablePointer: @unchecked Sendable {
    let base: UnsafeMutablePointer<StatsDigest>?
    init(_ base: UnsafeMutablePointer<StatsDigest>?) { self.base = base }
}
