import Foundation
import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// The Chinese console speaks Chinese: no English words in what the core refuses with, what the
/// keys' help says, what the forms ask. Allowed: key names (as printed on keys), logins, ticket
/// IDs, currency codes and the example values a field takes (4h, 2026-11-23 10:00).
@Suite struct ChineseWordsTests {
    init() { ConsoleFixture.setUp() }

    /// The Latin words in a text that are not on the allowed list.
    func englishWords(_ text: String, allowing allowed: Set<String> = []) -> [String] {
        let keys: Set<String> = ["Enter", "Esc", "Tab", "Ctrl", "PgUp", "PgDn", "Home", "End", "F1", "F2", "y", "n", "Shift", "Backspace"]
        var words: [String] = []
        var current = ""
        for character in text + " " {
            if character.isASCII && character.isLetter { current.append(character); continue }
            if !current.isEmpty && !keys.contains(current) && !allowed.contains(current) && current.count > 1 { words.append(current) }
            current = ""
        }
        return words
    }

    static let money = Money(minorUnits: 100, currency: "CNY")
    static let refusals: [WorkflowError] = [
        .readOnly(role: .trainee), .notYourTicket(assignee: "li.hua"), .needsSupervisor(.approveCompensation),
        .needsSupervisor(.assignToOthers), .needsSupervisor(.readTrainingResults), .needsSupervisor(.lowerGrade), .alreadyClosed,
        .unknownStaff(login: "li.hua"), .cannotBeAssigned(login: "xiao.yu"), .alreadyAssigned(to: "li.hua"), .sameGrade(.general),
        .awaitingApproval(amount: money, ceiling: money), .awaitingApproval(amount: money, ceiling: money, granted: money),
        .nothingToApprove, .beyondAuthority(amount: money, ceiling: money), .beyondAuthority(amount: money, ceiling: money, approver: "li.hua"),
        .emptyText(.rejectionComment), .gateNeedsSupervisor(stage: .followUp, grade: .critical),
        .notInStage(required: [.closed], actual: .received), .reasonRequired, .emptyText(.note), .emptyText(.customer),
        .relatedToItself, .contactNotAllowed, .movedOn(expected: .received, actual: .acknowledged), .fieldsOfSeveralStages([.received, .resolving]),
    ] + GateField.allCases.flatMap { field in
        [GateRefusal.Problem.missing, .inPast, .outOfRange(9), .neededForGradeChange, .neededFor(.refund), .neededWithAmount,
         .wrongCurrency(expected: "CNY"), .notEnoughAttempts(made: 1, needed: 3), .rejected(by: "li.hua", comment: "太多")].map { WorkflowError.gate(GateRefusal(field, $0)) }
    }

    @Test func everyRefusalInTheConsolesChineseHasNoEnglish() {
        let allowed: Set<String> = ["li", "hua", "xiao", "yu", "CNY"]
        for refusal in Self.refusals {
            let text = refusal.message(.zh, terms: ConsoleTerms(role: .handler))
            #expect(englishWords(text, allowing: allowed).isEmpty, "\(text)")
        }
    }

    @Test func keysFormsAndActionsSpeakChinese() {
        var texts = Keymap.table.values.flatMap { $0.map { $0.help(.zh) } }
        texts += TicketAction.Name.allCases.map(\.summary.zh)
        texts += GateField.allCases.map(\.label.zh) + GateField.allCases.compactMap { $0.hint(currency: "CNY")?.zh }
        texts += Stage.ordered.map { StageSpec.of($0).purpose.zh }
        for text in texts {
            // Durations are typed as 4h, 30m, 2d: the examples a field takes are allowed.
            #expect(englishWords(text, allowing: ["CNY"]).isEmpty, "\(text)")
        }
    }

    /// The `:` words are typed as they are; what follows them is in the reader's language.
    @Test func theCommandLinesUsagesSpeakChinese() {
        for verb in CommandLineInput.verbs {
            let usage = verb.usage.zh.replacingOccurrences(of: verb.name, with: "")
            #expect(englishWords(usage, allowing: ["en", "zh"]).isEmpty, "\(verb.usage.zh)")
            #expect(englishWords(verb.help.zh).isEmpty, "\(verb.help.zh)")
        }
    }

    /// What each action says once done, in Chinese.
    @Test func everyOutcomeSpeaksChinese() throws {
        let policy = ConsoleFixture.policy
        let ticket = try #require(ConsoleFixture.desk.tickets.first { $0.stage == .resolving && $0.resolution?.approval == .pending }
                                  ?? ConsoleFixture.desk.tickets.first)
        let script = try #require(ConsoleFixture.library.scripts.first)
        let actions: [TicketAction] = [.take, .assign(to: "li.hua"), .advance(AdvanceFields()), .grade(.serious, reason: "原因"),
                                       .note("备注"), .approve(comment: ""), .reject(comment: "太多"), .reopen(reason: "原因"), .mediate(MediationReferral(party: .consumerAssociation, reason: "原因")),
                                       .followUpFailed(note: ""), .relate(to: TicketID(1001)), .anger(.angry), .reveal, .said(script)]
        for action in actions {
            let text = action.outcome(before: ticket, after: ticket, policy: policy, lang: .zh, terms: ConsoleTerms(role: .handler))
            // The script's title is library text; logins are allowed.
            let allowed = Set(["li", "hua", "CNY"] + (ticket.resolution?.proposedBy.split(separator: ".").map(String.init) ?? [])).union(Set(script.title.zh.split { !$0.isLetter }.map(String.init)))
            #expect(englishWords(text, allowing: allowed).isEmpty, "\(text)")
        }
    }
}
