/// TOMLKit reports lines for syntax errors only. For a value that parses but makes no sense we find
/// its line ourselves: the `key =` line inside the named table (or the n-th `[[array]]` entry).
public struct TOMLLineFinder {
    private let lines: [Substring]

    public init(source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// `table` is the dotted header ("sla.general") or "staff#2" for the third `[[staff]]`.
    public func line(table: String?, key: String? = nil) -> Int {
        var current = ""
        var arrayCounts: [String: Int] = [:]
        var headerLine: Int?
        for (index, raw) in lines.enumerated() {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("[[") && text.hasSuffix("]]") {
                let name = String(text.dropFirst(2).dropLast(2)).trimmingCharacters(in: .whitespaces)
                let n = arrayCounts[name, default: 0]
                arrayCounts[name] = n + 1
                current = "\(name)#\(n)"
            } else if text.hasPrefix("[") && text.hasSuffix("]") {
                current = String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
            } else if let key, current == (table ?? ""), text.hasPrefix(key) {
                let rest = text.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
                if rest.hasPrefix("=") { return index + 1 }
                continue
            } else {
                continue
            }
            if current == (table ?? "") && headerLine == nil { headerLine = index + 1 }
        }
        return headerLine ?? 1
    }
}

import Foundation
