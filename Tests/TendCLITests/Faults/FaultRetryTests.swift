import Foundation
import Testing

extension Faults {
    /// Every change-making command run twice with the same `--request-id`: the second run must
    /// exit 0, print what the first printed, and change nothing. And requests that carry what they
    /// expect: an advance repeated, an advance from a stage the ticket has left, and a console form
    /// opened before someone else moved the ticket, are all refused instead of moving it again.
    @Suite struct FaultRetries {
        /// Each command with the arguments that make a change on a fresh demo desk of 100 tickets
        /// (enough to hold a resolution waiting for approval: the demo's cases settle most general
        /// complaints within a handler's ceiling).
        static func command(_ name: String, tend: TendRunner, desk: String) throws -> [String] {
            let tickets = try tend.tickets(desk)
            func first(_ description: String, _ matches: ([String: Any]) -> Bool) throws -> String {
                try #require(tickets.first(where: matches)?["id"] as? String, "the demo desk has no \(description) ticket")
            }
            func stage(_ stage: String) -> ([String: Any]) -> Bool { { $0["stage"] as? String == stage } }
            let open: ([String: Any]) -> Bool = { $0["stage"] as? String != "closed" }
            switch name {
            case "add":
                return ["add", "--customer", "林小姐", "--contact", "13912345678", "--service", "grooming", "--channel", "phone",
                        "--description", "洗完澡耳朵发红"]
            case "import":
                let file = tend.path("one.json")
                try #"[{"customer":"王芳","contact":"138","service":"boarding","channel":"chat","description":"没有视频"}]"#
                    .write(toFile: file, atomically: true, encoding: .utf8)
                return ["import", file]
            case "advance": return ["advance", try first("received", stage("received")), "--eta", "20m"]
            case "take": return ["take", try first("unassigned received", { $0["stage"] as? String == "received" && $0["assignee"] is NSNull })]
            case "assign":
                return ["assign", try first("open", { open($0) && $0["assignee"] as? String != "wang.fang" }), "--to", "wang.fang"]
            case "grade":
                // No harm to the pet, which would hold the grade up.
                let ticket = try #require(tickets.first { open($0) && $0["harm"] as? String == "none" })
                return ["grade", ticket["id"] as! String, ticket["grade"] as? String == "critical" ? "general" : "critical", "--reason", "retry test"]
            case "note": return ["note", "T-1001", "said twice"]
            case "approve":
                return ["approve", try first("pending approval", { (($0["resolution"] as? [String: Any])?["approval"] as? [String: Any])?["state"] as? String == "pending" })]
            case "reopen": return ["reopen", try first("closed", stage("closed")), "--reason", "still unhappy"]
            case "mediate": return ["mediate", try first("investigating", stage("investigating")), "--party", "consumer_association", "--reason", "cannot settle directly"]
            case "followup": return ["followup", try first("follow-up", stage("follow_up")), "--failed", "--note", "no answer"]
            case "relate": return ["relate", "T-1002", "T-1020"]
            case "anger": return ["anger", try first("calm open", { open($0) && $0["anger"] as? String != "angry" }), "angry"]
            case "kept":
                let promised: ([String: Any]) -> Bool = { ($0["promises"] as? [[String: Any]] ?? []).contains { $0["kept_by"] is NSNull } }
                let ticket = try #require(tickets.first(where: promised), "the demo desk has no open promise")
                let number = (ticket["promises"] as! [[String: Any]]).firstIndex { $0["kept_by"] is NSNull }! + 1
                return ["kept", ticket["id"] as! String, "\(number)", "--note", "transfer 8812"]
            case "mediation": return ["mediation", try first("in mediation", stage("mediation")), "--note", "the mediator called"]
            case "evidence":
                // A file: copied in once, however often the command is retried.
                let file = tend.path("photo.jpg")
                try Data("fake jpeg bytes".utf8).write(to: URL(fileURLWithPath: file))
                return ["evidence", "add", "T-1001", file, "--kind", "photo"]
            default: throw TendRunner.Failure(text: "no arguments for \(name)")
            }
        }

        static let commands = ["add", "advance", "take", "assign", "grade", "note", "approve", "reopen", "mediate", "followup", "relate", "anger", "import",
                               "kept", "mediation", "evidence"]

        /// Every ticket's timeline: what a change-making command may add to.
        static func timelines(_ tend: TendRunner, _ desk: String) throws -> [String: String] {
            let tickets = try #require(try tend.json(["export", "--format", "json", "--store", desk]) as? [[String: Any]])
            var result: [String: String] = [:]
            for ticket in tickets {
                let timeline = try JSONSerialization.data(withJSONObject: ticket["timeline"] ?? [], options: [.sortedKeys])
                result[ticket["id"] as? String ?? "?"] = String(decoding: timeline, as: UTF8.self)
            }
            return result
        }

        @Test func everyCommandRetriedWithItsRequestIDReportsTheFirstOutcome() throws {
            var figures = FaultFigures("retries")
            var failures: [String] = []
            for name in Self.commands {
                let tend = TendRunner()
                let desk = tend.path("desk")
                try tend.makeDemo(desk, tickets: 100)
                // A handler for what a handler does, a supervisor for the rest.
                let login = ["add", "import", "take"].contains(name) ? "li.hua" : "zhao.min"
                let arguments = try Self.command(name, tend: tend, desk: desk) + ["--store", desk, "--as", login, "--request-id", "retry-\(name)"]
                let first = try tend.attempt(arguments)
                figures.runs += 1
                guard first.outcome == .acknowledged else {
                    if case .crashed = first.outcome { figures.crashes += 1 } else { figures.unexpected += 1 }
                    failures.append("tend \(name) … --request-id: \(first.stderr.split(separator: "\n").first ?? "")")
                    continue
                }
                figures.acknowledged += 1
                let before = try Self.timelines(tend, desk)
                let second = try tend.attempt(arguments)
                figures.runs += 1
                if case .crashed = second.outcome { figures.crashes += 1 }
                if second.outcome != .acknowledged {
                    figures.falseFailures += 1
                    failures.append("tend \(name) retried: \(second.stderr)")
                } else if second.stdout != first.stdout {
                    failures.append("tend \(name) retried said \(second.stdout.debugDescription), first \(first.stdout.debugDescription)")
                }
                if try Self.timelines(tend, desk) != before {
                    figures.duplicated += 1
                    failures.append("tend \(name) retried changed the desk again")
                }
                let kept = (try? FileManager.default.contentsOfDirectory(atPath: desk + "/evidence/T-1001")) ?? []
                if name == "evidence" && kept.count != 1 {
                    figures.duplicated += 1
                    failures.append("tend evidence add retried left \(kept.count) files: \(kept)")
                }
            }
            figures.details = ["\(Self.commands.count) commands, each run twice with one request id"]
            figures.reportAndExpectClean()
            for failure in failures { Issue.record("\(failure)") }
        }

        @Test func anAdvanceRepeatedOrFromAnotherStageIsRefused() throws {
            let tend = TendRunner()
            let desk = tend.path("desk")
            try tend.makeDemo(desk, tickets: 20)
            let id = try #require(try tend.tickets(desk).first { $0["stage"] as? String == "received" && $0["assignee"] is NSNull }?["id"] as? String)
            func run(_ arguments: String...) throws -> (outcome: AttemptOutcome, stdout: String, stderr: String) {
                try tend.attempt(arguments + ["--store", desk, "--as", "li.hua"])
            }
            func shown() throws -> [String: Any] { try #require(try tend.json(["show", id, "--store", desk, "--json"]) as? [String: Any]) }
            #expect(try run("take", id).outcome == .acknowledged)
            #expect(try run("advance", id, "--eta", "20m").outcome == .acknowledged)
            let eta = try shown()["eta"] as? String

            let again = try run("advance", id, "--eta", "20m")
            #expect(again.outcome != .acknowledged, "a second `advance \(id) --eta 20m` moved it on: \(again.stdout)")
            #expect(try shown()["stage"] as? String == "acknowledged")
            #expect(try shown()["eta"] as? String == eta)

            let fromReceived = try run("advance", id, "--from", "received")
            #expect(fromReceived.outcome == .failed(fromReceived.stderr) && !fromReceived.stderr.contains("Unknown option"),
                    "`advance \(id) --from received` on an acknowledged ticket: \(fromReceived.stderr)")
            #expect(try shown()["stage"] as? String == "acknowledged")
            let fromAcknowledged = try run("advance", id, "--from", "acknowledged")
            #expect(fromAcknowledged.outcome == .acknowledged, "`advance \(id) --from acknowledged`: \(fromAcknowledged.stderr)")
        }

        /// The advance form opened in the console on a received ticket; meanwhile the ticket is
        /// acknowledged from the command line; then the form is submitted.
        @Test func aStaleConsoleFormIsRefused() throws {
            #expect(TmuxDriver.available, "tmux is needed for the console (.ci/run installs it)")
            let tend = TendRunner()
            let desk = tend.path("desk")
            try tend.makeDemo(desk, tickets: 20)
            let id = try #require(try tend.tickets(desk).first { $0["stage"] as? String == "received" && $0["assignee"] is NSNull }?["id"] as? String)
            #expect(try tend.attempt(["take", id, "--store", desk, "--as", "li.hua"]).outcome == .acknowledged)
            let console = try ConsoleSession(tend: tend, desk: desk, login: "li.hua")
            defer { console.stop() }
            try console.start()
            try console.tmux.press("/")
            try console.tmux.waitFor("the search prompt") { $0.contains("Search:") }
            try console.tmux.type(id)
            try console.tmux.press("Enter")
            try console.tmux.waitFor("\(id) selected") { $0.contains("Ticket \(id)") }
            try console.tmux.press("a")
            try console.tmux.waitFor("the acknowledge form") { $0.contains("\(id): received → acknowledged") }

            #expect(try tend.attempt(["advance", id, "--eta", "2h", "--store", desk, "--as", "li.hua"]).outcome == .acknowledged)
            let shownAfterCLI = try #require(try tend.json(["show", id, "--store", desk, "--json"]) as? [String: Any])
            try console.tmux.press("C-s")
            // The checklist question comes first if the console gets that far; a refusal may come
            // before it, leaving the form open with its message ("Promised by" is the form's field).
            let asked = try? console.tmux.waitFor("the checklist question or the form closing", timeout: 5) {
                $0.contains("Move on anyway?") || !$0.contains("Promised by")
            }
            if asked?.contains("Move on anyway?") == true { try console.tmux.press("y") }
            // Whatever the console says, give it the time to say it, then look at the desk.
            _ = try? console.tmux.waitFor("a claim of success", timeout: 3) { $0.contains("→ investigating") }
            let shown = try #require(try tend.json(["show", id, "--store", desk, "--json"]) as? [String: Any])
            let screen = try console.tmux.screen()
            #expect(shown["stage"] as? String == "acknowledged", "the stale form moved \(id) on; the screen was:\n\(screen)")
            // And the console said why, in the form (it stays open with what was typed).
            let refused = try? console.tmux.waitFor("the refusal", timeout: 5) { $0.contains("no longer received") }
            #expect(refused != nil, "no refusal on the screen:\n\(screen)")
            #expect(shown["eta"] as? String == shownAfterCLI["eta"] as? String)
        }
    }
}
