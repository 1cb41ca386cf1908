/// How a front end names what a refusal points the user to. The core words the sentence; the
/// command line fills in `--eta 4h` and `tend reopen`, the console “Promised by” and `o`.
public protocol FrontEndTerms: Sendable {
    /// How to give this field's value: a flag with an example, or the form field's name.
    func entry(_ field: GateField, _ lang: Language) -> String
    /// How to take this action: a command, or a key.
    func action(_ name: TicketAction.Name, _ lang: Language) -> String
    /// How to give the reason a reopen or a mediation needs.
    func reason(_ lang: Language) -> String
}

/// Words without a front end: field labels in quotes, actions by name. For messages read outside
/// the command line and the console (logs, tests).
public struct PlainTerms: FrontEndTerms {
    public init() {}

    public func entry(_ field: GateField, _ lang: Language) -> String {
        lang.pick("“\(field.label.en)”", "「\(field.label.zh)」")
    }

    public func action(_ name: TicketAction.Name, _ lang: Language) -> String {
        lang.pick("“\(name.summary.en)”", "「\(name.summary.zh)」")
    }

    public func reason(_ lang: Language) -> String { lang.pick("“Reason”", "「原因」") }
}

/// A refusal that names fields or actions, so each front end can word it in its own terms.
public protocol TermedRefusal: Refusal {
    func message(_ lang: Language, terms: FrontEndTerms) -> String
}

extension TermedRefusal {
    public func message(_ lang: Language) -> String { message(lang, terms: PlainTerms()) }
}
