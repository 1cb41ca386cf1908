import TendCore
import TendTerminal

/// How the console names what a refusal points to: the form's field, and the key that does it.
struct ConsoleTerms: FrontEndTerms {
    func entry(_ field: GateField, _ lang: Language) -> String {
        // Outside the investigation's form a reason is just that: the reopen and grade forms call it so.
        let label = field == .reason ? Bilingual("Reason", "原因") : field.label
        return lang.pick("“\(label.en)”", "「\(label.zh)」")
    }

    func action(_ name: TicketAction.Name, _ lang: Language) -> String {
        switch name {
        case .followUpFailed:
            return lang.pick("“no answer” in the follow-up form", "回访表单中选「未接通」")
        case .said:
            return lang.pick("Enter in the script pane", "在话术窗格按 Enter")
        default:
            guard let key = Keymap.key(for: name) else { return lang.pick("“\(name.summary.en)”", "「\(name.summary.zh)」") }
            return lang.pick("press \(key)", "按 \(key)")
        }
    }

    /// A refusal or failure in the console's words.
    static func describe(_ error: Error, _ lang: Language) -> String {
        if let termed = error as? TermedRefusal { return termed.message(lang, terms: ConsoleTerms()) }
        return (error as? Refusal)?.message(lang) ?? error.localizedDescription
    }
}
