import Foundation
import Testing
@testable import TendCore

/// 以事实为依据: before anything is checked (received, acknowledged), a script apologises for
/// what the customer went through but neither admits fault nor promises money. Arranging a vet
/// and paying for it up front (垫付) is care, not a verdict, and is allowed.
@Suite struct ScriptFactsFirstTests {
    static let library = try! ScriptLibrary.load(storeDirectory: nil).library

    static func admits(_ text: String, _ lang: Language) -> String? {
        // (Regex is not Sendable: made per call, not kept in a static.)
        let en = /(?i)\bour fault\b|\bwe were at fault\b|\bwe're at fault\b|\bfull responsibility\b|\brefund|\bcompensat|\bfree of charge\b|\bwon't charge\b|\bno charge\b|\bon us\b|\bmoney back\b|\bat our cost\b/
        let zh = /我们的过错|是我们的错|我们的错误|我们的责任|承担全部责任|全责|退款|退钱|退还|赔偿|赔付|免单|免费|不收费|全免|补偿|由我们承担|我们来承担/
        let hit = lang == .en ? text.firstMatch(of: en) : text.firstMatch(of: zh)
        return hit.map { String($0.output) }
    }

    @Test func nothingBeforeTheFactsAdmitsFaultOrPromisesMoney() {
        var read = 0
        var found: [String] = []
        for script in Self.library.scripts where !script.stages.isDisjoint(with: [.received, .acknowledged]) {
            read += 1
            for lang in [Language.en, .zh] {
                if let words = Self.admits(script.text.text(lang), lang) { found.append("\(script.id) \(lang.rawValue): \(words)") }
            }
        }
        print("scripts said before the facts: \(read), admitting fault or promising money: \(found.count)")
        #expect(read >= 40)
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func theRuleCatchesWhatItMeans() {
        #expect(Self.admits("That's on us, and I want to put it right.", .en) != nil)
        #expect(Self.admits("这是我们的责任，我会弥补。", .zh) != nil)
        #expect(Self.admits("We'll refund it in full.", .en) != nil)
        #expect(Self.admits("先带{pet}去看医生，看病的钱我们先垫付。", .zh) == nil)
        #expect(Self.admits("I'm so sorry you've had such a worrying day.", .en) == nil)
    }
}
