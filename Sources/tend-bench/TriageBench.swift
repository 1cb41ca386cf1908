import Foundation
import TendCore

/// Triage as the intake form runs it: once per keystroke, on everything typed so far. A
/// complaint of 500 characters typed one character at a time, in each language.
enum TriageBench {
    static let chinese = "上周六把我家泰迪豆豆送去你们店里做美容，约的是上午十点，结果等到十一点半才开始。接回家的时候发现它左耳朵被剪破了一道口子，一直在流血，去宠物医院缝了三针，医生说是推子离皮肤太近。店员当时一句话都没说，还说是狗自己乱动。我花了两百多块医药费，豆豆这几天一直发抖，不敢出门，晚上也不肯吃饭。你们的态度太差了，我已经发到微博和小红书上，很多人都在转发。我要求你们赔偿全部医药费，退还美容费用，并且书面道歉。如果三天内没有答复，我会去消协投诉，也会找律师。"
    static let english = "Last Saturday I dropped Biscuit off for a full groom at 10am and he wasn't ready until half past four. Nobody rang. When I picked him up there was a cut on his left ear that kept bleeding, and the vet had to put in three stitches. The groomer said he was wriggling, which is not good enough. He has been shaking and hiding under the bed since and won't eat. I paid sixty pounds for the groom and a hundred and twenty at the vet. I have posted the photos on Facebook and I want a full refund, the vet bill paid and a written apology within three days or I go to trading standards."

    static func run() throws {
        let triage = Triage(try TriageRulesFile.load(storeDirectory: nil))
        for (name, base) in [("zh", chinese), ("en", english)] {
            // Repeated to exactly 500 characters.
            let text = String(String(repeating: base, count: 500 / base.count + 1).prefix(500))
            var times: [Double] = []
            var prefix = ""
            for character in text {
                prefix.append(character)
                let typed = prefix
                times.append(seconds { _ = triage.suggest(typed) })
            }
            print("triage \(name): \(text.count) characters typed one at a time, suggestion per keystroke: median \(ms(median(times))), p99 \(ms(percentile(times, 0.99))), max \(ms(times.max()!)) (target ≤ 5 ms)")
        }
    }
}
