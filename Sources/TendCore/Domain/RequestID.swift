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
}
