import Foundation
import Testing
@testable import TendCore

/// A script's `covers` ticks items on the stage's must-say checklist when the handler marks it
/// said, so each claim must be true of what the handler actually said: in both languages, the
/// text says the item in words a listener would recognise.
@Suite struct ScriptCoversTests {
    static let library = try! ScriptLibrary.load(storeDirectory: nil).library

    /// What saying an item sounds like, per language. Deliberately stricter than the note cues
    /// (`Checklist.cues`): those read a handler's shorthand, these read a finished script.
    static let sounds: [ChecklistItem: (en: [String], zh: [String])] = [
        .feeling: (["worr", "upset", "frustrat", "angry", "anger", "distress", "hard", "awful", "heartbr", "scar", "shock",
                    "understand", "feel", "anyone would", "of course you", "sorry to hear", "sorry for your loss", "annoy",
                    "disappoint", "fright", "stress", "must have been", "can tell", "in your place"],
                   ["担心", "着急", "难过", "伤心", "心疼", "生气", "气愤", "窝火", "不舒服", "委屈", "失望", "害怕", "吓", "揪心",
                    "不好受", "理解", "换了谁", "搁谁", "换成是我", "心情", "烦", "节哀", "不安", "煎熬", "急坏"]),
        .apology: (["sorry", "apolog"], ["抱歉", "对不起", "道歉", "致歉", "不好意思"]),
        .time: (["{eta}", "today", "tomorrow", "within", "o'clock", "this afternoon", "this morning", "by the end of", "hour", "minute", "working day", "same day", "this week", "tonight"],
                ["{eta}", "今天", "明天", "小时", "分钟", "之前", "点前", "马上", "下午", "上午", "晚上", "工作日", "当天", "本周", "今晚"]),
        .nextStep: (["i'll", "i will", "we'll", "we will", "next", "then ", "going to", "let me", "i'm going", "i am going", "call you",
                     "send you", "i'd like to"],
                    ["我会", "我们会", "接下来", "下一步", "马上", "我先", "我这就", "我去", "给您回电", "打给您", "发给您", "然后", "我来", "会给您", "会把", "帮您"]),
        .facts: (["?", "tell me", "what happened", "check", "look into", "look at", "photo", "record", "confirm", "find out", "walk me"],
                 ["？", "说说", "讲讲", "经过", "查", "核实", "确认", "看看", "照片", "记录", "了解", "问清"]),
        .options: ([" or ", "either", "option", "choice", "choose", "prefer", "would you like", "which"],
                   ["或者", "还是", "选", "方案", "您看", "哪种", "哪个", "可以…也可以", "也可以"]),
        .thanks: (["thank"], ["谢谢", "感谢", "多谢"]),
        .satisfaction: (["satisf", "score", "rate", "out of 5", "happy with", "1 to 5"], ["满意", "打分", "评分", "几分", "1到5", "一到五"]),
    ]

    static func says(_ item: ChecklistItem, _ text: String, _ lang: Language) -> Bool {
        guard let cues = sounds[item] else { return false }
        let lower = text.lowercased().replacingOccurrences(of: "’", with: "'")
        return (lang == .en ? cues.en : cues.zh).contains { lower.contains($0) }
    }

    @Test func everyCoversClaimIsSaidInBothLanguages() {
        var claims = 0
        var untrue: [String] = []
        for script in Self.library.scripts {
            for item in script.covers.sorted(by: { $0.rawValue < $1.rawValue }) {
                claims += 1
                for lang in [Language.en, .zh] where !Self.says(item, script.text.text(lang), lang) {
                    untrue.append("\(script.id) covers \(item.rawValue) but its \(lang.rawValue) text does not say it")
                }
            }
        }
        print("covers claims checked: \(claims), untrue: \(untrue.count)")
        #expect(claims >= 100)
        #expect(untrue.isEmpty, "\(untrue.joined(separator: "\n"))")
    }

    /// The test can fail: a claim the text does not bear out is caught.
    @Test func anUntrueClaimIsCaught() {
        #expect(!Self.says(.apology, "Tell me what happened to {pet}.", .en))
        #expect(!Self.says(.thanks, "请您说说{pet}发生了什么。", .zh))
        #expect(Self.says(.apology, "I'm so sorry about {pet}.", .en))
        #expect(Self.says(.time, "我{eta}之前给您回电。", .zh))
    }
}
