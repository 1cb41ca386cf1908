import Foundation
import Testing
import TendPostgres
import TendPostgresTesting

/// A team's consoles on one database desk, each in its own terminal as its own role: another's
/// change shows at once, so does who has a ticket open; when the server goes away the status bar
/// says so, a change is refused with what was typed kept, and when it is back the consoles catch
/// up by themselves.
@Suite(.serialized, .enabled(if: TestCluster.testsRun && TmuxDriver.available, Comment(rawValue: TestCluster.unavailableReason ?? "tmux is needed")))
struct TeamConsoleEndToEndTests {
    let tend = TendRunner()

    func console(_ url: String, lang: String = "C.UTF-8", ready: String = "Queue") throws -> TmuxDriver {
        let driver = try TmuxDriver(width: 120, height: 40, environment: ["LANG": lang, "XDG_DATA_HOME": tend.path("xdg"), "XDG_CACHE_HOME": tend.path("cache")])
        try driver.type("\(TendRunner.binary) --database '\(url)'")
        try driver.press("Enter")
        try driver.waitFor("a console") { $0.contains(ready) }
        return driver
    }

    @Test func twoConsolesSeeEachOtherAndRideOutTheServerGoingAway() throws {
        let cluster = try TestCluster.start()
        defer { try? cluster.stop(immediate: true) }
        let database = try cluster.createDatabase()
        let supervisor = cluster.url(database: database).redacted
        #expect(try tend.run(["demo", "--database", supervisor, "--tickets", "40"]).status == 0)
        #expect(try tend.run(["team", "sync", "--database", supervisor]).status == 0)
        let handler = cluster.url(database: database, user: "li.hua").redacted

        let watcher = try console(handler, lang: "zh_CN.UTF-8", ready: "队列")
        defer { watcher.stop() }
        let writer = try console(supervisor)
        defer { writer.stop() }
        let screen = try watcher.screen()
        let id = try #require(screen.range(of: #"详情 T-\d+"#, options: .regularExpression).map { String(screen[$0].split(separator: " ").last!) })
        // The watcher reads the whole ticket (zoomed), notes and all, however long it is.
        try watcher.press("Tab")
        try watcher.press("z")
        try watcher.waitFor("the ticket zoomed") { !$0.contains("队列") }
        // The supervisor opens the same ticket: the handler sees who else has it open. (The line
        // stands below the ticket's fields, so on a long ticket it is below the unzoomed pane's
        // last row; zoomed, it shows.)
        try writer.press("/")
        try writer.type(id)
        try writer.press("Enter")
        try watcher.waitFor("who else has it open", timeout: 10) { $0.contains("同时在看：") && $0.contains("@") }
        try writer.press("i")
        try writer.waitFor("the note form") { $0.contains("Note on \(id)") }
        try watcher.waitFor("the other typing", timeout: 10) { $0.contains("正在填写表单") }
        try writer.type("note-one")
        let pressed = Date()
        try writer.press("C-s")
        try watcher.waitFor("the note in the other console", timeout: 10) { $0.contains("note-one") }
        let delay = Date().timeIntervalSince(pressed)
        print("team console: submit in one tmux pane → the note on the other's screen: \(String(format: "%.0f ms", delay * 1000))")
        #expect(delay < 2)

        // The server goes away: both say so; a change is refused and what was typed stays.
        try cluster.stop(immediate: true)
        try writer.waitFor("offline on the status bar", timeout: 15) { $0.contains("offline — reconnecting") }
        try watcher.waitFor("offline on the status bar", timeout: 15) { $0.contains("离线——正在重新连接") }
        try writer.press("i")
        try writer.waitFor("the note form") { $0.contains("Note on \(id)") }
        try writer.type("offline-note")
        try writer.press("C-s")
        try writer.waitFor("the refusal", timeout: 10) { $0.contains("nothing was changed") && $0.contains("offline-note") }

        // Back again: the status clears by itself, the same form goes through, and the other
        // console shows it.
        try cluster.start()
        try writer.waitFor("back online", timeout: 20) { !$0.contains("offline — reconnecting") }
        try watcher.waitFor("back online", timeout: 20) { !$0.contains("离线——正在重新连接") }
        try writer.press("C-s")
        try writer.waitFor("the note saved", timeout: 10) { $0.contains("Note added to \(id).") }
        try watcher.waitFor("the note in the other console", timeout: 10) { $0.contains("offline-note") }
        try writer.press("q")
        try watcher.press("q")
    }
}
