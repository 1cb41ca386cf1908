import Foundation

/// One thing a resolution gives the customer: a vet bill reimbursed, a fee waived, a written
/// apology. A resolution may combine several; the sum of their amounts is what authority checks.
/// A remedy may carry a promise of when it will be done ("transferred within three working
/// days"), which the desk then tracks until it is ticked done.
public struct Remedy: Sendable, Hashable {
    public var kind: ResolutionKind
    public var amount: Money?
    /// When it is promised to be done by; nil when nothing was promised beyond the resolution.
    public var due: Date?

    public init(kind: ResolutionKind, amount: Money? = nil, due: Date? = nil) {
        self.kind = kind
        self.amount = amount
        self.due = due
    }

    /// What the remedies come to, saturating (amounts read from outside cannot trap); nil when
    /// none has an amount.
    public static func sum(_ remedies: [Remedy]) -> Money? {
        let amounts = remedies.compactMap(\.amount)
        guard let currency = amounts.first?.currency else { return nil }
        return Money(minorUnits: amounts.reduce(0) { Money.saturatingSum($0, $1.minorUnits) }, currency: currency)
    }

    /// "reimbursement of a vet bill ¥600.00", "书面道歉".
    public func text(_ lang: Language) -> String {
        kind.name(lang) + (amount.map { " " + $0.formatted } ?? "")
    }
}

/// A remedy's promise on a ticket: made when the resolution took effect, kept when ticked done.
/// A promise past its time and not kept is a breach (`ClockKind.remedy`).
public struct RemedyPromise: Sendable, Hashable {
    public var remedy: Remedy
    public var due: Date
    /// Who ticked it done, when, and what they said (a transfer's reference, say).
    public var keptBy: String?
    public var keptAt: Date?
    public var keptNote = ""

    public init(remedy: Remedy, due: Date) {
        self.remedy = remedy
        self.due = due
    }

    public var isKept: Bool { keptBy != nil }
}
