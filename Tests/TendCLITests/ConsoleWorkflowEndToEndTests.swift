import Foundation
import Testing

/// The workflow keys in the real binary: a complaint taken in with `c` and walked to closed with
/// `a` and its forms, by a supervisor working in Chinese at 80×24; a reassignment; a note that
/// survives the console being killed.
extension ConsoleEndToEndTests {
    func shown(_ id: String) throws -> [String: Any] {
        try #require(try tend.json(["show", id, "--store", desk, "--json"]) as? [String: Any])
    }

    @Test func aComplaintTakenInAndWalkedToClosedWithKeys() throws {
        let tmux = try start(width: 80, height: 24, lang: "zh_CN.UTF-8", as: "zhao.min")
        defer { tmux.stop() }
        try tmux.press("c")
        try tmux.waitFor("the intake form") { $0.contains("新投诉") }
        try tmux.type("王小明")
        try tmux.press("Tab")
        try tmux.type("13800001234")
        try tmux.press("Tab")
        try tmux.type("旺财")
        for _ in 0..<4 { try tmux.press("Tab") }
        try tmux.type("洗澡后耳朵发红")
        try tmux.press("C-s")
        try tmux.waitFor("the new ticket") { $0.contains("T-1081 已受理") }
        #expect(try shown("T-1081")["stage"] as? String == "received")

        // Nothing has been said yet, so each advance first warns about the stage's must-say
        // checklist; passing it is recorded.
        func passChecklist() throws {
            try tmux.waitFor("the checklist warning") { $0.contains("本阶段尚未说到") }
            try tmux.press("y")
        }
        try tmux.press("a")
        try tmux.waitFor("the acknowledge form") { $0.contains("承诺答复时间") }
        try tmux.press("C-s")
        try passChecklist()
        try tmux.waitFor("acknowledged") { $0.contains("T-1081：受理 → 已回应") }

        try tmux.press("a")
        try tmux.waitFor("the assignee picker") { $0.contains("负责人") && $0.contains("在办") }
        try tmux.type("l")
        try tmux.waitFor("li.hua chosen") { $0.contains("li.hua") }
        try tmux.press("Enter")
        try passChecklist()
        try tmux.waitFor("investigating") { $0.contains("已回应 → 调查评估") }

        try tmux.press("a")
        try tmux.waitFor("the assessment form") { $0.contains("调查结果") }
        try tmux.press("Tab")
        try tmux.type("h")
        try tmux.press("Tab")
        try tmux.type("洗护用品过敏")
        try tmux.press("C-s")
        try passChecklist()
        try tmux.waitFor("resolving") { $0.contains("调查评估 → 处理中") }

        try tmux.press("a")
        try tmux.waitFor("the resolution form") { $0.contains("处理方式") }
        try tmux.press("Tab")
        try tmux.type("abc")
        try tmux.press("C-s")
        try tmux.waitFor("the amount refused, form kept") { $0.contains("金额“abc”无法识别") && $0.contains("处理方式") }
        try tmux.press("C-u")
        try tmux.type("80")
        try tmux.press("Tab")
        try tmux.type("退还部分费用")
        try tmux.press("C-s")
        try passChecklist()
        try tmux.waitFor("follow-up") { $0.contains("处理中 → 回访") }

        try tmux.press("a")
        try tmux.waitFor("the follow-up form") { $0.contains("满意度") }
        try tmux.press("Tab")
        try tmux.type("5")
        try tmux.press("C-s")
        try tmux.waitFor("the closing question") { $0.contains("结案 T-1081？") && $0.contains("本阶段尚未说到") }
        try tmux.press("y")
        try tmux.waitFor("closed") { $0.contains("回访 → 已结案") }

        let ticket = try shown("T-1081")
        #expect(ticket["stage"] as? String == "closed")
        #expect(ticket["assignee"] as? String == "li.hua")
        #expect((ticket["customer"] as? [String: Any])?["name"] as? String == "王小明")
        #expect(ticket["description"] as? String == "洗澡后耳朵发红")
        try tmux.press("q")
        try tmux.waitFor("the shell") { !$0.contains("队列") }
    }

    @Test func aSupervisorReassignsFromAPickerShowingLoad() throws {
        let tmux = try start(as: "zhao.min")
        defer { tmux.stop() }
        let id = try #require(ticketTitle(try tmux.screen()))
        try tmux.press("r")
        try tmux.waitFor("the picker") { $0.contains("Reassign \(id)") && $0.contains(" open") }
        try tmux.type("w")
        try tmux.waitFor("wang.fang") { $0.contains("‹ ") && $0.contains("wang.fang") }
        try tmux.press("Enter")
        try tmux.waitFor("the reassignment") { $0.contains("\(id) assigned to wang.fang.") }
        #expect(try shown(id)["assignee"] as? String == "wang.fang")
        try tmux.press("q")
    }

    @Test func aHalfWrittenNoteSurvivesTheConsoleBeingKilled() throws {
        let tmux = try start()
        defer { tmux.stop() }
        let id = try #require(ticketTitle(try tmux.screen()))
        try tmux.press("i")
        try tmux.waitFor("the note form") { $0.contains("Note on \(id)") }
        try tmux.type("Called back, 旺财 is eating again")
        try tmux.waitFor("the text") { $0.contains("旺财 is eating again") }
        let console = try #require(processes { $0.hasPrefix(TendRunner.binary) && $0.contains(desk) }.first)
        kill(console, SIGKILL)
        // Killed outright, the console cannot restore the terminal: it is left in raw mode, where
        // Enter is not a line end, so the shell is given Ctrl-J and `stty sane`, and the screen is
        // cleared so what follows is drawn by the new console, not left over from the old one.
        let deadline = Date().addingTimeInterval(10)
        while kill(console, 0) == 0 && Date() < deadline { usleep(50_000) }
        try tmux.press("C-j")
        try tmux.type("stty sane; clear")
        try tmux.press("C-j")
        try tmux.waitFor("a clear screen") { !$0.contains("Note on") }
        try tmux.type("\(TendRunner.binary) --store \(desk) --as li.hua")
        try tmux.press("Enter")
        try tmux.waitFor("the note offered back") { $0.contains("Note on \(id)") && $0.contains("旺财 is eating again") }
        try tmux.press("C-s")
        try tmux.waitFor("the note saved") { $0.contains("Note added to \(id).") }
        let timeline = try shown(id)["timeline"] as? [[String: Any]] ?? []
        #expect(timeline.contains { ($0["text"] as? String)?.contains("旺财 is eating again") == true || "\($0)".contains("旺财 is eating again") })
        try tmux.press("q")
    }
}

/// Issue 4 as its users meet it: a trainee practising, a supervisor reading the result, and the
/// phrasing coach catching a deflection in a handler's note.
extension ConsoleEndToEndTests {
    @Test func aTraineePractisesAndASupervisorSeesTheScore() throws {
        let trainee = try start(as: "xiao.yu")
        defer { trainee.stop() }
        // Read-only: the trainee's scripts show why they work, and changes are refused.
        try trainee.press("Tab", "Tab")
        try trainee.waitFor("the reasons open") { $0.contains("Why: ") && $0.contains("Avoid: ") }
        try trainee.press("Enter")
        try trainee.waitFor("the refusal") { $0.contains("A trainee can read tickets but not change them.") }
        try trainee.press("Escape", "P")
        try trainee.waitFor("a scenario") { $0.contains("Practice 1/5") && $0.contains("The customer says:") }
        for round in 1...5 {
            try trainee.press("1")
            try trainee.waitFor("feedback \(round)") { $0.contains("Enter: next scenario") }
            try trainee.press("Enter")
        }
        let done = try trainee.waitFor("the score") { $0.contains("Practice saved:") }
        let score = try #require(done.range(of: #"\d of 5 right"#, options: .regularExpression).map { String(done[$0]) })
        try trainee.press("Escape", "q")

        let report = try tend.run(["training", "report", "--store", desk, "--as", "zhao.min", "--json"])
        #expect(report.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [[String: Any]])
        let row = try #require(rows.first { $0["login"] as? String == "xiao.yu" })
        #expect(row["answers"] as? Int == 5)
        #expect("\(row["right"] as? Int ?? -1) of 5 right" == score)
        #expect(try tend.run(["training", "report", "--store", desk, "--as", "li.hua"]).status == 1)
    }

    @Test func theCoachCatchesADeflectionInANote() throws {
        let tmux = try start(lang: "zh_CN.UTF-8")
        defer { tmux.stop() }
        try tmux.press("i")
        try tmux.waitFor("the note form") { $0.contains("备注") }
        try tmux.type("这不归我们管")
        try tmux.waitFor("the coach, as it is typed") { $0.contains("话术提示：“这不归我们管”") && $0.contains("这件事我来帮您处理") }
        try tmux.press("C-s")
        try tmux.waitFor("the question") { $0.contains("仍按原文保存吗？") }
        try tmux.press("n")
        try tmux.waitFor("back in the form") { $0.contains("未做任何更改") }
        try tmux.press("q")
    }
}
