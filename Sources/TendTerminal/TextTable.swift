/// A plain-text table whose columns line up in cells, not characters, so Chinese names align.
public struct TextTable {
    public struct Column {
        public var title: String
        public var maxWidth: Int
        public var alignRight: Bool

        public init(_ title: String, maxWidth: Int = 40, alignRight: Bool = false) {
            self.title = title
            self.maxWidth = maxWidth
            self.alignRight = alignRight
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []

    public init(columns: [Column]) { self.columns = columns }

    public mutating func add(_ cells: [String]) { rows.append(cells.map(SafeText.line)) }

    public func render() -> String {
        var widths = columns.map { DisplayWidth.of($0.title) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = min(columns[index].maxWidth, max(widths[index], DisplayWidth.of(cell)))
            }
        }
        var out = line(columns.map(\.title), widths)
        for row in rows { out += line(row, widths) }
        return out
    }

    private func line(_ cells: [String], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (index, width) in widths.enumerated() {
            let cell = index < cells.count ? cells[index] : ""
            let last = index == widths.count - 1
            let fitted = DisplayWidth.truncate(cell, to: width)
            let pad = String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
            parts.append(columns[index].alignRight ? pad + fitted : (last ? fitted : fitted + pad))
        }
        return parts.joined(separator: "  ") + "\n"
    }
}
