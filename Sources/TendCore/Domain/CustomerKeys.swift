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
        var digits = String(text.unicodeScalars.filter { $0.properties.numericType == .decimal && $0.isASCII }.map(Character.init))
        if digits.hasPrefix("0086") { digits.removeFirst(4) }
        else if digits.hasPrefix("86") && digits.count == 13 { digits.removeFirst(2) }
        return digits.count >= 7 ? digits : nil
    }

    /// A person's name as a comparable key: titles dropped (Ms, 先生, 女士…), full-width folded,
    /// Chinese written in pinyin without tones, words sorted (Wang Li = Li Wang = 王丽).
    public static func person(_ name: String) -> String {
        var text = String(name.prefix(longest)).precomposedStringWithCompatibilityMapping
        for title in ["小姐", "先生", "女士", "太太", "阿姨", "老师"] { text = text.replacingOccurrences(of: title, with: " ") }
        let words = latinWords(text).filter { !["mr", "mrs", "ms", "miss", "dr", "madam"].contains($0) }
        return words.sorted().joined(separator: " ")
    }

    /// A pet's name as a comparable key: in pinyin without tones and spaces (豆豆 = Doudou = dou dou).
    public static func pet(_ name: String) -> String {
        latinWords(String(name.prefix(longest)).precomposedStringWithCompatibilityMapping).joined()
    }

    /// Lower-case Latin words, Chinese characters transliterated first.
    private static func latinWords(_ text: String) -> [String] {
        let latin = text.applyingTransform(.mandarinToLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false) ?? text
        return latin.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
