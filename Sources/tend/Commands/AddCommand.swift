import ArgumentParser
import Foundation
import TendCore

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Take in a new complaint; prints its ID.")

    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions

    @Option(help: "Customer's name.") var customer: String
    @Option(help: "Customer's phone or email.") var contact: String
    @Option(help: "Pet's name.") var pet: String = ""
    @Option(help: "Pet's species (dog, cat…).") var species: String = ""
    @Option(help: "Pet's breed.") var breed: String = ""
    @Option(help: "Service line: grooming, boarding, training, medical, retail, other.") var service: String
    @Option(help: "Channel: phone, chat, email, social, store, priority.") var channel: String
    @Option(help: "What happened, in the customer's words.") var description: String
    @Option(help: "Branch or store.") var branch: String = ""
    @Option(help: "Who served the pet: the groomer, trainer, vet or carer, if known (a repeat complaint about them is pointed out).")
    var servedBy: String = ""
    @Option(help: ArgumentHelp("When it happened (ISO 8601, or a duration ago such as 2h).", valueName: "time")) var occurred: String?
    @Option(help: "Provisional grade: general, significant, serious, critical (default general, or the suggestion's with --triage).") var grade: String?
    @Option(help: "Cause category, if already clear.") var cause: String?
    @Option(help: "Harm to the pet: none, distress, ill, injured, lost, died (ill makes the complaint at least serious; injured, lost or died, critical).")
    var harm: String?
    @Flag(help: "Take the triage suggestion for what is not given (grade no lower than suggested, harm, cause, the customer's anger). Without it the suggestion is only shown and recorded.")
    var triage = false
    @Flag(help: "Elderly or disabled customer: flagged and served first.") var specialNeeds = false
    @Option(name: .customLong("need"), help: ArgumentHelp("A need of the customer's, served first and answered with scripts for it: hearing, sight, elderly, mobility, language (repeat, or separate by commas).", valueName: "need"))
    var needs: [String] = []
    @Option(help: "What the customer needs (large print, interpreter…).") var specialNeedsNote: String = ""

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            var occurredAt: Date?
            if let occurred {
                // A duration here counts back from now: "2h" is two hours ago.
                occurredAt = try TimeText.readMoment(occurred, now: session.now, field: "--occurred", ago: true).roundedToStore
            }
            let intake = Intake(
                customer: Customer(name: customer, contact: contact, specialNeeds: specialNeeds || !specialNeedsNote.isEmpty,
                                   needs: try parseVocabularyList(needs, "--need"), specialNeedsNote: specialNeedsNote),
                pet: Pet(name: pet, species: species, breed: breed),
                service: try parseVocabulary(service, "service"), branch: branch,
                channel: try parseVocabulary(channel, "channel"), description: description, occurredAt: occurredAt,
                grade: try grade.map { try parseVocabulary($0, "grade") } ?? .general, cause: try cause.map { try parseVocabulary($0, "cause") },
                servedBy: servedBy)
            let givenHarm: Harm? = try harm.map { try parseVocabulary($0, "harm") }
            // The complaint's words are read as the console's intake form reads them; the
            // suggestion is kept on the timeline beside what was decided.
            let decision = TriageDecision(Triage(try TriageRulesFile.load(storeDirectory: session.store.directory)).suggest(description))
            let (taken, judgement) = decision.apply(to: intake, harm: givenHarm, take: triage)
            if !triage, decision.differs(from: intake, harm: givenHarm ?? .none) {
                Output.warn(session.lang.pick("Triage suggests \(decision.summary(.en)); not taken: add --triage to take it.",
                                              "分级建议：\(decision.summary(.zh))；未采用：加 --triage 可采用。"))
            }
            defer { session.reportNotices() }
            let request = change.request
            let added = try session.tellingHowToRetry(request) {
                try session.store.receive(taken, judgement: judgement, as: session.actor, at: session.now, request: request,
                                          fingerprint: change.fingerprint, fresh: change.requestID == nil).after
            }
            print(added.id)
            // A returning customer is pointed out as the console's intake form does, on standard
            // error so that standard output stays the new ID.
            let desk = session.store.desk
            // The links made when it came in are the customer's newest complaints: named from them,
            // without reading the desk again.
            if let banner = CustomerHistory.banner(desk.customers.matches(among: added.related, for: added, on: desk), now: session.now,
                                                   service: added.intake.service, session.lang) {
                Output.warn("\(added.id): " + banner)
            }
        }
    }
}
