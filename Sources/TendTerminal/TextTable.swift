import TendText

/// A plain-text table whose columns line up in cells, not characters, so Chinese names align.
public struct TextTable {
    public struct Column {
        public var title: String
        public var maxWidth: Int
        public var alignRight: Bool
        /// How narrow the column may get when the table must fit a terminal; nil: never narrowed.
        public var minWidth: Int?

        public init(_ title: String, maxWidth: Int = 40, alignRight: Bool = false, minWidth: Int? = nil) {
            self.title = title
            self.maxWidth = maxWidth
            self.alignRight = alignRight
            self.minWidth = minWidth
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []

    public init(columns: [Column]) { self.columns = columns }

    public mutating func add(_ cells: [String]) { rows.append(cells.map(SafeText.line)) }

    /// `width`: the terminal's width to fit into, narrowing the widest narrowable column first.
    public func render(width: Int? = nil) -> String {
        var widths = columns.map { DisplayWidth.of($0.title) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = min(columns[index].maxWidth, max(widths[index], DisplayWidth.of(cell)))
            }
        }
        if let width {
            var total = widths.reduce(0, +) + 2 * (widths.count - 1)
            while total > width {
                let candidates = widths.indices.filter { index in
                    columns[index].minWidth.map { widths[index] > $0 } ?? false
                }
                guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
                total -= 1
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
