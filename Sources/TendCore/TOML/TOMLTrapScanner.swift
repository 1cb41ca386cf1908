/// Finds the first place in a TOML text where toml++ 3.4 would break one of its own
/// preconditions (see `TOMLText`). It follows the document the way toml++ does (headers at the
/// start of a line; keys, `=`, values; strings, arrays and inline tables over several lines) and
/// stops without a finding at the first plain syntax error, where toml++ stops too and reports it
/// better. Every bare value must be a whole number or true/false: dates, times and floats, which
/// no Tend file holds, are where toml++'s number reader breaks.
struct TOMLTrapScanner {
    struct Trap: Equatable {
        let line: Int
        let reason: String
    }

    static func firstTrap(_ source: String) -> Trap? {
        var scanner = TOMLTrapScanner(bytes: Array(source.utf8))
        switch scanner.document() {
        case .trap(let trap): return trap
        case .fine, .syntaxError: return nil
        }
    }

    private enum Outcome {
        case fine
        /// toml++ reports an error here before reaching anything beyond.
        case syntaxError
        case trap(Trap)
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    /// toml++ refuses values nested deeper than 256; no need to follow further.
    private static let deepest = 256

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }
    private func at(_ position: Int) -> UInt8? { position < bytes.count ? bytes[position] : nil }
    private func trap(_ reason: String) -> Outcome { .trap(Trap(line: line, reason: reason)) }

    private static func isBlank(_ byte: UInt8?) -> Bool { byte == 0x20 || byte == 0x09 }

    /// A-Z a-z 0-9 _ -: the characters of a bare key.
    private static func isKeyCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }

    private static func isQuote(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") }

    /// Where toml++ ends a bare value: whitespace, `]`, `}`, `,`, `#`, or any non-ASCII byte (its
    /// wider whitespace; no whole number or true/false holds one either).
    private static func endsBareValue(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte >= 0x7F || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
            || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "#")
    }

    private mutating func skipBlanks() { while Self.isBlank(current) { index += 1 } }

    /// A line break: "\n" or "\r\n".
    private mutating func skipLineBreak() -> Bool {
        if current == UInt8(ascii: "\n") {
            index += 1
        } else if current == UInt8(ascii: "\r") && at(index + 1) == UInt8(ascii: "\n") {
            index += 2
        } else {
            return false
        }
        line += 1
        return true
    }

    private mutating func skipComment() {
        guard current == UInt8(ascii: "#") else { return }
        while let byte = current, byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") { index += 1 }
    }

    /// Blanks, comments and line breaks, as between the elements of an array.
    private mutating func skipSpace() {
        while true {
            skipBlanks()
            skipComment()
            if !skipLineBreak() { return }
        }
    }

    private mutating func document() -> Outcome {
        while true {
            skipBlanks()
            skipComment()
            guard let byte = current else { return .fine }
            if skipLineBreak() { continue }
            let outcome = byte == UInt8(ascii: "[") ? header() : keyValue(depth: 0)
            guard case .fine = outcome else { return outcome }
            skipBlanks()
            skipComment()
            if current != nil && !skipLineBreak() { return .syntaxError }
        }
    }

    /// `[name]` or `[[name]]`, read as toml++ reads up to the name: `[`, blanks, a second `[`
    /// right after the first, blanks; then the name to the closing bracket.
    private mutating func header() -> Outcome {
        index += 1
        var blanks = false
        while Self.isBlank(current) { index += 1; blanks = true }
        if current == UInt8(ascii: "[") {
            if blanks { return .syntaxError }
            index += 1
            skipBlanks()
        }
        guard let first = current, first != UInt8(ascii: "]") else { return .syntaxError }
        guard Self.isKeyCharacter(first) || Self.isQuote(first) else {
            return trap("a table name must start with a letter, a digit, _, - or a quote")
        }
        guard case .fine = key() else { return .syntaxError }
        guard current == UInt8(ascii: "]") else { return .syntaxError }
        while current == UInt8(ascii: "]") { index += 1 }
        return .fine
    }

    /// A dotted key of bare and quoted parts, and the blanks after it.
    private mutating func key() -> Outcome {
        while true {
            skipBlanks()
            guard let byte = current else { return .syntaxError }
            if Self.isQuote(byte) {
                guard case .fine = string() else { return .syntaxError }
            } else if Self.isKeyCharacter(byte) {
                while let next = current, Self.isKeyCharacter(next) { index += 1 }
            } else {
                return .syntaxError
            }
            skipBlanks()
            guard current == UInt8(ascii: ".") else { return .fine }
            index += 1
        }
    }

    /// `key = value`, at the start of a line or inside an inline table.
    private mutating func keyValue(depth: Int) -> Outcome {
        guard case .fine = key(), current == UInt8(ascii: "=") else { return .syntaxError }
        index += 1
        skipBlanks()
        return value(depth: depth)
    }

    private mutating func value(depth: Int) -> Outcome {
        guard depth < Self.deepest, let byte = current else { return .syntaxError }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return string()
        case UInt8(ascii: "["): return array(depth: depth + 1)
        case UInt8(ascii: "{"): return inlineTable(depth: depth + 1)
        default: return bareValue()
        }
    }

    private mutating func array(depth: Int) -> Outcome {
        index += 1
        while true {
            skipSpace()
            guard let byte = current else { return .syntaxError }
            if byte == UInt8(ascii: "]") { index += 1; return .fine }
            if byte == UInt8(ascii: "}") { return trap("an array cannot hold a }") }
            let outcome = value(depth: depth)
            guard case .fine = outcome else { return outcome }
            skipSpace()
            if current == UInt8(ascii: ",") { index += 1; continue }
            if current == UInt8(ascii: "]") { index += 1; return .fine }
            return .syntaxError
        }
    }

    private mutating func inlineTable(depth: Int) -> Outcome {
        index += 1
        skipBlanks()
        if current == UInt8(ascii: "}") { index += 1; return .fine }
        while true {
            skipBlanks()
            guard let byte = current, Self.isKeyCharacter(byte) || Self.isQuote(byte) else { return .syntaxError }
            let outcome = keyValue(depth: depth)
            guard case .fine = outcome else { return outcome }
            skipBlanks()
            if current == UInt8(ascii: ",") { index += 1; continue }
            if current == UInt8(ascii: "}") { index += 1; return .fine }
            return .syntaxError
        }
    }

    /// A value without quotes or brackets: only true, false and whole numbers such as -12 or 1_000.
    private mutating func bareValue() -> Outcome {
        let start = index
        while let byte = current, !Self.endsBareValue(byte) { index += 1 }
        let text = bytes[start..<index]
        if text.isEmpty { return .syntaxError }
        if text.elementsEqual("true".utf8) || text.elementsEqual("false".utf8) || Self.isWholeNumber(text) { return .fine }
        return trap("only text in quotes, whole numbers and true or false are read here, not \(String(decoding: text.prefix(40), as: UTF8.self))")
    }

    /// [+-]digits, with single underscores between digits.
    private static func isWholeNumber(_ text: ArraySlice<UInt8>) -> Bool {
        var digits = text.drop { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        guard text.count - digits.count <= 1, let first = digits.first, let last = digits.last else { return false }
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(last) else { return false }
        var previousUnderscore = false
        while let byte = digits.popFirst() {
            if byte == UInt8(ascii: "_") {
                if previousUnderscore { return false }
                previousUnderscore = true
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                previousUnderscore = false
            } else {
                return false
            }
        }
        return true
    }

    /// A basic ("…", with escapes) or literal ('…') string, single- or multi-line.
    private mutating func string() -> Outcome {
        guard let quote = current else { return .syntaxError }
        let escapes = quote == UInt8(ascii: "\"")
        let multiLine = at(index + 1) == quote && at(index + 2) == quote
        index += multiLine ? 3 : 1
        while let byte = current {
            if escapes && byte == UInt8(ascii: "\\") {
                index += 1
                // A backslash ending a line joins lines in a multi-line string; elsewhere it is an error.
                if current == UInt8(ascii: "\n") || current == UInt8(ascii: "\r") {
                    guard multiLine else { return .syntaxError }
                    continue
                }
                index += 1
            } else if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                // A single-line string cannot hold a line break.
                guard multiLine, skipLineBreak() else { return .syntaxError }
            } else if byte == quote {
                guard multiLine else { index += 1; return .fine }
                guard at(index + 1) == quote && at(index + 2) == quote else { index += 1; continue }
                index += 3
                // Up to two more quotes belong to the string: `"""a""""` holds `a"`.
                for _ in 0..<2 where current == quote { index += 1 }
                return .fine
            } else {
                index += 1
            }
        }
        return .syntaxError
    }
}
