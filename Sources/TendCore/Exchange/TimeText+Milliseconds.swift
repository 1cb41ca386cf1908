import Foundation

/// Instants in every file and record Tend writes (`list`/`show --json`, exports, drafts, the
/// training log): ISO 8601 UTC to the millisecond, always with three digits, as the store keeps
/// them, so that a backup gives back the very instant and every instant is spelt one way.
extension TimeText {
    /// "2026-11-22T06:05:09.250Z".
    public static func isoMilliseconds(_ date: Date) -> String {
        let milliseconds = date.storeMilliseconds
        let seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        return civil(seconds) + "." + String(String(milliseconds - seconds * 1000 + 1000).dropFirst()) + "Z"
    }

    /// Reads back exactly what `isoMilliseconds` writes, and nothing else: a backup's instants are
    /// taken as written, never guessed at (no local time, no other zone, no rounding).
    public static func readISOMilliseconds(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 24 else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              let fraction = number(20..<23), (1...12).contains(month), (1...31).contains(day),
              hour < 24, minute < 60, second < 60 else { return nil }
        // Days since 1970-01-01 from the civil date (the inverse of `civil`'s arithmetic).
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let date = Date(storeMilliseconds: (days * 86400 + hour * 3600 + minute * 60 + second) * 1000 + fraction)
        // Written back, it must be the same text: refuses 2026-02-30, other separators, other zones.
        return isoMilliseconds(date) == text ? date : nil
    }
}
