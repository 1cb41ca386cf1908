import Foundation
import Testing

/// `tend stats`, `tend export --per-ticket` and `tend report` on a demo desk, as a supervisor
/// types them; the report is drawn by headless Chromium and the picture looked at.
@Suite struct StatisticsCommandTests {
    let tend = TendRunner()
    var desk: String { tend.path("desk") }

    func tend(_ args: String..., lang: String = "en") throws -> TendRunner.Result {
        try tend.run(args + ["--store", desk, "--as", "zhao.min", "--lang", lang])
    }

    func makeDesk() throws {
        #expect(try tend.run(["demo", "--store", desk, "--tickets", "600", "--seed", "4"]).status == 0)
    }

    @Test func theFiguresAgreeWithTheirTicketsAndTheirCounts() throws {
        try makeDesk()
        let text = try tend("stats")
        #expect(text.status == 0, "\(text.stderr)")
        for heading in ["The period", "Complaints by cause", "Each clock, met on time", "Satisfaction at follow-up", "Load now, and the period's work"] {
            #expect(text.stdout.contains(heading), "\(heading)")
        }
        let json = try #require(try tend.json(["stats", "--json", "--store", desk, "--as", "zhao.min"]) as? [String: Any])
        let received = try #require(json["received"] as? Int)
        let counts = try #require(json["counts"] as? [String: [[String: Any]]])
        for dimension in ["cause", "service", "grade", "channel", "harm", "branch", "week"] {
            #expect(counts[dimension]?.compactMap { $0["count"] as? Int }.reduce(0, +) == received, "\(dimension)")
        }
        let clocks = try #require(json["clocks"] as? [[String: Any]])
        let answer = try #require(clocks.first { $0["clock"] as? String == "answer" })
        let late = try tend("stats", "--tickets", "late:answer")
        #expect(late.stdout.contains("\(answer["breached"] as? Int ?? -1) ticket(s)"), "\(late.stdout.suffix(200))")
        let byService = try tend("stats", "--by", "service,month", "--csv")
        #expect(byService.stdout.hasPrefix("section,figure,value,tickets\n") && byService.stdout.contains("service:grooming"))
        // Chinese, and a filter.
        let chinese = try tend("stats", "--service", "boarding", "--page", "causes", lang: "zh")
        #expect(chinese.status == 0 && chinese.stdout.contains("按成因统计投诉") && chinese.stdout.contains("寄养"))
        let warnings = try tend("stats", "--warnings")
        let listed = (json["warnings"] as? [Any])?.count ?? 0
        #expect(warnings.status == (listed > 0 ? 1 : 0), "\(warnings.stdout)")
        // Each warning names the command that lists its tickets: pasted into a shell as printed,
        // it runs on the same desk (a branch's name may have a space in it).
        var pasted = 0
        for line in warnings.stdout.split(separator: "\n") {
            guard let start = line.range(of: "(tickets: tend "), line.hasSuffix(")") else { continue }
            let words = line[start.upperBound..<line.index(before: line.endIndex)]
            let spawned = try tend.start("/bin/sh", ["-c", "'\(TendRunner.binary)' " + words])
            let (status, _) = spawned.wait()
            let out = (try? String(contentsOfFile: spawned.stdout, encoding: .utf8)) ?? ""
            #expect(status == 0 && out.contains("ticket(s)"), "\(line) → \(out)")
            pasted += 1
        }
        #expect(pasted == listed)
        let notAssessed = try tend("stats", "--tickets", "cause:")
        #expect(notAssessed.status == 0 && notAssessed.stdout.contains("ticket(s)"), "\(notAssessed.stderr)")
        let refused = try tend("stats", "--week", "2026-W60")
        #expect(refused.status == 1 && refused.stderr.contains("--week takes an ISO week"))
    }

    @Test func aRowPerTicketCarriesItsFiguresAndNoCustomer() throws {
        try makeDesk()
        let result = try tend("export", "--format", "csv", "--per-ticket")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("id,received,week,branch,service") == true)
        #expect(lines.count == 601)
        #expect(!result.stdout.contains("@example.com"))
        let full = try tend("export", "--format", "csv")
        let customer = try #require(full.stdout.split(separator: "\n")[1].split(separator: ",").dropFirst(8).first)
        #expect(!result.stdout.contains(String(customer)))
    }

    /// The week's report, written to a file, drawn by a browser: its charts (the bars' blue) and
    /// the warnings (red) are on the picture, in English and in Chinese.
    @Test(arguments: ["en", "zh"]) func theWeeklyReportRendersWithItsCharts(lang: String) throws {
        try makeDesk()
        let file = tend.path("week-\(lang).html")
        let result = try tend("report", "--week", lastWeek(), "--output", file, lang: lang)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg") && html.contains(lang == "zh" ? "投诉周报" : "Complaints report"))
        // Self-contained: nothing to fetch, nothing to run.
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
        guard let browser = Self.browser() else {
            #expect(ProcessInfo.processInfo.environment["TEND_REQUIRE_CHROMIUM"] != "1", "TEND_REQUIRE_CHROMIUM=1 but no chromium on PATH")
            return
        }
        let picture = tend.path("week-\(lang).png")
        let spawned = try tend.start(browser, ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                               "--window-size=1000,2600", "--screenshot=\(picture)", "file://\(file)"])
        #expect(spawned.wait().0 == 0)
        let png = try PNGPicture(contentsOf: picture)
        #expect(png.width == 1000 && png.height == 2600)
        // The bars and columns are the report's blue (#2b6cb0); a page that failed to draw is white.
        #expect(png.count(red: 0x2b, green: 0x6c, blue: 0xb0) > 20_000, "blue pixels: \(png.count(red: 0x2b, green: 0x6c, blue: 0xb0))")
        #expect(png.rowsWithInk() > 1_000)
        if html.contains("class=\"warn\"") { #expect(png.count(red: 0xb9, green: 0x1c, blue: 0x1c, tolerance: 30) > 200) }
    }

    @Test func customerTextInAReportIsInert() throws {
        try makeDesk()
        let hostile = "<img src=x onerror=alert(1)>店"
        let added = try tend.run(["add", "--customer", "A", "--contact", "13900000000", "--pet", "B", "--service", "retail", "--channel", "phone",
                                  "--description", "x", "--branch", hostile, "--store", desk, "--as", "li.hua"])
        #expect(added.status == 0, "\(added.stderr)")
        let result = try tend("report", "--week", thisWeek())
        #expect(result.status == 0 && result.stdout.contains("&lt;img src=x onerror=alert(1)&gt;店") && !result.stdout.contains("<img"))
    }

    func lastWeek() -> String { weekName(Date().addingTimeInterval(-7 * 86400)) }
    func thisWeek() -> String { weekName(Date()) }

    func weekName(_ date: Date) -> String {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        return String(format: "%04d-W%02d", parts.yearForWeekOfYear!, parts.weekOfYear!)
    }

    static func browser() -> String? {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
                let path = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }
}
