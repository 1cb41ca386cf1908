/// Whole numbers as a Chinese speaker says them: 十二, 二十, 一百零五, 两百, 两千五, 三万二千.
/// "两" before a hundred, a thousand or ten thousand, as on the phone; a missing place said as
/// 零 once.
enum ChineseNumber {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// One digit as read out: 零…九 (二, not 两: "十点零二").
    static func digit(_ value: Int) -> String { digits[value] }

    static func spoken(_ number: Int) -> String {
        guard number > 0 else { return number == 0 ? "零" : "负" + spoken(-number) }
        // A number alone: 2 is 二 when counted, but 两 before a measure; the callers add the measure.
        if number == 2 { return "两" }
        if number >= 100_000_000 { return group(number / 100_000_000, leading: true) + "亿" + rest(number % 100_000_000, below: 10_000_000) }
        if number >= 10_000 { return group(number / 10_000, leading: true) + "万" + rest(number % 10_000, below: 1_000) }
        return group(number, leading: true)
    }

    /// What follows a 万 or 亿: nothing, or 零 when a place is skipped (一万零五).
    private static func rest(_ remainder: Int, below place: Int) -> String {
        guard remainder > 0 else { return "" }
        let text = remainder >= 10_000 ? spoken(remainder) : group(remainder, leading: false)
        return remainder < place ? "零" + text : text
    }

    /// 1…9999. `leading`: the number starts here, so 10–19 are 十…十九, not 一十…一十九; and a
    /// lone 2 before 万 or 亿 is 两.
    private static func group(_ number: Int, leading: Bool) -> String {
        if number == 2 && leading { return "两" }
        var text = ""
        var pendingZero = false
        for (value, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let digit = (number / value) % 10
            if digit == 0 {
                if !text.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero {
                text += "零"
                pendingZero = false
            }
            if value == 10 && digit == 1 && text.isEmpty && leading {
                text += name
            } else if digit == 2 && value >= 100 {
                text += "两" + name
            } else {
                text += digits[digit] + name
            }
        }
        return text
    }
}
