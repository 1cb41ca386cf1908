import TendCore
import TendTerminal

/// One option of a choice field: the value the form submits and what the user reads.
public struct Choice: Sendable, Equatable {
    public let value: String
    public let label: Bilingual

    public init(_ value: String, _ label: Bilingual) {
        self.value = value
        self.label = label
    }

    /// The options of a domain vocabulary, in its order.
    public static func of<V: Vocabulary>(_ type: V.Type) -> [Choice] {
        V.ordered.map { Choice($0.rawValue, Bilingual($0.english, $0.chinese)) }
    }
}

/// One field of a form: free text (one line or several) or a choice from a list.
public struct FormField: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case line, lines, choice([Choice])
    }

    /// Stable name, used by the submission and by saved drafts.
    public let id: String
    public let label: Bilingual
    public let kind: Kind
    /// Greyed text under the field saying what it takes.
    public let hint: Bilingual?
    public var input: TextField
    public var choiceIndex: Int

    public init(_ id: String, _ label: Bilingual, kind: Kind, hint: Bilingual? = nil, text: String = "", choice: String? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.hint = hint
        input = TextField(text, multiline: kind == .lines)
        if case .choice(let options) = kind {
            choiceIndex = options.firstIndex { $0.value == choice } ?? 0
        } else {
            choiceIndex = 0
        }
    }

    public var options: [Choice] {
        if case .choice(let options) = kind { return options }
        return []
    }

    /// The field's value as the submission reads it: the text, or the chosen option's value.
    public var value: String {
        if case .choice(let options) = kind { return options.isEmpty ? "" : options[choiceIndex].value }
        return input.text
    }

    /// Puts a saved value back: text as typed, or the option with that value if it still exists.
    public mutating func restore(_ saved: String) {
        if case .choice(let options) = kind {
            if let index = options.firstIndex(where: { $0.value == saved }) { choiceIndex = index }
        } else {
            input.set(saved)
        }
    }

    /// Keys a choice field understands: ←/→ and Space step through the options, a letter jumps to
    /// the next option starting with it.
    mutating func choose(_ key: Key, lang: Language) -> Bool {
        let options = self.options
        guard !options.isEmpty else { return false }
        switch key {
        case .right, .character(" "):
            choiceIndex = (choiceIndex + 1) % options.count
        case .left:
            choiceIndex = (choiceIndex - 1 + options.count) % options.count
        case .character(let c):
            let letter = String(c).lowercased()
            for step in 1...options.count {
                let index = (choiceIndex + step) % options.count
                let option = options[index]
                if option.value.lowercased().hasPrefix(letter) || option.label.text(lang).lowercased().hasPrefix(letter) {
                    choiceIndex = index
                    break
                }
            }
        default:
            return false
        }
        return true
    }
}
