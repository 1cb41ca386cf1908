/// What a demo case settles on: the remedies, main one first, and the details the handler writes,
/// which say concretely what is done.
///
/// Today a resolution event carries one kind and one amount, so a ticket records the main
/// remedy's kind with the remedies' total (`kind`, `total`); once the core takes several
/// remedies in one resolution, `remedies` becomes that list as it stands.
struct DemoResolution: Sendable {
    let remedies: [DemoRemedy]
    let details: DemoText
    /// The main remedy's kind, for today's single `resolutionProposed`.
    let kind: ResolutionKind
    /// All the remedies' amounts together, in minor units; nil when none has one.
    let total: Int64?

    init(_ remedies: [DemoRemedy], _ details: DemoText) {
        precondition(!remedies.isEmpty, "a demo resolution needs a remedy")
        self.remedies = remedies
        self.details = details
        kind = remedies[0].kind
        let amounts = remedies.compactMap(\.amount)
        total = amounts.isEmpty ? nil : amounts.reduce(0, +)
    }
}
