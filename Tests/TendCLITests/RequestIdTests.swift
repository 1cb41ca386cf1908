import Foundation
import Testing

/// A request id names one change: asked again for the same thing it reports the first outcome;
/// asked for anything else it is refused, never taken for a retry (found in review: a note's id
/// reused by `add` printed the note's ticket as if a complaint had been taken in).
@Suite struct RequestIdTests {
    let tend = TendRunner()
    var desk: String { tend.path("desk") }

    func run(_ arguments: [String]) throws -> TendRunner.Result {
        try tend.run(arguments + ["--store", desk, "--as", "zhao.min"])
    }

    func timelineCount(_ id: String) throws -> Int {
        let shown = try #require(try tend.json(["show", id, "--store", desk, "--json"]) as? [String: Any])
        return (shown["timeline"] as? [Any])?.count ?? -1
    }

    @Test func theSameIdForAnotherChangeIsRefused() throws {
        #expect(try tend.run(["demo", "--store", desk, "--tickets", "5", "--now", "2026-11-20T09:00:00Z"]).status == 0)
        let first = try run(["note", "T-1001", "call back", "--request-id", "R1"])
        #expect(first.status == 0)
        let entries = try timelineCount("T-1001")
        let retry = try run(["note", "T-1001", "call back", "--request-id", "R1"])
        #expect(retry.status == 0 && retry.stdout == first.stdout)
        for other in [["note", "T-1001", "something else entirely", "--request-id", "R1"],
                      ["add", "--customer", "A", "--contact", "1", "--service", "retail", "--channel", "phone",
                       "--description", "x", "--request-id", "R1"],
                      ["advance", "T-1001", "--eta", "4h", "--request-id", "R1"]] {
            let result = try run(other)
            #expect(result.status == 1, "\(other): \(result.stdout)")
            #expect(result.stderr.contains("Request id R1 was already used"), "\(result.stderr)")
        }
        #expect(try timelineCount("T-1001") == entries)
        let zh = try tend.run(["note", "T-1001", "另一条", "--request-id", "R1", "--store", desk, "--as", "zhao.min", "--lang", "zh"])
        #expect(zh.stderr.contains("请求编号 R1 已被使用（用于另一项更改）"), "\(zh.stderr)")
        let list = try #require(try tend.json(["list", "--store", desk, "--all", "--limit", "0", "--json"]) as? [[String: Any]])
        #expect(list.count == 5)
    }
}
