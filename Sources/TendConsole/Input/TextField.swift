import TendTerminal

/// Editable text with a caret, counted in grapheme clusters so a Chinese character, an emoji or
/// a letter with its accents is one step of the arrow keys and one Backspace.
public struct TextField: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// Index into `characters`: the caret sits before this character.
    public private(set) var caret: Int
    public let multiline: Bool

    public init(_ text: String = "", multiline: Bool = false) {
        characters = []
        caret = 0
        self.multiline = multiline
        set(text)
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.allSatisfy { $0.isWhitespace } }

    /// Replaces the text (a restored draft, a completion), keeping out what typing would.
    public mutating func set(_ text: String) {
        characters = []
        caret = 0
        for c in text { insert(c.isNewline && !multiline ? " " : c) }
    }

    /// Applies an editing key; returns false when the key is not an editing key, so the form can
    /// use it (Tab, Enter in a one-line field, Esc…).
    public mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            // Pasted line breaks in a one-line field become spaces rather than vanishing.
            insert(c.isNewline && !multiline ? " " : c)
        case .enter where multiline: insert("\n")
        case .left: caret = max(0, caret - 1)
        case .right: caret = min(characters.count, caret + 1)
        case .home, .control("a"): caret = lineStart
        case .end, .control("e"): caret = lineEnd
        case .backspace:
            guard caret > 0 else { return true }
            characters.remove(at: caret - 1)
            caret -= 1
        case .delete, .control("d"):
            guard caret < characters.count else { return true }
            characters.remove(at: caret)
        case .control("u"):
            // Deletes from the start of the line to the caret, as in a shell.
            let start = lineStart
            characters.removeSubrange(start..<caret)
            caret = start
        case .control("k"):
            characters.removeSubrange(caret..<lineEnd)
        case .up where multiline && lineStart > 0: moveLine(by: -1)
        case .down where multiline && lineEnd < characters.count: moveLine(by: 1)
        default:
            return false
        }
        return true
    }

    private mutating func insert(_ c: Character) {
        // Control characters (other than a line break) are never stored: customer text is data.
        if c.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }) { return }
        characters.insert(c, at: caret)
        caret += 1
    }

    private var lineStart: Int {
        var index = caret
        while index > 0 && characters[index - 1] != "\n" { index -= 1 }
        return index
    }

    private var lineEnd: Int {
        var index = caret
        while index < characters.count && characters[index] != "\n" { index += 1 }
        return index
    }

    /// Up and down keep the caret's display column where the other line is long enough.
    private mutating func moveLine(by step: Int) {
        let column = DisplayWidth.of(String(characters[lineStart..<caret]))
        if step < 0 { caret = lineStart - 1 } else { caret = lineEnd + 1 }
        let start = lineStart
        var index = start
        var width = 0
        while index < characters.count && characters[index] != "\n" {
            let w = DisplayWidth.of(String(characters[index]))
            if width + w > column { break }
            width += w
            index += 1
        }
        caret = index
    }

    /// The text as lines, and where the caret is: line number and display column within it.
    public func layout() -> (lines: [String], caretLine: Int, caretColumn: Int) {
        var lines: [String] = [""]
        var caretLine = 0, caretColumn = 0
        for (index, c) in characters.enumerated() {
            if index == caret { caretLine = lines.count - 1; caretColumn = DisplayWidth.of(lines[lines.count - 1]) }
            if c == "\n" { lines.append("") } else { lines[lines.count - 1].append(c) }
        }
        if caret == characters.count { caretLine = lines.count - 1; caretColumn = DisplayWidth.of(lines[lines.count - 1]) }
        return (lines, caretLine, caretColumn)
    }

    /// The text wrapped to rows of at most `width` cells (a space may hang past the end), and
    /// where the caret is among them. Latin text breaks after a space when the word carried over
    /// is short, anything else between graphemes, so a wide character is never split. A caret
    /// after a full row sits at the start of an empty row below, so the real cursor never leaves
    /// the field.
    public func wrapped(width: Int) -> (rows: [String], caretRow: Int, caretColumn: Int) {
        let width = max(2, width)   // any one character fits a row
        var starts: [Int] = [], ends: [Int] = []
        var rowStart = 0, cells = 0
        var afterSpace: Int?
        var index = 0
        func endRow(at end: Int) {
            starts.append(rowStart)
            ends.append(end)
        }
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                endRow(at: index)
                if cells >= width && caret == index {
                    rowStart = index
                    endRow(at: index)
                }
                rowStart = index + 1
                cells = 0
                afterSpace = nil
                index += 1
                continue
            }
            let characterCells = DisplayWidth.of(character)
            if cells + characterCells > width && index > rowStart {
                if character == " " && caret != index {
                    // A space after a full row hangs past its end, as in a word processor, rather
                    // than starting the next row; the caret right before it wraps instead.
                    cells += characterCells
                    index += 1
                    afterSpace = index
                    continue
                }
                var end = index
                if let space = afterSpace, space > rowStart, character != " ",
                   DisplayWidth.of(String(characters[space..<index])) <= max(4, width / 3) { end = space }
                endRow(at: end)
                rowStart = end
                cells = DisplayWidth.of(String(characters[end..<index]))
                afterSpace = nil
                continue
            }
            cells += characterCells
            index += 1
            if character == " " { afterSpace = index }
        }
        endRow(at: characters.count)
        if cells >= width && caret == characters.count {
            rowStart = characters.count
            endRow(at: characters.count)
        }
        let caretRow = starts.lastIndex { $0 <= caret } ?? 0
        let rows = zip(starts, ends).map { String(characters[$0..<max($0, $1)]) }
        return (rows, caretRow, DisplayWidth.of(String(characters[starts[caretRow]..<caret])))
    }
}
