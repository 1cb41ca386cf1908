/// Form field ids and choice values that were renamed after drafts were first kept, old → new.
/// A draft is read through this table, so one left by an earlier version comes back into the
/// renamed field instead of being quietly dropped.
enum DraftRenames {
    static let fields = ["specialNeeds": "special_needs", "specialNeedsNote": "special_needs_note"]
    /// Per field (by its new id): old choice value → new.
    static let choices = ["result": ["noAnswer": "no_answer"]]

    static func current(_ values: [String: String]) -> [String: String] {
        var out: [String: String] = [:]
        for (id, value) in values {
            let name = fields[id] ?? id
            // A value already under the new id is the newer one.
            if name != id && values[name] != nil { continue }
            out[name] = choices[name]?[value] ?? value
        }
        return out
    }
}
