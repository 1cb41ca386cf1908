import Foundation
import Testing
@testable import TendCore

/// The stage declarations are the one place a stage's rules live: these check that what is
/// derived from them agrees with them.
@Suite struct StageSpecTests {
    let f = Fixture()

    @Test func everyStageHasItsOwnDeclaration() {
        for stage in Stage.ordered { #expect(StageSpec.of(stage).stage == stage) }
    }

    /// Passing each gate with good fields makes an event that may happen in that stage and takes
    /// the ticket where the declaration says it leads.
    @Test func eachGateLeadsWhereItsDeclarationSays() throws {
        var fields = AdvanceFields()
        fields.eta = Fixture.now.addingTimeInterval(3600)
        fields.assignee = f.handler.login
        fields.cause = .price
        fields.findings = "checked the booking"
        fields.resolution = .apology
        fields.details = "an apology"
        fields.score = 5
        fields.outcome = "settled"
        for stage in Stage.ordered where stage != .closed && stage != .mediation {
            var ticket = try f.ticket(at: stage)
            var given = AdvanceFields()
            for field in StageSpec.of(stage).fields { copy(field, from: fields, to: &given) }
            let events = try f.workflow(f.supervisor).advance(ticket, given)
            let moving = try #require(events.first { $0.movesStage }, "\(stage)")
            #expect(moving.happensIn?.contains(stage) == true, "\(stage)")
            f.apply(&ticket, f.supervisor, events)
            #expect(ticket.stage == StageSpec.of(stage).next, "\(stage)")
        }
    }

    /// A field belongs to one gate, so the fields given say which stage an advance is for.
    @Test func everyGateFieldBelongsToExactlyOneStage() {
        for field in GateField.allCases { #expect(StageSpec.stages(reading: field).count == 1, "\(field)") }
    }

    /// The SLA clock and the checklist are the declaration's.
    @Test func theClockAndChecklistAreTheDeclarations() throws {
        let policy = f.policy
        for stage in Stage.ordered where stage != .mediation {
            let ticket = try f.ticket(at: stage)
            #expect(policy.sla(for: ticket, at: Fixture.now)?.clock == StageSpec.of(stage).clock?.kind, "\(stage)")
            #expect(Checklist.required(stage) == StageSpec.of(stage).checklist)
        }
    }

    /// Codes in the store are the ones written since the first store: a word added anywhere in a
    /// list keeps every other word's code.
    @Test func storageCodesAreUniqueAndUnchanged() {
        func codes<V: StoredVocabulary>(_ type: V.Type) -> [UInt8] { V.ordered.map(\.storageCode) }
        #expect(codes(Stage.self) == [0, 1, 2, 3, 4, 5, 6])
        #expect(codes(Grade.self) == [0, 1, 2, 3])
        #expect(codes(Cause.self) == Array(0...10))
        #expect(codes(ResolutionKind.self) == Array(0...11))
        #expect(codes(EvidenceKind.self) == Array(0...5))
        #expect(codes(ChecklistItem.self) == Array(0...7))
        #expect(codes(Anger.self) == [0, 1, 2, 3])
        #expect(codes(SpecialNeed.self) == [0, 1, 2, 3, 4])
        #expect(codes(ServiceLine.self) == Array(0...5))
        #expect(codes(Channel.self) == Array(0...5))
        #expect(codes(Harm.self) == Array(0...5))
        #expect(codes(ClockKind.self) == Array(0...4))
        #expect(codes(PauseReason.self) == [0, 1, 2])
        #expect(codes(EscalationAudience.self) == [0, 1])
        for stage in Stage.ordered { #expect(Stage.from(code: stage.storageCode) == stage) }
    }

    private func copy(_ field: GateField, from source: AdvanceFields, to target: inout AdvanceFields) {
        switch field {
        case .eta: target.eta = source.eta
        case .etaReason: target.etaReason = source.etaReason
        case .assignee: target.assignee = source.assignee
        case .grade: target.grade = source.grade
        case .cause: target.cause = source.cause
        case .findings: target.findings = source.findings
        case .reason: target.reason = source.reason
        case .resolution: target.resolution = source.resolution
        case .amount: target.amount = source.amount
        case .details: target.details = source.details
        case .score: target.score = source.score
        case .comment: target.comment = source.comment
        case .unreachable: target.unreachable = source.unreachable
        case .outcome: target.outcome = source.outcome
        case .remedy: target.remedies = source.remedies
        case .calls: target.calls = source.calls
        case .lowScoreReason: target.lowScoreReason = source.lowScoreReason
        case .escalate: target.escalate = source.escalate
        }
    }
}
