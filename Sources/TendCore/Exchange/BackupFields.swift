import Foundation

/// One JSON object of a backup, read field by field: each read names the field it wanted when the
/// value is missing or of the wrong type, and `finish` refuses fields nobody asked for (a misspelt
/// field would otherwise be dropped without a word).
struct BackupFields {
    let object: [String: Any]
    /// The path of this object inside its entry ("data.customer"), to name fields fully.
    let path: String
    private var read: Set<String> = []

    init(_ value: Any?, path: String = "") throws(BackupReason) {
        guard let object = value as? [String: Any] else { throw path.isEmpty ? .notAnObject : .wrongType(field: path, expected: .object) }
        self.object = object
        self.path = path
    }

    private func name(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// The value, nil when the field is absent or null.
    private mutating func value(_ key: String) -> Any? {
        read.insert(key)
        guard let value = object[key], !(value is NSNull) else { return nil }
        return value
    }

    mutating func has(_ key: String) -> Bool { object[key] != nil }

    mutating func optionalText(_ key: String) throws(BackupReason) -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value as? String else { throw .wrongType(field: name(key), expected: .text) }
        return text
    }

    mutating func text(_ key: String) throws(BackupReason) -> String {
        guard let text = try optionalText(key) else { throw .missing(field: name(key)) }
        return text
    }

    /// Text that was required to be non-blank when it was recorded.
    mutating func filledText(_ key: String) throws(BackupReason) -> String {
        let text = try text(key)
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .emptyText(field: name(key)) }
        return text
    }

    mutating func flag(_ key: String) throws(BackupReason) -> Bool {
        guard let value = value(key) else { throw .missing(field: name(key)) }
        guard let number = value as? NSNumber, Self.isFlag(number) else { throw .wrongType(field: name(key), expected: .flag) }
        return number.boolValue
    }

    mutating func optionalNumber(_ key: String) throws(BackupReason) -> Int64? {
        guard let value = value(key) else { return nil }
        guard let number = value as? NSNumber, !Self.isFlag(number), let whole = Int64(exactly: number.doubleValue),
              number.int64Value == whole else { throw .wrongType(field: name(key), expected: .number) }
        return whole
    }

    mutating func list(_ key: String) throws(BackupReason) -> [Any] {
        guard let value = value(key) else { throw .missing(field: name(key)) }
        guard let list = value as? [Any] else { throw .wrongType(field: name(key), expected: .list) }
        return list
    }

    mutating func fields(_ key: String) throws(BackupReason) -> BackupFields {
        guard let value = value(key) else { throw .missing(field: name(key)) }
        return try BackupFields(value, path: name(key))
    }

    /// An identifier of a closed vocabulary, spelt exactly as exports write it.
    mutating func optionalWord<V: Vocabulary>(_ key: String, _ type: V.Type) throws(BackupReason) -> V? {
        guard let text = try optionalText(key) else { return nil }
        guard let word = V.ordered.first(where: { $0.rawValue == text }) else {
            throw .unknownValue(field: name(key), value: text, allowed: V.identifiers)
        }
        return word
    }

    mutating func word<V: Vocabulary>(_ key: String, _ type: V.Type) throws(BackupReason) -> V {
        guard let word = try optionalWord(key, type) else { throw .missing(field: name(key)) }
        return word
    }

    /// A list of identifiers; the store keeps such a list as a set in the vocabulary's order, so it is
    /// read that way and gives back what a reload would.
    mutating func words<V: Vocabulary>(_ key: String, _ type: V.Type) throws(BackupReason) -> [V] {
        var found: Set<V> = []
        for item in try list(key) {
            guard let text = item as? String else { throw .wrongType(field: name(key), expected: .text) }
            guard let word = V.ordered.first(where: { $0.rawValue == text }) else {
                throw .unknownValue(field: name(key), value: text, allowed: V.identifiers)
            }
            found.insert(word)
        }
        return V.ordered.filter(found.contains)
    }

    /// A list of free texts.
    mutating func texts(_ key: String) throws(BackupReason) -> [String] {
        var texts: [String] = []
        for item in try list(key) {
            guard let text = item as? String else { throw .wrongType(field: name(key), expected: .text) }
            texts.append(text)
        }
        return texts
    }

    mutating func optionalInstant(_ key: String) throws(BackupReason) -> Date? {
        guard let text = try optionalText(key) else { return nil }
        guard let date = TimeText.readISOMilliseconds(text) else { throw .badInstant(field: name(key), text: text) }
        guard (TimeText.earliest...TimeText.latest).contains(date) else { throw .instantOutOfRange(field: name(key), text: text) }
        return date
    }

    mutating func instant(_ key: String) throws(BackupReason) -> Date {
        guard let date = try optionalInstant(key) else { throw .missing(field: name(key)) }
        return date
    }

    /// Refuses any field not read (the first by name: a dictionary keeps no order).
    func finish() throws(BackupReason) {
        if let extra = object.keys.filter({ !read.contains($0) }).sorted().first { throw .unknownField(name(extra)) }
    }

    /// JSONSerialization gives true and false as NSNumbers of type char, and numbers never so.
    private static func isFlag(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }
}
