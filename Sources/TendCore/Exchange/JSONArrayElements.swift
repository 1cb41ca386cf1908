/// The elements of a top-level JSON array as byte ranges, with the line each starts on, found
/// without parsing them. A large backup is then parsed one ticket at a time: Foundation's objects
/// for a whole export take many times the file's size in memory.
enum JSONArrayElements {
    struct Element {
        let line: Int
        let range: Range<Int>
    }

    /// nil when the bytes are not one array (unbalanced, or something after its end); the
    /// elements themselves are not checked here.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Element]? {
        var elements: [Element] = []
        var line = 1, depth = 0
        var inString = false, escaped = false, closed = false
        var start: (line: Int, offset: Int)?
        var end = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
        var index = 0
        // A byte-order mark is allowed before the array, as the intake reader allows it.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while index < bytes.count {
            let byte = bytes[index]
            defer { index += 1 }
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false; end = index + 1 }
                continue
            }
            if isSpace(byte) { continue }
            if closed { return nil }
            if depth == 0 {
                guard byte == UInt8(ascii: "["), elements.isEmpty, start == nil else { return nil }
                depth = 1
                continue
            }
            if depth == 1 && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]")) {
                if let begun = start {
                    elements.append(Element(line: begun.line, range: begun.offset..<end))
                    start = nil
                } else if byte == UInt8(ascii: ",") || !elements.isEmpty {
                    return nil
                }
                if byte == UInt8(ascii: "]") { depth = 0; closed = true }
                continue
            }
            if depth == 1 && start == nil { start = (line, index) }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
            end = index + 1
        }
        return closed ? elements : nil
    }
}
