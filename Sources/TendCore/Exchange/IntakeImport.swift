import Foundation

/// Reads complaints to take in from a CSV file (with a header row) or a JSON array of objects.
/// Every row is checked; if any is bad, all problems are reported with their line numbers and
/// nothing is imported.
public enum IntakeImport {
    public struct Problem: Sendable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    public struct Failure: Error, Sendable {
        public var problems: [Problem]
    }

    public static let fields = ["customer", "contact", "pet", "species", "breed", "service", "channel", "description",
                                "branch", "occurred_at", "grade", "cause", "special_needs", "special_needs_note", "served_by"]
    static let required = ["customer", "contact", "service", "channel", "description"]

    public static func read(path: String) throws -> [Intake] {
        try parse(try text(path: path))
    }

    /// A file to import, as text: a file that is not UTF-8 is refused here, whatever it holds.
    public static func text(path: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw Failure(problems: [Problem(line: 0, reason: "cannot read \(path) as UTF-8 text")])
        }
    }

    /// The complaints in a file's text, CSV or JSON by its first character.
    public static func parse(_ text: String) throws -> [Intake] {
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        let rows = trimmed.first == "[" ? try jsonRows(text) : try csvRows(text)
        var intakes: [Intake] = []
        var problems: [Problem] = []
        for (line, values) in rows {
            do {
                intakes.append(try intake(values))
            } catch let reason as Reason {
                problems.append(Problem(line: line, reason: reason.text))
            }
        }
        guard problems.isEmpty else { throw Failure(problems: problems) }
        guard !intakes.isEmpty else { throw Failure(problems: [Problem(line: 1, reason: "the file holds no complaints")]) }
        return intakes
    }

    private struct Reason: Error { let text: String }

    private static func csvRows(_ text: String) throws -> [(Int, [String: String])] {
        let rows: [CSV.Row]
        do {
            rows = try CSV.parse(text)
        } catch let error as CSV.SyntaxError {
            throw Failure(problems: [Problem(line: error.line, reason: error.reason)])
        }
        guard let header = rows.first else { return [] }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if let unknown = names.first(where: { !fields.contains($0) }) {
            throw Failure(problems: [Problem(line: header.line, reason: "unknown column \(SafeText.quoted(unknown)); columns are: \(fields.joined(separator: ", "))")])
        }
        if let missing = required.first(where: { !names.contains($0) }) {
            throw Failure(problems: [Problem(line: header.line, reason: "the header has no \"\(missing)\" column")])
        }
        var out: [(Int, [String: String])] = []
        var problems: [Problem] = []
        for row in rows.dropFirst() {
            guard row.fields.count == names.count else {
                problems.append(Problem(line: row.line, reason: "\(row.fields.count) fields where the header has \(names.count)"))
                continue
            }
            out.append((row.line, Dictionary(uniqueKeysWithValues: zip(names, row.fields))))
        }
        guard problems.isEmpty else { throw Failure(problems: problems) }
        return out
    }

    private static func jsonRows(_ text: String) throws -> [(Int, [String: String])] {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw Failure(problems: [Problem(line: 1, reason: "not valid JSON (\((error as NSError).userInfo["NSDebugDescription"] ?? error.localizedDescription))")])
        }
        guard let items = parsed as? [Any] else {
            throw Failure(problems: [Problem(line: 1, reason: "expected a JSON array of complaint objects")])
        }
        let lines = elementLines(text)
        var out: [(Int, [String: String])] = []
        var problems: [Problem] = []
        for (index, item) in items.enumerated() {
            let line = index < lines.count ? lines[index] : 1
            guard let object = item as? [String: Any] else {
                problems.append(Problem(line: line, reason: "expected an object"))
                continue
            }
            var values: [String: String] = [:]
            for (key, value) in object {
                guard fields.contains(key) else {
                    problems.append(Problem(line: line, reason: "unknown field \(SafeText.quoted(key))"))
                    continue
                }
                switch value {
                case let text as String: values[key] = text
                case let number as NSNumber:
                    // true/false arrive as 1/0, which special_needs accepts.
                    values[key] = number.stringValue
                case is NSNull: break
                default: problems.append(Problem(line: line, reason: "\(key) must be text"))
                }
            }
            out.append((line, values))
        }
        guard problems.isEmpty else { throw Failure(problems: problems) }
        return out
    }

    /// The line each top-level array element starts on (JSONSerialization gives no positions).
    static func elementLines(_ text: String) -> [Int] {
        var lines: [Int] = []
        var line = 1, depth = 0
        var inString = false, escaped = false, expectingValue = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            let isSpace = byte == 32 || byte == 9 || byte == 10 || byte == 13
            if depth == 1 && expectingValue && !isSpace && byte != UInt8(ascii: "]") {
                lines.append(line)
                expectingValue = false
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if depth == 1 { expectingValue = true }
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ","): if depth == 1 { expectingValue = true }
            default: break
            }
        }
        return lines
    }

    private static func intake(_ values: [String: String]) throws -> Intake {
        func value(_ key: String) -> String { (values[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        for key in required where value(key).isEmpty { throw Reason(text: "\(key) is empty") }
        guard let service = ServiceLine.parse(value("service")) else {
            throw Reason(text: "service \(SafeText.quoted(value("service"))) is not one of \(ServiceLine.identifiers)")
        }
        guard let channel = Channel.parse(value("channel")) else {
            throw Reason(text: "channel \(SafeText.quoted(value("channel"))) is not one of \(Channel.identifiers)")
        }
        var grade = Grade.general
        if !value("grade").isEmpty {
            guard let parsed = Grade.parse(value("grade")) else { throw Reason(text: "grade \(SafeText.quoted(value("grade"))) is not one of \(Grade.identifiers)") }
            grade = parsed
        }
        var cause: Cause?
        if !value("cause").isEmpty {
            guard let parsed = Cause.parse(value("cause")) else { throw Reason(text: "cause \(SafeText.quoted(value("cause"))) is not one of \(Cause.identifiers)") }
            cause = parsed
        }
        var occurred: Date?
        if !value("occurred_at").isEmpty {
            do {
                occurred = try TimeText.readInstant(value("occurred_at"), field: "occurred_at").roundedToStore
            } catch .instantOutOfRange {
                throw Reason(text: InputRefusal.instantOutOfRange(field: "occurred_at", text: value("occurred_at")).message(.en))
            } catch {
                throw Reason(text: "occurred_at \(SafeText.quoted(value("occurred_at"))) is not a date such as 2026-11-20T15:30")
            }
        }
        guard let needs = SpecialNeed.parseList(value("special_needs")) else {
            throw Reason(text: "special_needs must be yes, no or the needs (\(SpecialNeed.identifiers)), such as \"hearing, elderly\"")
        }
        return Intake(
            customer: Customer(name: value("customer"), contact: value("contact"),
                               specialNeeds: needs.flagged, needs: needs.needs, specialNeedsNote: value("special_needs_note")),
            pet: Pet(name: value("pet"), species: value("species"), breed: value("breed")),
            service: service, branch: value("branch"), channel: channel, description: value("description"),
            occurredAt: occurred, grade: grade, cause: cause, servedBy: value("served_by"))
    }
}
