extension Masking {
    /// Free text (a description, a note, a comment) with the contact details people write into it
    /// replaced: phone numbers by "[phone]", e-mail addresses by "[email]", WeChat ids by
    /// "[wechat]" and QQ numbers by "[qq]". Dates, times, amounts and ticket IDs stay readable.
    /// It errs on the side of hiding: any run of seven or more digits (with spaces, hyphens or
    /// brackets between groups) counts as a phone number, so a long order number is hidden too.
    public static func freeText(_ text: String) -> String {
        // Every contact has a digit, an "@" or a keyword ("微信", "wx", "vx"…) in it; most notes
        // without any of them are returned as they are.
        let mayHoldOne = text.utf8.contains { byte in
            (48...57).contains(byte) || byte == UInt8(ascii: "@") || byte >= 0x80 || "wWvV".utf8.contains(byte)
        }
        guard mayHoldOne else { return text }
        var scanner = FreeTextScanner(Array(text.unicodeScalars))
        return scanner.masked()
    }
}

/// One pass over the text; at each place the first of e-mail, a WeChat/QQ keyword with its id,
/// a date (kept) and a phone number that matches is taken whole.
private struct FreeTextScanner {
    let text: [Unicode.Scalar]
    var out = String.UnicodeScalarView()
    var at = 0

    init(_ text: [Unicode.Scalar]) { self.text = text }

    static let weChatWords = ["微信号", "微信", "weixin", "wechat", "wx", "vx", "v信", "薇信", "威信"]
    static let qqWords = ["qq号码", "qq号", "qq", "扣扣号", "扣扣"]
    /// What may stand between a keyword and its id: "微信号：abc", "QQ 是 123", "WeChat ID abc".
    static let keywordGlue: Set<Unicode.Scalar> = [" ", ":", "：", "是", "为", "=", "号", "\u{3000}"]

    mutating func masked() -> String {
        while at < text.count {
            if let end = email(at) {
                replace(upTo: end, with: "[email]")
            } else if let (idStart, end) = keywordID(at, words: Self.weChatWords, digitsOnly: false) {
                keep(upTo: idStart)
                replace(upTo: end, with: "[wechat]")
            } else if let (idStart, end) = keywordID(at, words: Self.qqWords, digitsOnly: true) {
                keep(upTo: idStart)
                replace(upTo: end, with: "[qq]")
            } else if let end = date(at) {
                keep(upTo: end)
            } else if let end = phone(at) {
                replace(upTo: end, with: "[phone]")
            } else {
                keep(upTo: at + 1)
            }
        }
        return String(out)
    }

    mutating func keep(upTo end: Int) {
        out.append(contentsOf: text[at..<end])
        at = end
    }

    mutating func replace(upTo end: Int, with label: String) {
        out.append(contentsOf: label.unicodeScalars)
        at = end
    }

    func scalar(_ index: Int) -> Unicode.Scalar? { index >= 0 && index < text.count ? text[index] : nil }
    /// ASCII digits and the full-width ones (０–９) that Chinese input methods often type.
    static func isDigit(_ scalar: Unicode.Scalar?) -> Bool { scalar.map { ("0"..."9").contains($0) || ("０"..."９").contains($0) } ?? false }
    static func isLetter(_ scalar: Unicode.Scalar?) -> Bool { scalar.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } ?? false }
    static func isIDCharacter(_ scalar: Unicode.Scalar?) -> Bool { isDigit(scalar) || isLetter(scalar) || scalar == "_" || scalar == "-" }
    static func isLocalPart(_ scalar: Unicode.Scalar?) -> Bool { isIDCharacter(scalar) || scalar == "." || scalar == "+" || scalar == "%" }

    /// "li.ming+pets@example.com": where the address ends, when one starts here.
    func email(_ start: Int) -> Int? {
        guard Self.isLocalPart(scalar(start)), !Self.isLocalPart(scalar(start - 1)) else { return nil }
        var index = start
        while Self.isLocalPart(scalar(index)) { index += 1 }
        guard scalar(index) == "@", index > start else { return nil }
        index += 1
        let domainStart = index
        while Self.isIDCharacter(scalar(index)) || scalar(index) == "." { index += 1 }
        while index > domainStart && scalar(index - 1) == "." { index -= 1 }
        let domain = text[domainStart..<index]
        guard let dot = domain.lastIndex(of: "."), dot > domainStart,
              index - dot > 2, text[(dot + 1)..<index].allSatisfy(Self.isLetter) else { return nil }
        return index
    }

    /// A keyword ("微信", "wx", "QQ"…) then an id: where the id starts and ends. An ASCII keyword
    /// must stand on its own, and an id made only of letters counts only after a Chinese keyword
    /// or a colon, so "a WeChat message" keeps its words.
    func keywordID(_ start: Int, words: [String], digitsOnly: Bool) -> (Int, Int)? {
        guard let first = scalar(start).map(lowercase), words.contains(where: { $0.unicodeScalars.first == first }),
              !Self.isLetter(scalar(start - 1)) else { return nil }
        for word in words {
            let letters = Array(word.unicodeScalars)
            guard start + letters.count <= text.count,
                  zip(text[start..<(start + letters.count)], letters).allSatisfy({ lowercase($0) == $1 }) else { continue }
            var index = start + letters.count
            var glue = 0
            var said = !letters.allSatisfy(\.isASCII)
            while glue < 6, let next = scalar(index) {
                if Self.keywordGlue.contains(next) {
                    said = said || next != " "
                } else if Self.isLetter(next), lowercase(next) == "i", scalar(index + 1).map(lowercase) == "d",
                          !Self.isIDCharacter(scalar(index + 2)) || scalar(index + 2) == "_" {
                    // "ID" or "id" before the id itself, as in "WeChat ID abc" or "wxid_abc".
                    said = true
                    index += 1
                } else {
                    break
                }
                index += 1
                glue += 1
            }
            let idStart = index
            while Self.isIDCharacter(scalar(index)) { index += 1 }
            let id = text[idStart..<index]
            if digitsOnly {
                guard (5...12).contains(id.count), id.allSatisfy(Self.isDigit) else { continue }
            } else {
                guard id.count >= 5, said || id.contains(where: { Self.isDigit($0) || $0 == "_" || $0 == "-" }) else { continue }
            }
            return (idStart, index)
        }
        return nil
    }

    func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    /// "2026-11-20", "2026/1/5": kept as they are, so a date is never read as a phone number.
    func date(_ start: Int) -> Int? {
        guard !Self.isDigit(scalar(start - 1)) else { return nil }
        var index = start
        func digits(_ range: ClosedRange<Int>) -> Bool {
            let from = index
            while Self.isDigit(scalar(index)) { index += 1 }
            return range.contains(index - from)
        }
        guard digits(4...4), let separator = scalar(index), "-/.".unicodeScalars.contains(separator) else { return nil }
        index += 1
        guard digits(1...2), scalar(index) == separator else { return nil }
        index += 1
        return digits(1...2) ? index : nil
    }

    /// "+86 139-2345-6789", "(0755) 8765 4321", "13812345678", "139.1234.5678": seven digits or
    /// more, in groups joined by single spaces, hyphens, dots or brackets (full-width ones too);
    /// where it ends, when one starts here.
    func phone(_ start: Int) -> Int? {
        guard let first = scalar(start), Self.isDigit(first) || "+＋(（".unicodeScalars.contains(first),
              !Self.isDigit(scalar(start - 1)) else { return nil }
        var index = start
        if first == "+" || first == "＋" { index += 1 }
        var digits = 0
        var group = 0
        var end = start
        while let next = scalar(index) {
            if Self.isDigit(next) {
                digits += 1
                group += 1
                index += 1
                end = index
                if scalar(index) == ")" || scalar(index) == "）" { index += 1; end = index }
            } else if "( （".unicodeScalars.contains(next) || ("-－".unicodeScalars.contains(next) && digits > 0),
                      Self.isDigit(scalar(index + 1)) || (scalar(index + 1) == "(" && Self.isDigit(scalar(index + 2))) {
                index += 1
                group = 0
            } else if ".．".unicodeScalars.contains(next), group >= 3, (1...3).allSatisfy({ Self.isDigit(scalar(index + $0)) }) {
                // A dot joins groups of three digits or more (139.1234.5678), never an amount's cents.
                index += 1
                group = 0
            } else {
                break
            }
        }
        return digits >= 7 ? end : nil
    }
}
