import TOMLKit

/// One table of a `TOMLDocument`, read value by value. A value of the wrong type is refused with
/// the caller's own words at the value's line; a value that is absent is nil.
public struct TOMLSection {
    public let table: TOMLTable
    /// The name the line finder knows the table by: "sla.general", "staff#2"; nil for the root.
    public let name: String?
    let path: String
    let lines: TOMLLineFinder

    public subscript(key: String) -> TOMLValueConvertible? { table[key] }

    /// A refusal at the line of `key` in this table (at the table's header when `key` is nil).
    public func fail(_ key: String?, _ reason: String) -> FileLineError {
        FileLineError(path: path, line: lines.line(table: name, key: key), reason: reason)
    }

    /// Refuses the first key that is not `allowed`, in the words `reason` gives for it.
    public func onlyKeys(_ allowed: some Sequence<String>, else reason: (String) -> String) throws {
        let allowed = Set(allowed)
        for key in table.keys where !allowed.contains(key) {
            throw fail(key, reason(key))
        }
    }

    public func bool(_ key: String, else reason: @autoclosure () -> String) throws -> Bool? {
        try value(key, \.bool, else: reason())
    }

    public func string(_ key: String, else reason: @autoclosure () -> String) throws -> String? {
        try value(key, \.string, else: reason())
    }

    public func int(_ key: String, else reason: @autoclosure () -> String) throws -> Int? {
        try value(key, \.int, else: reason())
    }

    public func array(_ key: String, else reason: @autoclosure () -> String) throws -> TOMLArray? {
        try value(key, \.array, else: reason())
    }

    /// The table `[name.key]` below this one.
    public func section(_ key: String, else reason: @autoclosure () -> String) throws -> TOMLSection? {
        try value(key, \.table, else: reason()).map { TOMLSection(table: $0, name: name.map { "\($0).\(key)" } ?? key, path: path, lines: lines) }
    }

    /// One entry of a `[[key]]` array: `value` at `index`, which must be a table.
    public func entry(_ key: String, _ index: Int, _ value: TOMLValueConvertible, else reason: String) throws -> TOMLSection {
        let entry = TOMLSection(table: value.table ?? TOMLTable(), name: "\(key)#\(index)", path: path, lines: lines)
        guard value.table != nil else { throw entry.fail(nil, reason) }
        return entry
    }

    private func value<T>(_ key: String, _ read: (TOMLValueConvertible) -> T?, else reason: @autoclosure () -> String) throws -> T? {
        guard let raw = table[key] else { return nil }
        guard let value = read(raw) else { throw fail(key, reason()) }
        return value
    }
}
