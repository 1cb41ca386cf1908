import Foundation

/// The customer who complained. `contact` is personal data: lists show it masked.
public struct Customer: Sendable, Hashable {
    public var name: String
    public var contact: String
    /// Elderly or disabled customer: served first; `needs` says which needs (none when only the
    /// flag was recorded), the note what they need in words (large print, a sign-language
    /// interpreter…).
    public var specialNeeds: Bool
    public var needs: Set<SpecialNeed>
    public var specialNeedsNote: String

    /// A customer with a need of some type is a special-needs customer, flagged or not.
    public init(name: String, contact: String, specialNeeds: Bool = false, needs: Set<SpecialNeed> = [], specialNeedsNote: String = "") {
        self.name = name
        self.contact = contact
        self.specialNeeds = specialNeeds || !needs.isEmpty
        self.needs = needs
        self.specialNeedsNote = specialNeedsNote
    }
}

public struct Pet: Sendable, Hashable {
    public var name: String
    public var species: String
    public var breed: String

    public init(name: String, species: String = "", breed: String = "") {
        self.name = name
        self.species = species
        self.breed = breed
    }
}

/// Everything recorded when a complaint is received (受理). Never changes afterwards, so one
/// shared instance serves the ticket and its `received` event (8 bytes each, not ~160: a million
/// tickets carry six events apiece).
public final class Intake: Sendable, Hashable {
    public let customer: Customer
    public let pet: Pet
    public let service: ServiceLine
    public let branch: String
    public let channel: Channel
    public let description: String
    /// When the thing complained about happened, if the customer said.
    public let occurredAt: Date?
    /// The provisional grade; confirmed when the investigation is assessed.
    public let grade: Grade
    public let cause: Cause?
    /// Who served the pet (the groomer, trainer, vet or carer), as the customer or the branch
    /// names them; empty when not known. A repeat complaint about the same person is told at intake.
    public let servedBy: String

    public init(customer: Customer, pet: Pet, service: ServiceLine, branch: String = "", channel: Channel,
                description: String, occurredAt: Date? = nil, grade: Grade = .general, cause: Cause? = nil, servedBy: String = "") {
        self.customer = customer
        self.pet = pet
        self.service = service
        self.branch = branch
        self.channel = channel
        self.description = description
        self.occurredAt = occurredAt
        self.grade = grade
        self.cause = cause
        self.servedBy = servedBy
    }

    /// The same intake with some of it replaced (an intake never changes: a new one is made).
    func with(customer: Customer? = nil, grade: Grade? = nil, cause: Cause?? = nil, servedBy: String? = nil) -> Intake {
        Intake(customer: customer ?? self.customer, pet: pet, service: service, branch: branch, channel: channel,
               description: description, occurredAt: occurredAt, grade: grade ?? self.grade, cause: cause ?? self.cause,
               servedBy: servedBy ?? self.servedBy)
    }

    /// Served first: the priority channel or a customer flagged with special needs.
    public var isPriority: Bool { channel == .priority || customer.specialNeeds }

    public static func == (a: Intake, b: Intake) -> Bool {
        a === b || (a.customer == b.customer && a.pet == b.pet && a.service == b.service && a.branch == b.branch
            && a.channel == b.channel && a.description == b.description && a.occurredAt == b.occurredAt
            && a.grade == b.grade && a.cause == b.cause && a.servedBy == b.servedBy)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(customer)
        hasher.combine(description)
        hasher.combine(occurredAt)
    }
}
