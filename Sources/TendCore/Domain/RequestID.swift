/// Ids of requests for a change. Each submission carries one, recorded with its change, so a
/// retry (a command run again, a form submitted again after a crash) is recognised.
public enum RequestID {
    /// 13 random characters: short enough to be stored inline in every timeline entry.
    public static func make() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return "r" + String((0..<12).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }

    /// Why an id given from outside cannot be used, or nil: 1 to 100 letters, digits, `.`, `_`,
    /// `:` or `-`, so an id is never customer-controlled text on a terminal.
    public static func problem(with id: String) -> String? {
        guard (1...100).contains(id.utf8.count) else { return "a request id has 1 to 100 characters" }
        guard id.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._:-".unicodeScalars.contains($0)) }) else {
            return "a request id is made of letters, digits, '.', '_', ':' and '-'"
        }
        return nil
    }
}
