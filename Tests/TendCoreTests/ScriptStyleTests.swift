import Foundation
import Testing
@testable import TendCore

/// The mechanical rules of scripts/STYLE.md, over every script of the shipped library: no word
/// from its list, no sentence that promises a list and stops, only known fill-ins and the same
/// ones in both languages.
@Suite struct ScriptStyleTests {
    static let library = try! ScriptLibrary.load(storeDirectory: nil).library

    static let avoided = ["案件", "结案", "受理", "通报", "我理解您为什么", "您生气是对的", "您完全有理由生气"]

    static func fillIns(_ text: String) -> Set<String> {
        Set(text.matches(of: /\{([^}]*)\}/).map { String($0.1) })
    }

    @Test func noScriptSaysAWordTheGuideLeavesOut() {
        var checked = 0
        for script in Self.library.scripts {
            for word in Self.avoided { #expect(!script.text.zh.contains(word), "\(script.id): \(word)") }
            #expect(script.text.zh.firstMatch(of: /[一这那每几两]位(宠物|狗|猫|小狗|小猫|毛孩子)/) == nil, "\(script.id): 位")
            checked += 1
        }
        #expect(checked >= 150)
    }

    @Test func noSentencePromisesAListAndStops() {
        for script in Self.library.scripts {
            #expect(script.text.zh.firstMatch(of: /这是[^。：！？]*(的|部分|处理)。/) == nil, "\(script.id)")
        }
    }

    @Test func fillInsAreKnownAndTheSameInBothLanguages() {
        for script in Self.library.scripts {
            let zh = Self.fillIns(script.text.zh), en = Self.fillIns(script.text.en)
            #expect(zh.isSubset(of: Set(Script.fillIns)) && en.isSubset(of: Set(Script.fillIns)), "\(script.id): \(zh) \(en)")
            #expect(zh == en, "\(script.id): zh \(zh.sorted()) en \(en.sorted())")
        }
    }

    /// The rules catch what they are for (each one, on a sentence of the kind the guide names).
    @Test func theRulesCatchWhatTheyAreFor() {
        #expect(Self.avoided.contains { "我现在就重新打开您的案件。".contains($0) })
        #expect("这是我现在正在做的处理。".firstMatch(of: /这是[^。：！？]*(的|部分|处理)。/) != nil)
        #expect("这是我们的责任。".firstMatch(of: /这是[^。：！？]*(的|部分|处理)。/) == nil)
        #expect("一位狗狗".firstMatch(of: /[一这那每几两]位(宠物|狗|猫|小狗|小猫|毛孩子)/) != nil)
        #expect(Self.fillIns("{eta}之前{pet}") == ["eta", "pet"])
    }
}
