import Foundation

/// TOMLKit reports lines for syntax errors only. For a value that parses but makes no sense we find
/// its line ourselves: the `key =` line inside the named table (or the n-th `[[array]]` entry).
/// Tables are named as a header writes them ("sla.general"), array entries "staff#2" for the third.
public struct TOMLLineFinder {
    private let lines: [Substring]
    /// Every header in the file, in order: (1-based line, table name).
    private let headers: [(line: Int, name: String)]
    /// The first header of each table.
    private let headerLines: [String: Int]

    public init(source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var found: [(line: Int, name: String)] = []
        var arrayCounts: [String: Int] = [:]
        // Only a line starting with "[" (perhaps indented) can be a header: most lines are passed over at once.
        for (index, raw) in lines.enumerated() where raw.first == "[" || raw.first == " " || raw.first == "\t" {
            let text = raw.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("["), text.hasSuffix("]") else { continue }
            let array = text.hasPrefix("[[") && text.hasSuffix("]]")
            let name = String(text.dropFirst(array ? 2 : 1).dropLast(array ? 2 : 1)).trimmingCharacters(in: .whitespaces)
            let n = arrayCounts[name, default: 0]
            if array { arrayCounts[name] = n + 1 }
            found.append((index + 1, array ? "\(name)#\(n)" : name))
        }
        headers = found
        headerLines = Dictionary(found.map { ($0.name, $0.line) }, uniquingKeysWith: { first, _ in first })
    }

    /// The line of the table's header, if it has one.
    public func header(_ table: String) -> Int? { headerLines[table] }

    /// The line of `key =` in `table` (nil: the root, above every header); failing that, the
    /// table's header; failing that, the first line.
    public func line(table: String?, key: String? = nil) -> Int {
        let name = table ?? ""
        if let key {
            // The root runs from the top to the first header; a table from its header to the next.
            let starts = (name.isEmpty ? [0] : []) + headers.filter { $0.name == name }.map(\.line)
            for start in starts {
                let end = headers.first { $0.line > start }?.line ?? lines.count + 1
                for index in start..<end - 1 {
                    let text = lines[index].trimmingCharacters(in: .whitespaces)
                    if text.hasPrefix(key), text.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") {
                        return index + 1
                    }
                }
            }
        }
        return headerLines[name] ?? 1
    }
}
