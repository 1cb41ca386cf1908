/// What a demo case settles on: the remedies, main one first, and the details the handler writes,
/// which say concretely what is done.
///
/// A ticket's resolution shows the main remedy's kind (`kind`) and the remedies' total (`total`).
struct DemoResolution: Sendable {
    let remedies: [DemoRemedy]
    let details: DemoText
    /// The main remedy's kind, which a resolution of several shows first.
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
