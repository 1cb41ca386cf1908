import TendText

/// The whole screen as cells. Panes render state into it; the backend writes only what changed
/// since the last frame. Writing never leaves half a wide glyph: a glyph that does not fit is
/// replaced by a space, and overwriting either half of a wide glyph blanks the other half.
public struct ScreenBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the real terminal cursor goes (the caret of a text field), or nil to hide it.
    public var cursor: (x: Int, y: Int)?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public static func == (a: ScreenBuffer, b: ScreenBuffer) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Fills a rectangle with blanks of a style.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { set(x, y, Cell(" ", width: 1, style: style)) }
        }
    }

    /// Writes text from (x, y), clipped to `limit` cells (and the screen). Control characters are
    /// made visible first. Returns the number of cells used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        return place(SafeText.line(Self.start(of: text, cells: end - x)), x: x, y: y, style: style, end: end)
    }

    /// Writes text padded (or cut with an ellipsis) to exactly `width` cells.
    public mutating func write(fitting text: String, x: Int, y: Int, width: Int, style: Style = .normal, ellipsis: String = "…") {
        guard width > 0, y >= 0, y < height, x < self.width else { return }
        let start = Self.start(of: text, cells: width)
        let safe = SafeText.line(start)
        // Cut before measuring: when the start happens to fit, there is still more to say so.
        let cut = start.utf8.count < text.utf8.count && DisplayWidth.of(safe) <= width
        let shown = cut ? DisplayWidth.truncate(safe, to: width - DisplayWidth.of(ellipsis), ellipsis: "") + ellipsis : safe
        place(DisplayWidth.fit(shown, to: width, ellipsis: ellipsis), x: x, y: y, style: style, end: min(self.width, x + width))
    }

    /// Puts already safe text into cells from (x, y) up to `end`; returns the cells used.
    @discardableResult
    private mutating func place(_ safe: String, x: Int, y: Int, style: Style, end: Int) -> Int {
        var column = x
        for character in safe {
            let cells = DisplayWidth.of(character)
            if cells == 0 { continue }
            if column + cells > end {
                // A wide glyph that does not fit leaves its cell as a space, never half a glyph.
                if column < end { set(column, y, Cell(" ", width: 1, style: style)) ; column += 1 }
                break
            }
            if column >= 0 {
                set(column, y, Cell(String(character), width: UInt8(cells), style: style))
                if cells == 2 { set(column + 1, y, Cell("", width: 0, style: style)) }
            }
            column += cells
        }
        return column - x
    }

    /// As much of the start of `text` as `cells` cells can show, with room to spare for escapes
    /// and zero-width characters. Escaping and measuring a pasted megabyte for one row of one
    /// frame would freeze the console.
    static func start(of text: String, cells: Int) -> String {
        let end = text.index(text.startIndex, offsetBy: 4 * max(0, cells) + 16, limitedBy: text.endIndex) ?? text.endIndex
        return end == text.endIndex ? text : String(text[..<end])
    }

    public mutating func setStyle(_ rect: Rect, style: Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { cells[y * width + x].style = style }
        }
    }

    /// Sets one cell, repairing any wide glyph it cuts in half.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation && x > 0 && cell.width != 0 {
            cells[index - 1] = Cell(" ", width: 1, style: cells[index - 1].style)
        }
        if old.width == 2 && x + 1 < width && cell.width != 2 {
            cells[index + 1] = Cell(" ", width: 1, style: cells[index + 1].style)
        }
        if cell.width == 2 && x + 1 >= width {
            cells[index] = Cell(" ", width: 1, style: cell.style)
            return
        }
        cells[index] = cell
    }

    /// The screen as plain text, one line per row: what a golden file compares.
    public func text() -> String {
        var lines: [String] = []
        for y in 0..<height {
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation { line += self[x, y].text }
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
