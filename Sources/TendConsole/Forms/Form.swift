import TendCore
import TendTerminal

/// A small form over the panes: a title, a few lines saying what happens, the fields, and the
/// last problem found when it was submitted.
public struct Form: Sendable, Equatable {
    public let purpose: FormPurpose
    public let title: Bilingual
    public let intro: [Bilingual]
    public var fields: [FormField]
    public var focus = 0
    /// Why the last submission was refused, shown in the form until the next edit.
    public var error: String?
    /// Set by the first keystroke that changes a value: only then is there a draft to keep or
    /// a discard to confirm.
    public var edited = false
    /// The id under which a submission of this form is recorded. It is kept in the form's draft,
    /// so the same form submitted again (after a crash, a failed write) is recognised by the
    /// store and never applied twice.
    public var request = RequestID.make()
    /// The stage the ticket was in when the form was opened: an advance form is for that gate
    /// only, and is refused if the ticket has moved on since.
    public var openedOn: Stage?
    /// The ticket's timeline when the form was opened, or when what changed since was shown: a
    /// submission after someone else's change shows that change first.
    public var seen: TimelineMark?

    public init(purpose: FormPurpose, title: Bilingual, intro: [Bilingual] = [], fields: [FormField]) {
        self.purpose = purpose
        self.title = title
        self.intro = intro
        self.fields = fields
    }

    public enum Outcome: Equatable {
        case handled, submit, ignored
    }

    /// Keys in a form that the keymap's form table does not take (submit, cancel and Tab are
    /// there): editing keys go to the focused field; ↓ and ↑ move between fields; Enter moves on,
    /// or submits from the last field (in a multi-line field it breaks the line).
    public mutating func handle(_ key: Key, lang: Language) -> Outcome {
        guard fields.indices.contains(focus) else { return .ignored }
        let before = fields[focus]
        let used: Bool
        if case .choice = fields[focus].kind {
            used = fields[focus].choose(key, lang: lang)
        } else {
            used = fields[focus].input.edit(key)
        }
        if used {
            if fields[focus] != before {
                edited = true
                error = nil
            }
            return .handled
        }
        switch key {
        case .down: moveFocus(by: 1)
        case .up: moveFocus(by: -1)
        case .enter:
            if focus == fields.count - 1 { return .submit }
            moveFocus(by: 1)
        default: return .ignored
        }
        return .handled
    }

    public mutating func moveFocus(by step: Int) {
        guard !fields.isEmpty else { return }
        focus = (focus + step + fields.count) % fields.count
    }

    /// Sets a choice field to the option with this value (a suggestion taken); false when the
    /// form has no such field or option.
    @discardableResult
    public mutating func choose(_ id: String, value: String) -> Bool {
        guard let index = fields.firstIndex(where: { $0.id == id }),
              let option = fields[index].options.firstIndex(where: { $0.value == value }) else { return false }
        if fields[index].choiceIndex != option {
            fields[index].choiceIndex = option
            edited = true
        }
        return true
    }

    public func value(_ id: String) -> String {
        fields.first { $0.id == id }?.value ?? ""
    }

    public func trimmedValue(_ id: String) -> String? {
        let text = value(id).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// Values by field ID, for saving a draft.
    public var values: [String: String] {
        Dictionary(fields.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Brings back a draft of this form: its values, where the cursor was, and its request.
    public mutating func restore(_ draft: Draft) {
        restore(draft.values, focus: draft.focus)
        if let request = draft.request { self.request = request }
        if let stage = draft.openedOn { openedOn = stage }
    }

    public mutating func restore(_ values: [String: String], focus: Int) {
        for index in fields.indices {
            if let saved = values[fields[index].id] { fields[index].restore(saved) }
        }
        self.focus = min(max(0, focus), max(0, fields.count - 1))
        edited = true
    }
}
