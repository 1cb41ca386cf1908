import Foundation

/// The binary form of timeline entries, shared by the journal and the snapshot.
/// Tags are part of the file format: add new ones at the end, never renumber. Format 2 added the
/// request id after the actor; format 1 files (which had none) are still read.
enum EventCodec {
    private enum Tag: UInt8 {
        case received, acknowledged, assigned, investigationStarted, assessed, resolutionProposed
        case resolutionApproved, followUpStarted, followUpFailed, closed, reopened, mediationStarted
        case mediationEnded, gradeChanged, noteAdded, contactRevealed, related
        case angerSet, scriptSaid, checklistWaived
        /// An approval with a comment; one without keeps `resolutionApproved`, as written before
        /// decisions had comments.
        case resolutionApprovedWithComment, resolutionRejected
        case harmSet, triageSuggested, clockBreached
        /// An acknowledgement whose promised time needed a reason; one without keeps `acknowledged`.
        case acknowledgedWithReason, clockPaused, clockResumed, routed, escalated
        /// A failed call with its next attempt's time; one without keeps `followUpFailed`.
        case remediesProposed, promiseKept, followUpScheduled, followUpFailedWithNext, followUpReached, lowScoreAccepted
        case evidenceAdded
        case mediationReferred, mediationUpdated
        /// An intake that names who served the pet; one without keeps `received`.
        case receivedServedBy
    }

    private static func mask(_ items: [ChecklistItem]) -> UInt16 {
        items.reduce(0) { $0 | 1 << UInt16($1.storageCode) }
    }

    private static func items(_ mask: UInt16) -> [ChecklistItem] {
        ChecklistItem.ordered.filter { mask & 1 << UInt16($0.storageCode) != 0 }
    }

    private static let noCause: UInt8 = 0xFF

    static func encode(_ entry: TimelineEntry, into out: inout ByteWriter) {
        out.date(entry.at)
        out.string(entry.actor)
        out.string(entry.request ?? "")
        switch entry.event {
        case .received(let intake):
            out.u8((intake.servedBy.isEmpty ? Tag.received : Tag.receivedServedBy).rawValue)
            encode(intake, into: &out)
            if !intake.servedBy.isEmpty { out.string(intake.servedBy) }
        case .acknowledged(let eta, let reason):
            out.u8((reason.isEmpty ? Tag.acknowledged : Tag.acknowledgedWithReason).rawValue)
            out.date(eta)
            if !reason.isEmpty { out.string(reason) }
        case .clockPaused(let reason):
            out.u8(Tag.clockPaused.rawValue)
            out.u8(reason.storageCode)
        case .clockResumed:
            out.u8(Tag.clockResumed.rawValue)
        case .routed(let logins):
            out.u8(Tag.routed.rawValue)
            out.u16(UInt16(min(logins.count, Int(UInt16.max))))
            for login in logins.prefix(Int(UInt16.max)) { out.string(login) }
        case .escalated(let step):
            out.u8(Tag.escalated.rawValue)
            out.u8(step.clock.storageCode)
            out.u8(UInt8(clamping: step.percent))
            out.u8(step.tell.storageCode)
            out.date(step.reachedAt)
        case .assigned(let login):
            out.u8(Tag.assigned.rawValue)
            out.string(login)
        case .investigationStarted:
            out.u8(Tag.investigationStarted.rawValue)
        case .assessed(let grade, let cause, let findings):
            out.u8(Tag.assessed.rawValue)
            out.u8(grade.storageCode)
            out.u8(cause.storageCode)
            out.string(findings)
        case .resolutionProposed(let kind, let amount, let details, let needsApproval):
            out.u8(Tag.resolutionProposed.rawValue)
            out.u8(kind.storageCode)
            optionalMoney(amount, into: &out)
            out.string(details)
            out.u8(needsApproval ? 1 : 0)
        case .resolutionApproved(let comment):
            if comment.isEmpty {
                out.u8(Tag.resolutionApproved.rawValue)
            } else {
                out.u8(Tag.resolutionApprovedWithComment.rawValue)
                out.string(comment)
            }
        case .resolutionRejected(let comment):
            out.u8(Tag.resolutionRejected.rawValue)
            out.string(comment)
        case .followUpStarted:
            out.u8(Tag.followUpStarted.rawValue)
        case .followUpFailed(let note, let next):
            out.u8((next == nil ? Tag.followUpFailed : Tag.followUpFailedWithNext).rawValue)
            out.string(note)
            if let next { out.date(next) }
        case .remediesProposed(let remedies, let details, let needsApproval):
            out.u8(Tag.remediesProposed.rawValue)
            out.u16(UInt16(min(remedies.count, Int(UInt16.max))))
            for remedy in remedies.prefix(Int(UInt16.max)) {
                out.u8(remedy.kind.storageCode)
                optionalMoney(remedy.amount, into: &out)
                out.optionalDate(remedy.due)
            }
            out.string(details)
            out.u8(needsApproval ? 1 : 0)
        case .promiseKept(let index, let note):
            out.u8(Tag.promiseKept.rawValue)
            out.u16(UInt16(clamping: index))
            out.string(note)
        case .followUpScheduled(let calls):
            out.u8(Tag.followUpScheduled.rawValue)
            out.u16(UInt16(min(calls.count, Int(UInt16.max))))
            for call in calls.prefix(Int(UInt16.max)) { out.date(call) }
        case .followUpReached(let score, let comment):
            out.u8(Tag.followUpReached.rawValue)
            out.u8(UInt8(clamping: score))
            out.string(comment)
        case .lowScoreAccepted(let reason):
            out.u8(Tag.lowScoreAccepted.rawValue)
            out.string(reason)
        case .evidenceAdded(let item):
            out.u8(Tag.evidenceAdded.rawValue)
            out.u8(item.kind.storageCode)
            if let file = item.file {
                out.u8(1)
                out.string(file.originalName)
                out.string(file.storedPath)
                out.i64(file.size)
                out.string(file.sha256)
            } else {
                out.u8(0)
            }
            out.string(item.reference)
            out.string(item.note)
        case .closed(let score, let comment):
            out.u8(Tag.closed.rawValue)
            out.u8(UInt8(score ?? 0))
            out.string(comment)
        case .reopened(let reason):
            out.u8(Tag.reopened.rawValue)
            out.string(reason)
        case .mediationStarted(let reason):
            out.u8(Tag.mediationStarted.rawValue)
            out.string(reason)
        case .mediationEnded(let outcome):
            out.u8(Tag.mediationEnded.rawValue)
            out.string(outcome)
        case .mediationReferred(let referral):
            out.u8(Tag.mediationReferred.rawValue)
            out.u8(referral.party.storageCode)
            out.string(referral.reference)
            out.string(referral.reason)
            out.optionalDate(referral.next)
            out.string(referral.sent)
        case .mediationUpdated(let update):
            out.u8(Tag.mediationUpdated.rawValue)
            out.string(update.reference)
            out.optionalDate(update.next)
            out.string(update.sent)
            out.string(update.note)
        case .gradeChanged(let from, let to, let reason):
            out.u8(Tag.gradeChanged.rawValue)
            out.u8(from.storageCode)
            out.u8(to.storageCode)
            out.string(reason)
        case .noteAdded(let text):
            out.u8(Tag.noteAdded.rawValue)
            out.string(text)
        case .contactRevealed:
            out.u8(Tag.contactRevealed.rawValue)
        case .related(let other):
            out.u8(Tag.related.rawValue)
            out.u32(UInt32(bitPattern: other.number))
        case .angerSet(let level):
            out.u8(Tag.angerSet.rawValue)
            out.u8(level.storageCode)
        case .harmSet(let harm):
            out.u8(Tag.harmSet.rawValue)
            out.u8(harm.storageCode)
        case .clockBreached(let clock, let due):
            out.u8(Tag.clockBreached.rawValue)
            out.u8(clock.storageCode)
            out.date(due)
        case .triageSuggested(let record):
            out.u8(Tag.triageSuggested.rawValue)
            out.u8(record.grade.storageCode)
            out.u8(record.cause?.storageCode ?? noCause)
            out.u8(record.harm.storageCode)
            out.u8(record.anger.storageCode)
            out.u16(UInt16(min(record.words.count, Int(UInt16.max))))
            for word in record.words.prefix(Int(UInt16.max)) { out.string(word) }
        case .scriptSaid(let id, let covers):
            out.u8(Tag.scriptSaid.rawValue)
            out.string(id)
            out.u16(mask(covers))
        case .checklistWaived(let stage, let items):
            out.u8(Tag.checklistWaived.rawValue)
            out.u8(stage.storageCode)
            out.u16(mask(items))
        }
    }

    private static func optionalMoney(_ amount: Money?, into out: inout ByteWriter) {
        if let amount {
            out.u8(1)
            out.i64(amount.minorUnits)
            out.string(amount.currency)
        } else {
            out.u8(0)
        }
    }

    private static func optionalMoney(from reader: inout ByteReader) throws -> Money? {
        guard try reader.u8() == 1 else { return nil }
        let minor = try reader.i64()
        return Money(minorUnits: minor, currency: try reader.string())
    }

    private static func encode(_ intake: Intake, into out: inout ByteWriter) {
        out.string(intake.customer.name)
        out.string(intake.customer.contact)
        // Bit 0 the flag, bits 1–5 the needs by type: a byte written before the types existed
        // (0 or 1) reads as the flag alone.
        out.u8((intake.customer.specialNeeds ? 1 : 0) | SpecialNeed.mask(intake.customer.needs) << 1)
        out.string(intake.customer.specialNeedsNote)
        out.string(intake.pet.name)
        out.string(intake.pet.species)
        out.string(intake.pet.breed)
        out.u8(intake.service.storageCode)
        out.string(intake.branch)
        out.u8(intake.channel.storageCode)
        out.string(intake.description)
        out.optionalDate(intake.occurredAt)
        out.u8(intake.grade.storageCode)
        out.u8(intake.cause?.storageCode ?? noCause)
    }

    static func decode(from reader: inout ByteReader, version: Int = 2) throws -> TimelineEntry {
        let at = try reader.date()
        let actor = try reader.string()
        let request = version >= 2 ? try reader.string() : ""
        let tagOffset = reader.position
        guard let tag = Tag(rawValue: try reader.u8()) else {
            throw DecodeError(offset: tagOffset, reason: Bilingual("unknown event tag", "有一条处理记录的类型无法识别"))
        }
        let event: TicketEvent
        switch tag {
        case .received: event = .received(try decodeIntake(from: &reader))
        case .receivedServedBy:
            event = .received(try decodeIntake(from: &reader, servedBy: true))
        case .acknowledged: event = .acknowledged(eta: try reader.date())
        case .acknowledgedWithReason: event = .acknowledged(eta: try reader.date(), reason: try reader.string())
        case .clockPaused: event = .clockPaused(try reader.vocabulary(PauseReason.self))
        case .clockResumed: event = .clockResumed
        case .routed:
            let count = Int(try reader.u16())
            var logins: [String] = []
            for _ in 0..<count { logins.append(try reader.string()) }
            event = .routed(to: logins)
        case .escalated:
            event = .escalated(Escalation(clock: try reader.vocabulary(ClockKind.self), percent: Int(try reader.u8()),
                                          tell: try reader.vocabulary(EscalationAudience.self), reachedAt: try reader.date()))
        case .assigned: event = .assigned(to: try reader.string())
        case .investigationStarted: event = .investigationStarted
        case .assessed:
            event = .assessed(grade: try reader.vocabulary(Grade.self), cause: try reader.vocabulary(Cause.self),
                              findings: try reader.string())
        case .resolutionProposed:
            let kind = try reader.vocabulary(ResolutionKind.self)
            let amount = try optionalMoney(from: &reader)
            event = .resolutionProposed(kind: kind, amount: amount, details: try reader.string(),
                                        needsApproval: try reader.u8() == 1)
        case .resolutionApproved: event = .resolutionApproved(comment: "")
        case .resolutionApprovedWithComment: event = .resolutionApproved(comment: try reader.string())
        case .resolutionRejected: event = .resolutionRejected(comment: try reader.string())
        case .followUpStarted: event = .followUpStarted
        case .followUpFailed: event = .followUpFailed(note: try reader.string())
        case .followUpFailedWithNext: event = .followUpFailed(note: try reader.string(), next: try reader.date())
        case .remediesProposed:
            let count = Int(try reader.u16())
            var remedies: [Remedy] = []
            for _ in 0..<count {
                remedies.append(Remedy(kind: try reader.vocabulary(ResolutionKind.self), amount: try optionalMoney(from: &reader),
                                       due: try reader.optionalDate()))
            }
            event = .remediesProposed(remedies: remedies, details: try reader.string(), needsApproval: try reader.u8() == 1)
        case .promiseKept: event = .promiseKept(index: Int(try reader.u16()), note: try reader.string())
        case .followUpScheduled:
            let count = Int(try reader.u16())
            var calls: [Date] = []
            for _ in 0..<count { calls.append(try reader.date()) }
            event = .followUpScheduled(calls: calls)
        case .followUpReached: event = .followUpReached(score: Int(try reader.u8()), comment: try reader.string())
        case .lowScoreAccepted: event = .lowScoreAccepted(reason: try reader.string())
        case .evidenceAdded:
            let kind = try reader.vocabulary(EvidenceKind.self)
            var file: EvidenceFile?
            if try reader.u8() == 1 {
                file = EvidenceFile(originalName: try reader.string(), storedPath: try reader.string(), size: try reader.i64(),
                                    sha256: try reader.string())
            }
            event = .evidenceAdded(Evidence(kind: kind, file: file, reference: try reader.string(), note: try reader.string()))
        case .closed:
            let score = Int(try reader.u8())
            event = .closed(score: score == 0 ? nil : score, comment: try reader.string())
        case .reopened: event = .reopened(reason: try reader.string())
        case .mediationStarted: event = .mediationStarted(reason: try reader.string())
        case .mediationEnded: event = .mediationEnded(outcome: try reader.string())
        case .mediationReferred:
            event = .mediationReferred(MediationReferral(party: try reader.vocabulary(MediationParty.self), reference: try reader.string(),
                                                         reason: try reader.string(), next: try reader.optionalDate(), sent: try reader.string()))
        case .mediationUpdated:
            event = .mediationUpdated(MediationUpdate(reference: try reader.string(), next: try reader.optionalDate(),
                                                      sent: try reader.string(), note: try reader.string()))
        case .gradeChanged:
            event = .gradeChanged(from: try reader.vocabulary(Grade.self), to: try reader.vocabulary(Grade.self),
                                  reason: try reader.string())
        case .noteAdded: event = .noteAdded(text: try reader.string())
        case .contactRevealed: event = .contactRevealed
        case .related: event = .related(to: TicketID(Int32(bitPattern: try reader.u32())))
        case .angerSet: event = .angerSet(try reader.vocabulary(Anger.self))
        case .harmSet: event = .harmSet(try reader.vocabulary(Harm.self))
        case .clockBreached: event = .clockBreached(try reader.vocabulary(ClockKind.self), due: try reader.date())
        case .triageSuggested:
            let grade = try reader.vocabulary(Grade.self)
            let cause = try decodeCause(from: &reader)
            let harm = try reader.vocabulary(Harm.self)
            let anger = try reader.vocabulary(Anger.self)
            let count = Int(try reader.u16())
            var words: [String] = []
            for _ in 0..<count { words.append(try reader.string()) }
            event = .triageSuggested(TriageRecord(grade: grade, cause: cause, harm: harm, anger: anger, words: words))
        case .scriptSaid: event = .scriptSaid(id: try reader.string(), covers: items(try reader.u16()))
        case .checklistWaived: event = .checklistWaived(stage: try reader.vocabulary(Stage.self), items: items(try reader.u16()))
        }
        return TimelineEntry(at: at, actor: actor, event: event, request: request.isEmpty ? nil : request)
    }

    /// `servedBy`: the record is a `receivedServedBy`, whose intake is followed by who served.
    private static func decodeIntake(from reader: inout ByteReader, servedBy: Bool = false) throws -> Intake {
        let name = try reader.string(), contact = try reader.string(), needs = try reader.u8()
        let customer = Customer(name: name, contact: contact, specialNeeds: needs & 1 == 1,
                                needs: SpecialNeed.needs(in: needs >> 1), specialNeedsNote: try reader.string())
        let pet = Pet(name: try reader.string(), species: try reader.string(), breed: try reader.string())
        let service = try reader.vocabulary(ServiceLine.self)
        let branch = try reader.string()
        let channel = try reader.vocabulary(Channel.self)
        let description = try reader.string()
        let occurredAt = try reader.optionalDate()
        let grade = try reader.vocabulary(Grade.self)
        let cause = try decodeCause(from: &reader)
        return Intake(customer: customer, pet: pet, service: service, branch: branch, channel: channel,
                      description: description, occurredAt: occurredAt, grade: grade, cause: cause,
                      servedBy: servedBy ? try reader.string() : "")
    }

    /// A cause, or none (`noCause`): as an intake and a triage suggestion both keep it.
    private static func decodeCause(from reader: inout ByteReader) throws -> Cause? {
        let offset = reader.position
        let code = try reader.u8()
        guard code != noCause else { return nil }
        guard let known = Cause.from(code: code) else {
            throw DecodeError(offset: offset, reason: Bilingual("unknown cause code \(code)", "原因类别编号 \(code) 无法识别"))
        }
        return known
    }
}
