#if canImport(Glibc)
import Glibc
#endif

/// A substring search over UTF-8 bytes that folds ASCII letters, used to search a million tickets
/// in well under a frame: no String bridging, no allocation per ticket.
public struct TextMatcher: Sendable {
    private let needle: [UInt8]
    /// Only a search with a digit in it can match a ticket ID; the others skip formatting IDs.
    private let mayMatchID: Bool
    /// Whether the contact is searched too (for those who may see contacts), and, for a search
    /// that is a phone number, its digits: "+86 138-0013-8000" finds "13800138000".
    private let searchesContacts: Bool
    private let phoneDigits: [UInt8]?

    public init?(_ text: String, contacts: Bool = false) {
        let folded = Array(text.utf8).map(TextMatcher.fold)
        guard !folded.isEmpty else { return nil }
        needle = folded
        mayMatchID = folded.contains { $0 >= 48 && $0 <= 57 }
        searchesContacts = contacts
        let phoneLike = text.allSatisfy { $0.isWhitespace || "+-()".contains($0) || ($0.isASCII && $0.isNumber) }
        let digits = phoneLike ? CustomerKeys.phone(text) ?? String(text.filter { $0.isASCII && $0.isNumber }) : ""
        phoneDigits = contacts && digits.count >= 5 ? Array(digits.utf8) : nil
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }

    public func matches(_ text: String) -> Bool {
        // withUTF8 reads native strings in place and small ones from the stack: no allocation.
        var text = text
        return text.withUTF8 { contains($0) }
    }

    private func contains(_ hay: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count
        guard hay.count >= n, let base = hay.baseAddress else { return false }
        return needle.withUnsafeBufferPointer { pattern -> Bool in
            let first = pattern[0]
            // A lower-case ASCII letter may appear in either case; anything else only as itself.
            let upper: UInt8? = first >= 97 && first <= 122 ? first - 32 : nil
            let last = hay.count - n
            var i = 0
            while i <= last {
                // memchr is vectorised: it finds candidate starts far faster than a byte loop.
                let span = last - i + 1
                var next = memchr(base + i, Int32(first), span).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base }
                if let upper, let other = memchr(base + i, Int32(upper), next.map { $0 - i } ?? span) {
                    next = UnsafePointer(other.assumingMemoryBound(to: UInt8.self)) - base
                }
                guard let start = next else { return false }
                var j = 1
                while j < n && TextMatcher.fold(hay[start + j]) == pattern[j] { j += 1 }
                if j == n { return true }
                i = start + 1
            }
            return false
        }
    }

    public func matches(_ ticket: borrowing Ticket) -> Bool {
        matches(ticket.intake.customer.name) || matches(ticket.intake.pet.name) || matches(ticket.intake.description)
            || matches(ticket.intake.branch) || (mayMatchID && matches(ticket.id.description))
            || (searchesContacts && matchesContact(ticket.intake.customer.contact))
    }

    /// The contact holds the search: as digits, whatever separates them, for a phone number; as
    /// text (any case) otherwise.
    private func matchesContact(_ contact: String) -> Bool {
        guard let phoneDigits else { return matches(contact) }
        var contact = contact
        return contact.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { digits in
                var count = 0
                for byte in bytes where byte >= 48 && byte <= 57 {
                    digits[count] = byte
                    count += 1
                }
                guard count >= phoneDigits.count else { return false }
                for start in 0...(count - phoneDigits.count) {
                    var j = 0
                    while j < phoneDigits.count && digits[start + j] == phoneDigits[j] { j += 1 }
                    if j == phoneDigits.count { return true }
                }
                return false
            }
        }
    }
}
