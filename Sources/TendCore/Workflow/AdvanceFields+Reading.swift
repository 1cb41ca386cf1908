import Foundation

extension AdvanceFields {
    /// Sets a gate field from text as typed in a form or on the command line, read by the field's
    /// kind (`GateField.Kind`). Empty text leaves the field unset. `name` is what the user knows
    /// the field as (`--amount`, “Amount”), for the refusal of text that cannot be read.
    public mutating func set(_ field: GateField, text: String, policy: Policy, now: Date, name: String) throws(InputRefusal) {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return }
        func word<V: Vocabulary>(_ type: V.Type) throws(InputRefusal) -> V {
            guard let value = V.parse(text) else { throw .notOneOf(field: name, text: text, words: V.identifiers) }
            return value
        }
        switch field {
        case .eta: eta = try TimeText.readMoment(text, now: now, field: name).roundedToStore
        case .assignee: assignee = text
        case .grade: grade = try word(Grade.self)
        case .cause: cause = try word(Cause.self)
        case .findings: findings = text
        case .reason: reason = text
        case .etaReason: etaReason = text
        case .resolution: resolution = try word(ResolutionKind.self)
        case .amount: amount = try Money.read(text, currency: policy.currency, field: name)
        case .details: details = text
        case .remedy: remedies += try RemedyText.readLines(text, currency: policy.currency, now: now, zone: policy.zone, field: name)
        case .calls:
            var moments: [Date] = []
            for part in text.split(whereSeparator: { ",，、;；\n".contains($0) }) where !part.trimmingCharacters(in: .whitespaces).isEmpty {
                moments.append(try TimeText.readMoment(part.trimmingCharacters(in: .whitespaces), now: now, field: name).roundedToStore)
            }
            calls = moments.sorted()
        case .lowScoreReason: lowScoreReason = text
        case .escalate: escalate = ["yes", "true", "1", "是"].contains(text.lowercased())
        case .score:
            guard case .score(let range) = field.kind else { return }
            guard let value = Int(text) else { throw .notANumber(field: name, text: text) }
            guard range.contains(value) else {
                throw .numberOutOfRange(field: name, value: text, lowest: Int64(range.lowerBound), highest: Int64(range.upperBound))
            }
            score = value
        case .comment: comment = text
        case .unreachable: unreachable = ["yes", "true", "1", "是"].contains(text.lowercased())
        case .outcome: outcome = text
        }
    }

    /// Says a flag field (`--unreachable`, the form's choice of it).
    public mutating func set(flag field: GateField) {
        if field == .unreachable { unreachable = true }
        if field == .escalate { escalate = true }
    }
}
