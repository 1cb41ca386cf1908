import Foundation

/// What one ticket counts for in a period's figures, read from its milestones and clocks: the
/// statistics add these up, and a drill-down picks the tickets whose facts hold a figure, so the
/// two always agree. Nothing here is a counter kept beside the events.
struct TicketFacts {
    /// Received in the period.
    var received = false
    /// Received in the period within `repeatWindow` of an earlier complaint of the same customer
    /// (a contact in common) or the same pet (the customer's and pet's names), linked at intake.
    var isRepeat = false
    /// Each clock that ended in the period, by `ClockOutcome.clocks`' order (remedies apart).
    var answer: ClockOutcome?
    var promise: ClockOutcome?
    var resolve: ClockOutcome?
    var followUp: ClockOutcome?
    /// Remedies promised by a time that were kept in time, or ran out, in the period.
    var remediesMet = 0
    var remediesBreached = 0
    var firstRemedyBreach: Date?
    /// Seconds from receipt to the first answer, when the answer was in the period.
    var answerSeconds: Double?
    /// Seconds from receipt to the first resolution that took effect, when it was in the period.
    var resolveSeconds: Double?
    /// First resolved in the period; with whether at first contact, and whether reopened since.
    var resolved = false
    var firstContact = false
    var reopened = false
    /// Closed in the period (its last close), with its score or none (the customer unreachable).
    var closed = false
    var score: Int?
    /// The resolutions that took effect in the period: `grants[grantRange]`.
    var grantRange: Range<Int> = 0..<0
    /// Open now, and overdue now on a clock (recorded or running).
    var openNow = false
    var overdueNow = false

    /// Closed without a score because the pet died: nobody asked the owner for one.
    var bereaved = false

    var unreachable: Bool { closed && score == nil && !bereaved }
    var granted: Bool { !grantRange.isEmpty }

    func outcome(_ clock: ClockKind) -> ClockOutcome? {
        switch clock {
        case .answer: answer
        case .promise: promise
        case .resolve: resolve
        case .followUp: followUp
        case .remedy: remediesBreached > 0 ? .breached(due: firstRemedyBreach ?? .distantPast) : remediesMet > 0 ? .met(at: .distantPast) : nil
        }
    }

    /// Reads ticket `index` of `scan` for `period` as of `now`: from its digest, and from the
    /// ticket itself (in place: nothing of it is copied) only for what the digest flags.
    @inline(__always)
    init(_ scan: StatsScan, _ index: Int, frame: StatsFrame) {
        let period = frame.period, now = frame.now, rules = frame.rules
        let digest = scan.digest(index).pointee
        let received = Date(timeIntervalSince1970: digest.received)
        self.received = Self.received(scan.digest(index), in: period)
        let firstAnswer = StatsDigest.instant(digest.firstAnswer), promiseEnded = StatsDigest.instant(digest.promiseEnded)
        let firstResolved = StatsDigest.instant(digest.firstResolved), firstClosed = StatsDigest.instant(digest.firstClosed)
        firstContact = digest.flags.contains(.resolvedByAnswerer)
        if digest.grants == 1, let at = StatsDigest.instant(digest.firstGrantAt) {
            grantRange = period.contains(at) ? 0..<1 : at < period.from ? 1..<1 : 0..<0
        } else if digest.grants > 1 {
            var grantStarts: (first: Int, count: Int) = (0, 0)
            for at in scan.ticket(index).pointee.milestones.grantedAt {
                if period.contains(at) { grantStarts.count += 1 } else if at < period.from { grantStarts.first += 1 }
            }
            grantRange = grantStarts.first..<(grantStarts.first + grantStarts.count)
        }

        // The clocks: a breach recorded on the timeline, or one running out now and not yet recorded.
        var breachedAt = ClockDues()
        openNow = digest.flags.contains(.open)
        if digest.flags.contains(.readTicket) || frame.readsTickets {
            let ticket = scan.ticket(index)
            ticket.pointee.breaches.withUnsafeBufferPointer { breaches in
                for breach in breaches {
                    if breach.clock == .remedy {
                        if period.contains(breach.due) {
                            remediesBreached += 1
                            firstRemedyBreach = min(firstRemedyBreach ?? breach.due, breach.due)
                        }
                    } else if breachedAt[breach.clock] == nil {
                        breachedAt[breach.clock] = breach.due
                    }
                }
            }
            if openNow, let running = frame.sla.status(of: ticket.pointee, at: now), running.state == .overdue {
                overdueNow = true
                let clock = ClockKind(running.clock)
                if breachedAt[clock] == nil { breachedAt[clock] = running.due }
            }
            if openNow, let eta = ticket.pointee.eta, eta < now, ticket.pointee.stage == .acknowledged || ticket.pointee.stage == .investigating,
               eta > (ticket.pointee.reopenedAt ?? .distantPast) {
                overdueNow = true
                if breachedAt[.promise] == nil { breachedAt[.promise] = eta }
            }
            ticket.pointee.promises.withUnsafeBufferPointer { promises in
                for promise in promises {
                    if let kept = promise.keptAt, kept <= promise.due, period.contains(kept),
                       !ticket.pointee.breaches.contains(Breach(clock: .remedy, due: promise.due)) {
                        remediesMet += 1
                    } else if promise.keptAt == nil, promise.due < now, period.contains(promise.due),
                              !ticket.pointee.breaches.contains(Breach(clock: .remedy, due: promise.due)) {
                        remediesBreached += 1
                        overdueNow = overdueNow || openNow
                        firstRemedyBreach = min(firstRemedyBreach ?? promise.due, promise.due)
                    }
                }
            }
        } else {
            // The same, from the digest: no clock runs now, one remedy breach and one promise at most.
            breachedAt[.answer] = StatsDigest.instant(digest.answerBreach)
            breachedAt[.promise] = StatsDigest.instant(digest.promiseBreach)
            breachedAt[.resolve] = StatsDigest.instant(digest.resolveBreach)
            breachedAt[.followUp] = StatsDigest.instant(digest.followUpBreach)
            if let due = StatsDigest.instant(digest.remedyBreach), period.contains(due) {
                remediesBreached += 1
                firstRemedyBreach = due
            }
            if let due = StatsDigest.instant(digest.remedyDue), !digest.flags.contains(.remedyBreachRecorded) {
                if let kept = StatsDigest.instant(digest.remedyKept) {
                    if kept <= due, period.contains(kept) { remediesMet += 1 }
                } else if due < now, period.contains(due) {
                    remediesBreached += 1
                    firstRemedyBreach = min(firstRemedyBreach ?? due, due)
                }
            }
        }
        func judge(_ clock: ClockKind, stoppedAt: Date?) -> ClockOutcome? {
            if let due = breachedAt[clock] { return period.contains(due) ? .breached(due: due) : nil }
            if let stoppedAt, period.contains(stoppedAt) { return .met(at: stoppedAt) }
            return nil
        }
        answer = judge(.answer, stoppedAt: firstAnswer)
        promise = !digest.flags.contains(.hasEta) && breachedAt[.promise] == nil ? nil : judge(.promise, stoppedAt: promiseEnded)
        resolve = judge(.resolve, stoppedAt: firstResolved)
        followUp = judge(.followUp, stoppedAt: firstClosed)

        if let firstAnswer, period.contains(firstAnswer) { answerSeconds = firstAnswer.timeIntervalSince(received) }
        if let firstResolved, period.contains(firstResolved) {
            resolved = true
            resolveSeconds = firstResolved.timeIntervalSince(received)
            reopened = digest.flags.contains(.reopened)
            firstContact = firstContact && !reopened && !digest.flags.contains(.mediated)
                && firstResolved.timeIntervalSince(firstAnswer ?? received) <= rules.firstContactWithin
        } else {
            firstContact = false
        }
        if let closedAt = StatsDigest.instant(digest.closedAt), period.contains(closedAt) {
            closed = true
            score = digest.score < 0 ? nil : Int(digest.score)
            bereaved = score == nil && digest.harm == UInt8(Harm.place(of: .died))
        }
        isRepeat = self.received && digest.repeatGap <= rules.repeatWindow  // false for NaN: none
    }

    /// Whether the ticket was received in `period`.
    @inline(__always)
    static func received(_ digest: UnsafePointer<StatsDigest>, in period: StatsPeriod) -> Bool {
        period.contains(Date(timeIntervalSince1970: digest.pointee.received))
    }

    /// Whether nothing of the ticket can fall in `period`: closed before it began (every instant
    /// a figure counts comes before the close), so a scan passes it at once.
    @inline(__always)
    static func endedBefore(_ period: StatsPeriod, _ digest: UnsafePointer<StatsDigest>) -> Bool {
        digest.pointee.closedAt < period.from.timeIntervalSince1970  // false for NaN: not closed
    }
}

/// The first due instant of each clock that ran out on a ticket, without a dictionary (one per
/// ticket would be a million allocations on a large desk).
private struct ClockDues {
    private var answer, promise, resolve, followUp: Date?

    subscript(clock: ClockKind) -> Date? {
        get {
            switch clock {
            case .answer: answer
            case .promise: promise
            case .resolve: resolve
            case .followUp: followUp
            case .remedy: nil
            }
        }
        set {
            switch clock {
            case .answer: answer = newValue
            case .promise: promise = newValue
            case .resolve: resolve = newValue
            case .followUp: followUp = newValue
            case .remedy: break
            }
        }
    }
}
