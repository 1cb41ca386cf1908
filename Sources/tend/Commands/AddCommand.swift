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
    @Option(help: ArgumentHelp("When it happened (ISO 8601, or a duration ago such as 2h).", valueName: "time")) var occurred: String?
    @Option(help: "Provisional grade: general, significant, serious, critical.") var grade: String = "general"
    @Option(help: "Cause category, if already clear.") var cause: String?
    @Option(help: "Harm to the pet: none, distress, ill, injured, lost, died (ill makes the complaint at least serious; injured, lost or died, critical).")
    var harm: String = "none"
    @Flag(help: "Elderly or disabled customer: flagged and served first.") var specialNeeds = false
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
                                   specialNeedsNote: specialNeedsNote),
                pet: Pet(name: pet, species: species, breed: breed),
                service: try parseVocabulary(service, "service"), branch: branch,
                channel: try parseVocabulary(channel, "channel"), description: description, occurredAt: occurredAt,
                grade: try parseVocabulary(grade, "grade"), cause: try cause.map { try parseVocabulary($0, "cause") })
            defer { session.reportNotices() }
            let request = change.request
            print(try session.tellingHowToRetry(request) {
                try session.store.receive(intake, judgement: IntakeJudgement(harm: try parseVocabulary(harm, "harm")), as: session.actor, at: session.now, request: request,
                                          fingerprint: change.fingerprint, fresh: change.requestID == nil).after.id
            })
        }
    }
}
