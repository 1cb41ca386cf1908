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

    /// A row for a spreadsheet: every value made safe as a `cell`, then quoted as RFC 4180 asks.
    public static func line(_ values: [String]) -> String { values.map { quote(cell($0)) }.joined(separator: ",") + "\n" }

    /// A value as a spreadsheet may safely read it. Control characters are made visible (line
    /// breaks kept). A value a spreadsheet would run as a formula gets an apostrophe in front, as
    /// OWASP's CSV-injection guidance and spreadsheet-safe exporters do: one starting with a tab
    /// or a line break, or whose first visible character is = + - @ (or their full-width forms,
    /// which some spreadsheets read the same way). A plain number such as -12.50 is left as it
    /// is, as Oracle APEX and defusedcsv do: no spreadsheet runs it, and an amount should stay a
    /// number.
    public static func cell(_ value: String) -> String {
        let shown = SafeText.block(value)
        return startsAFormula(value) ? "'" + shown : shown
    }

    private static func startsAFormula(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first else { return false }
        if first == "\t" || first == "\r" || first == "\n" { return true }
        let visible = value.unicodeScalars.first { !$0.properties.isWhitespace && $0.properties.generalCategory != .format }
        guard let visible, "=+-@＝＋－＠".unicodeScalars.contains(visible) else { return false }
        return !isPlainNumber(value)
    }

    /// "-7", "-12.50": a minus, digits, and at most one decimal point followed by digits.
    private static func isPlainNumber(_ value: String) -> Bool {
        let parts = value.utf8.dropFirst(value.hasPrefix("-") ? 1 : 0).split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { (48...57).contains($0) } }
    }
}
