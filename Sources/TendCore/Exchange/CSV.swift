/// RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks. We parse it ourselves
/// because imports must report each bad row by the line it starts on.
public enum CSV {
    public struct Row: Sendable {
        public var line: Int
        public var fields: [String]
    }

    public struct SyntaxError: Error, Sendable {
        public var line: Int
        public var reason: String
    }

    public static func parse(_ text: String) throws -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var rowLine = 1
        var quoteOpenedAt = 1
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        func endRow() {
            fields.append(field)
            field = ""
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
            fields = []
        }
        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else {
                switch c {
                case "\"":
                    guard field.isEmpty else { throw SyntaxError(line: line, reason: "a quote inside an unquoted field") }
                    inQuotes = true
                    quoteOpenedAt = line
                case ",":
                    fields.append(field)
                    field = ""
                case "\r" where i + 1 < scalars.count && scalars[i + 1] == "\n":
                    break
                case "\n", "\r":
                    endRow()
                    line += 1
                    rowLine = line
                default:
                    field.unicodeScalars.append(c)
                }
            }
            i += 1
        }
        if inQuotes { throw SyntaxError(line: quoteOpenedAt, reason: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }

    public static func quote(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func line(_ values: [String]) -> String { values.map(quote).joined(separator: ",") + "\n" }
}
