import Foundation
import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// The console's advance form refuses a value out of range with a reason in the handler's
/// language, and a draft kept with such a value comes back and is refused the same way.
extension FormTests {
    func state(_ lang: Language, selecting stage: Stage) throws -> ConsoleState {
        var state = state(lang, as: "zhao.min")
        _ = try select(stage, &state)
        return state
    }

    @Test(arguments: [Language.en, .zh])
    func theReproETAIsRefusedInTheFormNotTrapped(lang: Language) throws {
        var state = try state(lang, selecting: .received)
        let effects = press([.character("a"), .control("u")] + type("99999999999999d") + [.control("s")], &state)
        #expect(Asked.last(effects) == nil && state.confirmation == nil)
        let error = try #require(state.form?.error)
        #expect(error.contains("99999999999999d"))
        #expect(error.contains(lang.pick("three years", "三年")), "\(error)")
        #expect(error.contains(lang.pick("Promised by", "承诺答复时间")), "\(error)")
    }

    @Test(arguments: [Language.en, .zh])
    func anAmountAboveTheLargestIsRefusedInTheForm(lang: Language) throws {
        var state = try state(lang, selecting: .resolving)
        let effects = press([.character("a"), .tab] + type("99999999999999999999999") + [.control("s")], &state)
        #expect(Asked.last(effects) == nil)
        let error = try #require(state.form?.error)
        #expect(error.contains(Money.largest(currency: policy.currency).formatted), "\(error)")
        #expect(error.contains(lang.pick("Amount", "金额")), "\(error)")
    }

    @Test func aDraftHoldingTheReproValueComesBackAndIsRefused() throws {
        let store = NSTemporaryDirectory() + "tend-range-drafts-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: store) }
        var state = try state(.en, selecting: .received)
        let id = try #require(state.selectedID)
        // As the console left it before the crash: the form's draft, with a saved time far off too.
        let shelf = DraftShelf(storeDirectory: store, login: "zhao.min")
        try FileManager.default.createDirectory(atPath: shelf.directory, withIntermediateDirectories: true)
        let text = "{\"form\":\"advance\",\"ticket\":\"\(id)\",\"values\":{\"eta\":\"99999999999999d\"},\"focus\":99,\"saved_at\":1e300}"
        try text.write(toFile: shelf.directory + "/advance-\(id).json", atomically: true, encoding: .utf8)
        let (drafts, problems) = shelf.load()
        #expect(problems.isEmpty && drafts.count == 1)
        for draft in drafts { state.drafts[draft.key] = draft }
        press([.character("a")], &state)
        #expect(state.form?.value("eta") == "99999999999999d")
        let effects = press([.control("s")], &state)
        #expect(Asked.last(effects) == nil)
        #expect(state.form?.error?.contains("three years") == true, "\(state.form?.error ?? "")")
    }
}
