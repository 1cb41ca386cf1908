import TendCore
import TendTerminal

/// How the console names what a refusal points to: the form's field, and the key that does it —
/// or, for a key this user's role may never use, who does it.
struct ConsoleTerms: FrontEndTerms {
    let role: Role

    func entry(_ field: GateField, _ lang: Language) -> String {
        lang.pick("“\(field.label.en)”", "「\(field.label.zh)」")
    }

    func reason(_ lang: Language) -> String { lang.pick("“Reason”", "「原因」") }

    func action(_ name: TicketAction.Name, _ lang: Language) -> String {
        switch name {
        case .followUpFailed:
            return lang.pick("“no answer” in the follow-up form", "回访表单中选「未接通」")
        case .said:
            return lang.pick("Enter in the script pane", "在话术窗格按 Enter")
        default:
            guard let key = Keymap.key(for: name) else { return lang.pick("“\(name.summary.en)”", "「\(name.summary.zh)」") }
            if case .needsSupervisor? = Workflow.refusal(for: role, name) {
                return lang.pick("a supervisor, with \(key)", "由主管按 \(key)")
            }
            return lang.pick("press \(key)", "按 \(key)")
        }
    }

    /// A refusal or failure in the console's words, for this user.
    static func describe(_ error: Error, _ lang: Language, role: Role) -> String {
        if let termed = error as? TermedRefusal { return termed.message(lang, terms: ConsoleTerms(role: role)) }
        return (error as? Refusal)?.message(lang) ?? error.localizedDescription
    }
}
