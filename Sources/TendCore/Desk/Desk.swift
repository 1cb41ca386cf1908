import Foundation

/// All tickets of a desk, in memory. Ticket numbers are handed out in order from `firstNumber`,
/// and never reused, so a ticket's position in `tickets` follows from its number.
public struct Desk: Sendable {
    public static let firstNumber: Int32 = 1001

    public private(set) var tickets: [Ticket] = []

    /// Who complained before, indexed as the desk grows (shared by copies of this desk: an intake
    /// never changes, and a copy only ever sees its own tickets through it).
    public let customers = CustomerHistory()

    /// What the statistics read of each ticket, in ticket order, and the names they count by
    /// (`StatsDigest`). A desk read from a snapshot has none until they are asked for
    /// (`digested()`, made away from the keys in the console, then `adoptStatsDigests`): making
    /// them at load added a second to opening a million tickets. Once there, each change keeps
    /// its ticket's digest.
    private(set) var statsDigests: [StatsDigest] = []
    private(set) var statsNames = StatsNames()
    /// The tickets changed while there were no digests, in the order of the changes: what digests
    /// made from an earlier copy of this desk must make again when adopted.
    private var changedUndigested: [Int] = []

    public init() {}

    /// A desk read whole from a snapshot; the numbers were checked as they were read.
    init(tickets: [Ticket]) {
        self.tickets = tickets
    }

    /// The same, digested at once in slices of at least `sliceSize` (tests make them small).
    init(tickets: [Ticket], digestingIn sliceSize: Int) {
        self.tickets = tickets
        digestAll(sliceSize: sliceSize)
    }

    /// Whether every ticket has its digest.
    public var hasStatsDigests: Bool { statsDigests.count == tickets.count }

    /// This desk with every ticket digested: itself when it already is. Takes about half a
    /// second a million tickets, on all cores.
    public func digested() -> Desk {
        guard !hasStatsDigests else { return self }
        var copy = self
        copy.digestAll()
        // Kept, so that the copy's digests can be told apart from a later state's when adopted.
        copy.changedUndigested = changedUndigested
        return copy
    }

    /// Takes the digests of `earlier`, a digested copy of this desk from before some of its
    /// latest changes, and digests again the tickets changed since. Nothing is taken from a
    /// copy of another desk (read afresh) or of a later state of this one.
    public mutating func adoptStatsDigests(from earlier: Desk) {
        guard !hasStatsDigests, earlier.hasStatsDigests, earlier.customers === customers, earlier.count <= count,
              earlier.changedUndigested.count <= changedUndigested.count else { return }
        statsDigests = earlier.statsDigests
        statsNames = earlier.statsNames
        let since = changedUndigested[earlier.changedUndigested.count...]
        tickets.withUnsafeBufferPointer { tickets in
            for index in earlier.count..<tickets.count { statsDigests.append(StatsDigest(tickets, index, names: &statsNames)) }
            for index in Set(since) where index < earlier.count { statsDigests[index] = StatsDigest(tickets, index, names: &statsNames) }
        }
        changedUndigested = []
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
        let digested = hasStatsDigests
        for index in tickets.indices { body(&tickets[index]) }
        // Every ticket changed: digests kept so far, or made from a copy before, are not theirs.
        changedUndigested.append(contentsOf: tickets.indices)
        if digested { digestAll() }
    }

    /// Digests every ticket, on all cores, into one array: each slice names what it meets in its
    /// own places, and the slices' places are then mapped onto the desk's.
    private mutating func digestAll(sliceSize: Int = 50_000) {
        defer { changedUndigested = [] }
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
            let digested = hasStatsDigests
            tickets.append(Ticket(id: change.ticket, received: change.entry))
            if digested {
                statsDigests.append(tickets.withUnsafeBufferPointer { StatsDigest($0, $0.count - 1, names: &statsNames) })
            } else {
                changedUndigested.append(tickets.count - 1)
            }
            return true
        }
        let index = Int(change.ticket.number) - Int(Desk.firstNumber)
        guard tickets.indices.contains(index) else { return false }
        tickets[index].apply(change.entry)
        if hasStatsDigests {
            statsDigests[index] = tickets.withUnsafeBufferPointer { StatsDigest($0, index, names: &statsNames) }
        } else {
            changedUndigested.append(index)
        }
        return true
    }
}

/// A buffer's address handed to the threads that each fill their own part of it.
private struct SendablePointer: @unchecked Sendable {
    let base: UnsafeMutablePointer<StatsDigest>?
    init(_ base: UnsafeMutablePointer<StatsDigest>?) { self.base = base }
}
