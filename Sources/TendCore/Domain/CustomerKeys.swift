import Foundation

/// What makes two complaints the same customer's or the same pet's, whatever way the contact or
/// the name was typed: phone digits with or without the country code, an e-mail in any case, a
/// name with or without a title, in another order, or in the other script (王丽 / Wang Li,
/// 豆豆 / Doudou).
public enum CustomerKeys {
    /// The most of a name or contact read: transliterating a pasted megabyte on every frame would
    /// freeze the console, and no name is that long.
    static let longest = 120

    /// Each phone number and e-mail address in a contact field, normalised: "p:13800138000",
    /// "e:li@example.com". Several may be typed into one field ("138 0013 8000 / li@x.com").
    public static func contacts(_ contact: String) -> [String] {
        // A contact field holds a number or two and an address; a pasted page is read no further.
        let contact = String(contact.prefix(longest))
        // The common cases without splitting: one phone number, or one address alone. (Bytes are
        // read, not characters: a million contacts are keyed when a desk is first indexed.)
        var hasAt = false, hasSeparator = false, hasSpace = false
        for byte in contact.utf8 {
            switch byte {
            case UInt8(ascii: "@"): hasAt = true
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "|"), UInt8(ascii: "/"), 0x80...: hasSeparator = true
            case UInt8(ascii: " "), UInt8(ascii: "\t"): hasSpace = true
            default: break
            }
        }
        if !hasSeparator && !hasAt { return phone(contact).map { ["p:" + $0] } ?? [] }
        if !hasSeparator && !hasSpace {
            let email = String(decoding: contact.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self)
                .trimmingCharacters(in: CharacterSet(charactersIn: "<>()[]\"'."))
            return email.count >= 3 ? ["e:" + email] : []
        }
        var keys: [String] = []
        var rest = ""
        for word in contact.split(whereSeparator: { $0.isWhitespace || ",;，；、|/".contains($0) }) {
            if word.contains("@") {
                let email = word.trimmingCharacters(in: CharacterSet(charactersIn: "<>()[]\"'.")).lowercased()
                if email.count >= 3 { keys.append("e:" + email) }
            } else {
                rest += String(word) + " "
            }
        }
        // Phone numbers: runs of digits split only by the separators above (spaces and dashes
        // inside one number are kept together: "138 0013 8000", "+86-138-0013-8000").
        for part in rest.split(whereSeparator: { ",;，；、|/".contains($0) }) {
            if let phone = phone(String(part)) { keys.append("p:" + phone) }
        }
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }

    /// The digits of a phone number without a Chinese country code (+86, 0086): nil when fewer
    /// than seven digits (an extension, a typo) are there.
    public static func phone(_ text: String) -> String? {
        var digits = text.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        if digits.starts(with: "0086".utf8) { digits.removeFirst(4) }
        else if digits.starts(with: "86".utf8) && digits.count == 13 { digits.removeFirst(2) }
        return digits.count >= 7 ? String(decoding: digits, as: UTF8.self) : nil
    }

    /// A person's name as a comparable key: titles dropped (Ms, 先生, 女士…), full-width folded,
    /// Chinese written in pinyin without tones, words sorted (Wang Li = Li Wang = 王丽).
    public static func person(_ name: String) -> String {
        var text = String(name.prefix(longest))
        if !text.utf8.allSatisfy({ $0 < 0x80 }) {
            text = folded(text)
            text = withoutTitles(text)
        }
        let words = latinWords(text).filter { !["mr", "mrs", "ms", "miss", "dr", "madam"].contains($0) }
        return words.sorted().joined(separator: " ")
    }

    /// A pet's name as a comparable key: in pinyin without tones and spaces (豆豆 = Doudou = dou dou).
    public static func pet(_ name: String) -> String {
        var text = String(name.prefix(longest))
        if !text.utf8.allSatisfy({ $0 < 0x80 }) { text = folded(text) }
        return latinWords(text).joined()
    }

    /// Full-width letters and the ideographic space folded to their plain forms; the rest as it is
    /// (the fold goes through Foundation, so only a name that needs it pays for it).
    private static func folded(_ text: String) -> String {
        text.unicodeScalars.contains { (0xFF00...0xFFEF).contains($0.value) || $0.value == 0x3000 }
            ? text.precomposedStringWithCompatibilityMapping : text
    }

    /// The Chinese forms of address (小姐, 先生, 女士, 太太, 阿姨, 老师) taken out of a name.
    private static func withoutTitles(_ text: String) -> String {
        let titles: [(UInt32, UInt32)] = [(0x5C0F, 0x59D0), (0x5148, 0x751F), (0x5973, 0x58EB), (0x592A, 0x592A), (0x963F, 0x59E8), (0x8001, 0x5E08)]
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2 else { return text }
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if index + 1 < scalars.count, titles.contains(where: { $0.0 == scalars[index].value && $0.1 == scalars[index + 1].value }) {
                out.append(" ")
                index += 2
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    /// Lower-case Latin words, each Chinese character written as its own syllable. An ASCII name
    /// is only split; any other character is transliterated once and remembered (`Pinyin`):
    /// ICU's transform costs tens of microseconds a call, a desk's names share few characters,
    /// and a million tickets are indexed when a console first shows one.
    private static func latinWords(_ text: String) -> [String] {
        var latin = ""
        latin.reserveCapacity(text.utf8.count * 3)
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            latin = text
        } else {
            Pinyin.shared.spell(text, into: &latin)
        }
        var words: [String] = []
        var word = ""
        for scalar in latin.unicodeScalars {
            let value = scalar.value
            let wordCharacter = value < 0x80
                ? (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if wordCharacter {
                if value >= 0x41 && value <= 0x5A {
                    word.unicodeScalars.append(Unicode.Scalar(value | 0x20)!)
                } else if value < 0x80 {
                    word.unicodeScalars.append(scalar)
                } else {
                    word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }
}

/// Each non-ASCII character's Latin spelling (a Chinese character's pinyin without tones, an
/// accented letter without its accent), worked out once per character.
final class Pinyin: @unchecked Sendable {
    static let shared = Pinyin()
    private let lock = NSLock()
    private var known: [UInt32: String] = [:]

    /// `text` with each non-ASCII scalar spelled in Latin letters between spaces.
    func spell(_ text: String, into out: inout String) {
        lock.lock()
        defer { lock.unlock() }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.unicodeScalars.append(scalar)
                continue
            }
            let latin: String
            if let found = known[scalar.value] {
                latin = found
            } else {
                let text = String(scalar)
                latin = text.applyingTransform(.mandarinToLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false) ?? text
                // Names are written with a few thousand characters: the table stays small.
                if known.count < 100_000 { known[scalar.value] = latin }
            }
            out += " " + latin + " "
        }
    }
}
