import Foundation

/// A remedy as typed on one line (a `--remedy` flag, a row of the form's remedies):
/// `KIND [AMOUNT] [@ WHEN]` — "reimbursement:600@3wd", "waiver 150", "报销医疗费 600 @3个工作日",
/// "apology". WHEN is a time from now (48h, 2d), working days (3wd, 3个工作日) or a moment.
public enum RemedyText {
    public static func read(_ line: String, currency: String, now: Date, zone: TimeZone, field: String) throws(InputRefusal) -> Remedy {
        guard line.utf8.count <= 200 else { throw .notARemedy(field: field, text: line) }
        let parts = line.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        let head = parts[0].replacingOccurrences(of: ":", with: " ").replacingOccurrences(of: "：", with: " ")
        var words = head.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { throw .notARemedy(field: field, text: line) }
        // The amount is the last word when it reads as one; the kind is the words before it
        // (an English name such as "partial refund" has two).
        var amount: Money?
        if words.count > 1, let money = try? Money.read(words[words.count - 1], currency: currency, field: field) {
            amount = money
            words.removeLast()
        }
        let kindText = words.joined(separator: " ")
        guard let kind = ResolutionKind.parse(kindText) else {
            // "waiver abc": a kind followed by what is not an amount is refused for the amount.
            if words.count > 1, ResolutionKind.parse(words.dropLast().joined(separator: " ")) != nil {
                _ = try Money.read(words[words.count - 1], currency: currency, field: field)
            }
            throw .notOneOf(field: field, text: kindText, words: ResolutionKind.identifiers)
        }
        var due: Date?
        if parts.count == 2 {
            let when = parts[1].trimmingCharacters(in: .whitespaces)
            guard !when.isEmpty else { throw .notARemedy(field: field, text: line) }
            if let days = WorkingDays.count(in: when) {
                due = WorkingDays.add(days, to: now, zone: zone)
            } else {
                due = try TimeText.readMoment(when, now: now, field: field).roundedToStore
            }
        }
        return Remedy(kind: kind, amount: amount, due: due)
    }

    /// Every line of `text` that is not blank, read as a remedy.
    public static func readLines(_ text: String, currency: String, now: Date, zone: TimeZone, field: String) throws(InputRefusal) -> [Remedy] {
        var remedies: [Remedy] = []
        for line in text.split(whereSeparator: \.isNewline) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            remedies.append(try read(String(line), currency: currency, now: now, zone: zone, field: field))
        }
        return remedies
    }

}

/// Working days, as a promise to transfer money counts them: Monday to Friday in the desk's zone.
/// (A branch's holidays are not counted out: a transfer goes through the bank, not the shop.)
public enum WorkingDays {
    /// "3wd", "3 working days", "3个工作日", "3工作日": the number, or nil when the text is not that.
    public static func count(in text: String) -> Int? {
        let body = text.lowercased().replacingOccurrences(of: " ", with: "")
        for suffix in ["workingdays", "workingday", "个工作日", "工作日", "wd"] where body.hasSuffix(suffix) {
            let number = body.dropLast(suffix.count)
            guard let value = Int(number), (1...365).contains(value) else { return nil }
            return value
        }
        return nil
    }

    /// `days` working days after `now`, at the same time of day.
    public static func add(_ days: Int, to now: Date, zone: TimeZone) -> Date {
        var date = now
        var left = days
        while left > 0 {
            date = date.addingTimeInterval(86400)
            let weekday = LocalTime(date, zone).weekday
            if weekday < 5 { left -= 1 }  // 0 is Monday: Saturday and Sunday are 5 and 6
        }
        return date.roundedToStore
    }
}
