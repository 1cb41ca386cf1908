import Foundation

/// Ids of requests for a change. Each submission carries one, recorded with its change, so a
/// retry (a command run again, a form submitted again after a crash) is recognised.
public enum RequestID {
    /// 13 random characters: short enough to be stored inline in every timeline entry.
    public static func make() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return "r" + String((0..<12).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }

    /// Why an id given from outside cannot be used, or nil: 1 to 100 characters, none of them a
    /// control character or a bidirectional override, and no space at either end.
    public static func problem(with id: String) -> String? {
        guard (1...100).contains(id.count) else { return "a request id has 1 to 100 characters" }
        guard !id.unicodeScalars.contains(where: SafeText.isControl) else { return "a request id holds no control characters" }
        guard id.trimmingCharacters(in: .whitespaces) == id else { return "a request id neither starts nor ends with a space" }
        return nil
    }

    /// A short digest of what was asked (a command's arguments), stored beside the id so that the
    /// same id used for a different change is refused rather than taken for a retry.
    public static func fingerprint(of parts: [String]) -> String {
        let crc = Checksum.crc32(Array(parts.joined(separator: "\u{0}").utf8))
        return String(crc, radix: 16)
    }

    /// How a request is kept on a timeline entry: its id, then (after a unit separator, which no
    /// id may hold) the fingerprint of what was asked, when there is one.
    static func stored(id: String, fingerprint: String?) -> String {
        fingerprint.map { id + "\u{1F}" + $0 } ?? id
    }

    static func split(_ stored: String) -> (id: Substring, fingerprint: Substring?) {
        guard let separator = stored.firstIndex(of: "\u{1F}") else { return (stored[...], nil) }
        return (stored[..<separator], stored[stored.index(after: separator)...])
    }
}
