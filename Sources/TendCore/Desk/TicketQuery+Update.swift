/// Keeping a queue up to date ticket by ticket: a console learns which tickets changed
/// (`DeskUpdate`) and moves just those, instead of querying the whole desk again.
extension TicketQuery {
    /// Brings `queue`, ordered by `rule` (a `run` at `rule.now`, or an earlier update), up to
    /// date with changes to a few tickets. `desk` is the desk after them; `before` holds each
    /// changed ticket as the queue last saw it (none for a ticket created since). The result is
    /// what `run` gives on the new desk at the same instant.
    ///
    /// Each changed ticket is found by its old place and taken out, then put back at its new
    /// place if it still belongs: O(k log n) look-ups for k changes in a queue of n, plus moving
    /// the array's tail for each, never a pass over the desk.
    public static func update(_ queue: inout [TicketID], desk: Desk, changed: [TicketID], before: [TicketID: Ticket], rule: QueueRule) {
        let moving = Set(changed)
        // Until every changed ticket is out, the queue is ordered by what the tickets were.
        func oldPlace(_ id: TicketID) -> QueuePlace? {
            moving.contains(id) ? before[id].flatMap { rule.place($0) } : desk.ticket(id).flatMap { rule.place($0) }
        }
        for id in changed {
            guard let was = before[id], let place = rule.place(was) else { continue }
            let at = lowerBound(place, in: queue, placeOf: oldPlace)
            if at < queue.count && queue[at] == id {
                queue.remove(at: at)
            } else if let found = queue.firstIndex(of: id) {
                // Not where its old state puts it: the queue was not made from that state. Still
                // correct, only slower.
                queue.remove(at: found)
            }
        }
        for id in changed {
            guard let ticket = desk.ticket(id), let place = rule.place(ticket) else { continue }
            queue.insert(id, at: lowerBound(place, in: queue) { desk.ticket($0).flatMap { rule.place($0) } })
        }
    }

    /// Where `id` is in a queue ordered by `rule` over `desk`, or nil when it is not in it.
    public static func position(of id: TicketID, in queue: [TicketID], desk: Desk, rule: QueueRule) -> Int? {
        guard let place = desk.ticket(id).flatMap({ rule.place($0) }) else { return nil }
        let at = lowerBound(place, in: queue) { desk.ticket($0).flatMap { rule.place($0) } }
        return at < queue.count && queue[at] == id ? at : nil
    }

    /// The first index whose ticket does not go before `place`.
    private static func lowerBound(_ place: QueuePlace, in queue: [TicketID], placeOf: (TicketID) -> QueuePlace?) -> Int {
        var low = 0, high = queue.count
        while low < high {
            let middle = (low + high) / 2
            // A ticket the rule leaves out should not be in the queue; it is passed over.
            if placeOf(queue[middle]).map({ $0 < place }) ?? true { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
