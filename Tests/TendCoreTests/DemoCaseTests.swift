import Foundation
import Testing
@testable import TendCore

/// The demo desk's stories: each case agrees with itself, and each generated ticket keeps every
/// part of the one case it tells.
@Suite struct DemoCaseTests {
    let f = Fixture()
    static let cases = DemoCases.all

    @Test func everyCaseHasAGradeItsHarmAllows() {
        for story in Self.cases {
            #expect(story.grade >= story.harm.minimumGrade, "\(story.name): \(story.harm) needs \(story.harm.minimumGrade), has \(story.grade)")
        }
    }

    @Test func everyTextIsWrittenInChineseAndInEnglish() {
        func isHan(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }
        for story in Self.cases {
            for text in story.texts {
                #expect(!text.zh.trimmingCharacters(in: .whitespaces).isEmpty && !text.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(story.name)")
                #expect(text.zh.unicodeScalars.contains(where: isHan), "\(story.name): not Chinese: \(text.zh)")
                #expect(!text.en.unicodeScalars.contains(where: isHan), "\(story.name): not English: \(text.en)")
                // A pet named in one language is named in the other.
                #expect(text.zh.contains(DemoText.placeholder) == text.en.contains(DemoText.placeholder), "\(story.name): {pet} in one language only: \(text.en)")
            }
            #expect((1...2).contains(story.notes.count), "\(story.name): \(story.notes.count) notes")
            #expect(!story.pets.isEmpty && !story.channels.isEmpty && !story.channels.contains(.priority), "\(story.name)")
        }
    }

    @Test func theNamesAndComplaintsAreEachOne() {
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
        // A ticket's complaint leads back to exactly one case.
        #expect(Set(Self.cases.map(\.complaint.zh)).count == Self.cases.count)
        #expect(Set(Self.cases.map(\.complaint.en)).count == Self.cases.count)
        #expect((25...35).contains(Self.cases.count))
    }

    @Test func everyAmountIsWhereItsKindNeedsOneAndIsPlausible() {
        let topCeiling = f.policy.ceiling(for: f.supervisor)
        for story in Self.cases {
            let resolution = story.resolution
            for remedy in resolution.remedies {
                #expect(remedy.kind.needsAmount == (remedy.amount != nil), "\(story.name): \(remedy.kind) with \(String(describing: remedy.amount))")
                #expect((remedy.amount ?? 1) > 0, "\(story.name)")
                if remedy.kind == .voucher { #expect((5_000...10_000).contains(remedy.amount!), "\(story.name): voucher \(remedy.amount!)") }
            }
            #expect(resolution.kind == resolution.remedies[0].kind)
            #expect((resolution.total ?? 0) <= topCeiling, "\(story.name): above every supervisor")
            // Vet bills paid back and compensation paid out: hundreds to a few thousand yuan.
            let paid = resolution.remedies.filter { [.reimbursement, .compensation].contains($0.kind) }.compactMap(\.amount)
            #expect(paid.allSatisfy { (30_000...300_000).contains($0) }, "\(story.name)")
            // A pet harmed is paid for, or its fee given back; nothing else gives money for nothing said.
            if story.harm >= .ill { #expect(resolution.total != nil, "\(story.name)") }
        }
    }

    @Test func everyFollowUpFitsItsCase() {
        for story in Self.cases {
            if let score = story.followUp.score { #expect((1...5).contains(score), "\(story.name)") }
            // Reopened after a low score; a pet that died is never a happy follow-up.
            if story.reopen != nil { #expect((story.followUp.score ?? 5) <= 2, "\(story.name)") }
            if story.harm == .died { #expect((story.followUp.score ?? 0) <= 2, "\(story.name)") }
        }
        #expect(Self.cases.contains { $0.followUp.score == nil })
        #expect(Set(Self.cases.compactMap(\.followUp.score)) == Set(1...5))
    }

    @Test func theCasesCoverEveryVocabulary() {
        #expect(Set(Self.cases.map(\.service)) == Set(ServiceLine.allCases))
        #expect(Set(Self.cases.map(\.cause)) == Set(Cause.allCases))
        #expect(Set(Self.cases.map(\.harm)) == Set(Harm.allCases))
        #expect(Set(Self.cases.map(\.grade)) == Set(Grade.allCases))
        #expect(Set(Self.cases.flatMap(\.channels)) == Set(Channel.allCases).subtracting([.priority]))
        let kinds: Set<ResolutionKind> = [.apology, .explanation, .redo, .voucher, .discount, .partialRefund, .refund, .waiver, .addedService, .mediation]
        #expect(kinds.isSubset(of: Self.cases.map(\.resolution.kind)))
        #expect(Set(ResolutionKind.allCases).isSubset(of: Self.cases.flatMap { $0.resolution.remedies.map(\.kind) }))
        #expect(Set(Self.cases.flatMap(\.pets)) == Set(DemoSpecies.allCases))
        #expect(Set(Self.cases.compactMap(\.needs)) == [.elderly, .hearingImpaired])
        #expect(!DemoCases.mediated.isEmpty && !DemoCases.reopened.isEmpty)
    }

    /// The case a ticket tells, found by its complaint in the ticket's language with its pet's name.
    static func story(of ticket: Ticket) -> (DemoCase, chinese: Bool)? {
        for chinese in [true, false] {
            let found = cases.filter { $0.complaint.text(chinese: chinese, petName: ticket.pet.name) == ticket.intake.description }
            if found.count == 1 { return (found[0], chinese) }
        }
        return nil
    }

    /// On the old demo desk, complaints, findings, notes and resolutions were drawn apart: a torn
    /// bag of cat food was found to be a double billing. Each ticket now keeps its case whole.
    @Test func everyTicketTellsOneCaseWhole() throws {
        let desk = DemoDesk.generate(tickets: 500, seed: 42, now: Fixture.now, policy: f.policy)
        for ticket in desk.tickets {
            let (story, chinese) = try #require(Self.story(of: ticket), "\(ticket.id): \(ticket.intake.description)")
            func say(_ text: DemoText) -> String { text.text(chinese: chinese, petName: ticket.pet.name) }
            let label = "\(ticket.id) (\(story.name))"
            #expect(ticket.intake.service == story.service && ticket.harm == story.harm, "\(label)")
            #expect(story.pets.map { chinese ? $0.zh : $0.en }.contains(ticket.pet.species), "\(label): a \(ticket.pet.species)")
            let branches = (story.place.map { [$0] } ?? DemoBranch.shops).map { $0.name(chinese: chinese) }
            #expect(branches.contains(ticket.intake.branch), "\(label): branch \(ticket.intake.branch)")
            #expect(ticket.intake.channel == .priority || story.channels.contains(ticket.intake.channel), "\(label)")
            if let needs = story.needs {
                #expect(ticket.customer.specialNeeds && ticket.customer.specialNeedsNote == (chinese ? needs.note.zh : needs.note.en), "\(label)")
            }
            if let cause = ticket.cause { #expect(cause == story.cause, "\(label)") }
            if !ticket.findings.isEmpty {
                #expect(ticket.findings == say(story.findings), "\(label): findings \(ticket.findings)")
                #expect(ticket.grade == story.grade, "\(label)")
            }
            if let resolution = ticket.resolution {
                #expect(resolution.kind == story.resolution.kind, "\(label)")
                #expect(resolution.amount?.minorUnits == story.resolution.total, "\(label)")
                #expect(resolution.remedies.map(\.kind) == story.resolution.remedies.map(\.kind), "\(label)")
                #expect(resolution.remedies.map { $0.amount?.minorUnits } == story.resolution.remedies.map(\.amount), "\(label)")
                // Money transferred back is promised within three working days; nothing else is.
                #expect(resolution.remedies.map { $0.due != nil } == story.resolution.remedies.map(\.isPromised), "\(label)")
                #expect(resolution.details == say(story.resolution.details), "\(label): details \(resolution.details)")
            }
            for entry in ticket.timeline {
                switch entry.event {
                case .noteAdded(let text): #expect(story.notes.map(say).contains(text), "\(label): note \(text)")
                case .followUpFailed(let note, _):
                    guard case .unreachable(let expected) = story.followUp else { Issue.record("\(label): a failed call"); break }
                    #expect(note == say(expected), "\(label)")
                case .closed(let score, let comment):
                    switch story.followUp {
                    case .reached(let expected, let words): #expect(score == expected && comment == say(words), "\(label): closed \(String(describing: score)) \(comment)")
                    case .unreachable: #expect(score == nil, "\(label): closed with a score")
                    }
                case .mediationReferred(let referral): #expect(story.mediation.map(say) == referral.reason, "\(label): mediation \(referral.reason)")
                case .reopened(let reason): #expect(story.reopen.map(say) == reason, "\(label): reopened \(reason)")
                default: break
                }
            }
        }
    }

    @Test func aDeskOf500HasEveryServiceCauseHarmAndGrade() {
        let tickets = DemoDesk.generate(tickets: 500, seed: 42, now: Fixture.now, policy: f.policy).tickets
        #expect(Set(tickets.map(\.intake.service)) == Set(ServiceLine.allCases))
        #expect(Set(tickets.compactMap(\.cause)) == Set(Cause.allCases))
        #expect(Set(tickets.map(\.harm)) == Set(Harm.allCases))
        #expect(Set(tickets.map(\.grade)) == Set(Grade.allCases))
        #expect(Set(tickets.map(\.intake.channel)) == Set(Channel.allCases))
        // Both languages, with the branch in the ticket's own.
        #expect(tickets.contains { $0.intake.branch == "朝阳店" } && tickets.contains { $0.intake.branch == "Chaoyang branch" })
    }

    /// Time runs forward on every ticket, even one whose steps are minutes apart.
    @Test func everyTimelineRunsForward() {
        let desk = DemoDesk.generate(tickets: 500, seed: 42, now: Fixture.now, policy: f.policy)
        for ticket in desk.tickets {
            let times = ticket.timeline.map(\.at)
            #expect(times == times.sorted(), "\(ticket.id)")
        }
    }
}
