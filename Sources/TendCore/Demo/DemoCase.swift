/// One demo complaint told whole, in Chinese and English: what the customer said, what the
/// investigation found, what the handler noted, what was done and how the follow-up call went.
/// A demo ticket takes one case and keeps every part of it; only the names, the pet, the branch,
/// the times and the stage it has reached vary.
struct DemoCase: Sendable {
    /// A short name for the story, for tests and for whoever edits the list.
    let name: String
    let service: ServiceLine
    let cause: Cause
    let grade: Grade
    let harm: Harm
    /// The pets it can happen to.
    let pets: [DemoSpecies]
    /// How a customer brings it (a special-needs customer may use the priority channel instead).
    let channels: [Channel]
    /// The customer's special need, when the case mentions one.
    let needs: DemoNeed?
    /// Where it happened, when the story names the place; otherwise any shop.
    let place: DemoBranch?
    /// The customer's words (spoken, as they would say them).
    let complaint: DemoText
    let findings: DemoText
    /// One or two notes: what the handler did or learned, in the order they were written.
    let notes: [DemoText]
    let resolution: DemoResolution
    let followUp: DemoFollowUp
    /// Why the customer came back, for a case that can be reopened after its low score.
    let reopen: DemoText?
    /// Why it went to a third party, for a case that can go to mediation.
    let mediation: DemoText?
    /// Indices into `DemoData.breeds` of the breeds of `pets`.
    let breeds: [Int]

    init(_ name: String, _ service: ServiceLine, _ cause: Cause, _ grade: Grade, harm: Harm = .none,
         pets: [DemoSpecies], channels: [Channel], needs: DemoNeed? = nil, place: DemoBranch? = nil,
         complaint: DemoText, findings: DemoText, notes: [DemoText], resolution: DemoResolution,
         followUp: DemoFollowUp, reopen: DemoText? = nil, mediation: DemoText? = nil) {
        self.name = name
        self.service = service
        self.cause = cause
        self.grade = grade
        self.harm = harm
        self.pets = pets
        self.channels = channels
        self.needs = needs
        self.place = place
        self.complaint = complaint
        self.findings = findings
        self.notes = notes
        self.resolution = resolution
        self.followUp = followUp
        self.reopen = reopen
        self.mediation = mediation
        breeds = DemoData.breeds.indices.filter { pets.contains(DemoData.breeds[$0].species) }
    }

    /// All the case's texts, for checks that every one is written in both languages.
    var texts: [DemoText] {
        var all = [complaint, findings, resolution.details] + notes
        switch followUp {
        case .reached(_, let comment): all.append(comment)
        case .unreachable(let note): all.append(note)
        }
        if let reopen { all.append(reopen) }
        if let mediation { all.append(mediation) }
        return all
    }
}
