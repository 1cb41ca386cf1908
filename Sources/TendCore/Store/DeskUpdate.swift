/// What changed on a desk since it was last reported: which tickets, and how each of them was
/// before. A console keeps its queue and counts up to date from this, ticket by ticket, instead
/// of working them out again over the whole desk.
public struct DeskUpdate: Sendable, Equatable {
    /// Tickets changed or created, each once, in the order they were first changed.
    public private(set) var changed: [TicketID] = []
    /// Each changed ticket as it was before its first change; a ticket created since has none.
    public private(set) var before: [TicketID: Ticket] = [:]
    /// The desk was read again whole (another writer's compaction), the policy changed, or more
    /// tickets changed than are worth listing: whatever was worked out from the desk is worked
    /// out again. `changed` and `before` are then empty.
    public private(set) var reloaded = false
    private var created: Set<TicketID> = []

    /// Past this many tickets, listing them costs more than it saves: a reader works everything
    /// out again in one pass (a restored backup, a large import).
    public static let listLimit = 4096

    public init() {}

    /// An update as a reader would be given it: for tests, and for a log that learns of changes
    /// some other way.
    public init(changed: [TicketID], before: [TicketID: Ticket], reloaded: Bool = false) {
        for id in changed { note(id, before: before[id]) }
        if reloaded { markReloaded() }
    }

    public var isEmpty: Bool { !reloaded && changed.isEmpty }

    /// A ticket about to change; `ticket` is how it is now (nil for one about to be created).
    /// Only the first change since the last report counts: that is the state a reader last saw.
    mutating func note(_ id: TicketID, before ticket: @autoclosure () -> Ticket?) {
        guard !reloaded, before[id] == nil, !created.contains(id) else { return }
        if let ticket = ticket() { before[id] = ticket } else { created.insert(id) }
        changed.append(id)
        if changed.count > Self.listLimit { markReloaded() }
    }

    /// Adds what changed later: each ticket keeps its state from before the first of them.
    public mutating func merge(_ later: DeskUpdate) {
        if later.reloaded { return markReloaded() }
        for id in later.changed { note(id, before: later.before[id]) }
    }

    mutating func markReloaded() {
        reloaded = true
        changed = []
        before = [:]
        created = []
    }
}
