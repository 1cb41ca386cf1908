import Foundation
import Testing

/// The console as its users meet it: the real binary in tmux.
@Suite(.serialized) struct ConsoleEndToEndTests {
    let tend = TendRunner()
    var desk: String { tend.path("desk") }

    func start(width: Int = 120, height: Int = 40, lang: String = "C.UTF-8", as login: String = "li.hua") throws -> TmuxDriver {
        #expect(TmuxDriver.available, "tmux is needed for the console tests (.ci/run installs it)")
        let result = try tend.run(["demo", "--store", desk, "--tickets", "80", "--now", "2026-11-20T09:00:00Z"])
        #expect(result.status == 0)
        let driver = try TmuxDriver(width: width, height: height, environment: ["LANG": lang])
        try driver.type("\(TendRunner.binary) --store \(desk) --as \(login)")
        try driver.press("Enter")
        try driver.waitFor("the console") { $0.contains("Queue") || $0.contains("队列") }
        return driver
    }

    /// The IDs of the queue rows, top to bottom, read off the screen.
    func queueIDs(_ screen: String) -> [String] {
        screen.split(separator: "\n").compactMap { line in
            // Only the queue box's rows: they start with its border, and its right border ends them.
            guard line.hasPrefix("│") else { return nil }
            let queuePart = line.dropFirst().split(separator: "│").first ?? ""
            return queuePart.split(separator: " ").first { $0.hasPrefix("T-") }.map(String.init)
        }
    }

    /// Process IDs whose command line (arguments joined by spaces) satisfies `match`.
    func processes(_ match: (String) -> Bool) -> [pid_t] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { entry in
            guard let pid = pid_t(entry), let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return nil }
            let line = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\0", with: " ")
            return match(line) ? pid : nil
        }
    }

    func ticketTitle(_ screen: String) -> String? {
        guard let range = screen.range(of: #"(Ticket|详情) T-\d+"#, options: .regularExpression) else { return nil }
        return String(screen[range].split(separator: " ").last!)
    }

    @Test func navigatingMovesTheTicketPaneWithTheSelection() throws {
        let tmux = try start()
        defer { tmux.stop() }
        let first = try tmux.screen()
        let ids = queueIDs(first)
        #expect(ids.count > 10)
        #expect(ticketTitle(first) == ids[0])
        try tmux.press("j")
        try tmux.waitFor("the second ticket") { self.ticketTitle($0) == ids[1] }
        try tmux.press("G")
        try tmux.waitFor("a later ticket") { self.ticketTitle($0) != ids[1] }
        try tmux.press("g")
        try tmux.waitFor("the first ticket again") { self.ticketTitle($0) == ids[0] }
        try tmux.press("q")
        try tmux.waitFor("the shell") { !$0.contains("Queue") }
    }

    @Test func searchHelpResizeAndACleanExit() throws {
        let tmux = try start()
        defer { tmux.stop() }
        let screen = try tmux.screen()
        let target = queueIDs(screen)[5]
        try tmux.press("/")
        try tmux.waitFor("the search prompt") { $0.contains("Search:") }
        try tmux.type(target)
        try tmux.press("Enter")
        try tmux.waitFor("the found ticket") { self.ticketTitle($0) == target }
        try tmux.press("?")
        try tmux.waitFor("the help screen") { $0.contains("Keys — Esc or ? closes") && $0.contains("only overdue") }
        try tmux.press("Escape")
        try tmux.waitFor("help to close") { !$0.contains("Keys — Esc") }
        try tmux.resize(80, 24)
        try tmux.waitFor("the narrow layout") { $0.split(separator: "\n").first.map { $0.count <= 80 && $0.contains("Queue") } == true }
        try tmux.resize(50, 12)
        try tmux.waitFor("the too-small note") { $0.contains("Terminal too small") }
        try tmux.resize(120, 40)
        try tmux.waitFor("the wide layout") { $0.contains("Script") }
        try tmux.press("q")
        try tmux.waitFor("the shell") { !$0.contains("Queue") }
        // The terminal is as it was: typed text echoes and a command runs.
        try tmux.type("echo tend-left-cleanly")
        try tmux.press("Enter")
        try tmux.waitFor("the echo") { $0.components(separatedBy: "tend-left-cleanly").count >= 3 }
    }

    @Test func chineseRowsLineUpInTheConsole() throws {
        let tmux = try start(width: 80, height: 24, lang: "zh_CN.UTF-8")
        defer { tmux.stop() }
        let screen = try tmux.waitFor("the Chinese console") { $0.contains("队列") && $0.contains("话术") }
        let rows = screen.split(separator: "\n").filter { $0.contains("T-") && $0.hasPrefix("│") }
        #expect(rows.count >= 3)
        // Every row of the queue box ends at the same column as its border.
        let widths = Set(rows.map { line -> Int in
            var cells = 0
            for scalar in line.unicodeScalars { cells += (0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value) || (0xAC00...0xD7A3).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value) || (0xFE30...0xFE4F).contains(scalar.value) ? 2 : 1 }
            return cells
        })
        #expect(widths == [80], "rows are \(widths) cells wide")
        try tmux.press("q")
    }

    @Test func aHandlerTakesATicketAndATraineeIsRefused() throws {
        let trainee = try start(as: "xiao.yu")
        defer { trainee.stop() }
        let before = try trainee.screen()
        try trainee.press("t")
        try trainee.waitFor("the refusal") { $0.contains("A trainee can read tickets but not change them.") }
        try trainee.press("q")
        #expect(ticketTitle(before) != nil)

        let handler = try TmuxDriver(width: 120, height: 40, environment: ["LANG": "C.UTF-8"])
        defer { handler.stop() }
        try handler.type("\(TendRunner.binary) --store \(desk) --as li.hua")
        try handler.press("Enter")
        try handler.waitFor("the console") { $0.contains("Queue") }
        try handler.press("u")
        try handler.waitFor("the unassigned queue") { $0.contains("unassigned") }
        let id = try #require(ticketTitle(try handler.screen()))
        try handler.press("t")
        try handler.waitFor("the take") { $0.contains("\(id) is yours.") }
        // The core recorded it: the command line sees the new assignee.
        let shown = try tend.json(["show", id, "--store", desk, "--json"]) as? [String: Any]
        #expect(shown?["assignee"] as? String == "li.hua")
        try handler.press("q")
    }

    @Test func sigtermEndsTheConsoleAndRestoresTheTerminal() throws {
        let tmux = try start()
        defer { tmux.stop() }
        let console = try #require(processes { $0.hasPrefix(TendRunner.binary) && $0.contains(desk) }.first)
        kill(console, SIGTERM)
        try tmux.waitFor("the shell after SIGTERM") { !$0.contains("Queue") }
        try tmux.type("echo after-term")
        try tmux.press("Enter")
        try tmux.waitFor("the echo") { $0.components(separatedBy: "after-term").count >= 3 }
    }
}
