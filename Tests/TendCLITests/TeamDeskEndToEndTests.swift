import Foundation
import Testing
import TendPostgres
import TendPostgresTesting

/// A team's desk as its people meet it: the real `tend` binary, one process per person, each
/// connecting as their own database role, on a real PostgreSQL server.
@Suite(.enabled(if: TestCluster.testsRun, Comment(rawValue: TestCluster.unavailableReason ?? "PostgreSQL is installed")))
struct TeamDeskEndToEndTests {
    let tend = TendRunner()
    let cluster: TestCluster
    let database: String
    let admin = "tend_admin_test"

    init() throws {
        cluster = try TestCluster.shared
        database = try cluster.createDatabase()
    }

    func url(_ user: String) -> String { cluster.url(database: database, user: user).redacted }
    func login(_ name: String) -> String { "\(database)_\(name)" }

    func run(_ arguments: [String], as user: String, lang: String = "C.UTF-8") throws -> TendRunner.Result {
        try tend.run(arguments + ["--database", url(user)], lang: lang)
    }

    /// init, a roster with two handlers and a trainee imported, roles made by team sync.
    func setUpTeam() throws {
        var result = try run(["init"], as: admin)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("supervisor"))
        let file = tend.path("policy-\(database).toml")
        result = try run(["policy", "export", file], as: admin)
        #expect(result.status == 0, "\(result.stderr)")
        var policy = try String(contentsOfFile: file, encoding: .utf8)
        for (name, role) in [("h1", "handler"), ("h2", "handler"), ("t1", "trainee")] {
            policy += "\n[[staff]]\nlogin = \"\(login(name))\"\nname = \"\(name)\"\nrole = \"\(role)\"\n"
        }
        try policy.write(toFile: file, atomically: true, encoding: .utf8)
        result = try run(["policy", "import", file], as: admin)
        #expect(result.status == 0, "\(result.stderr)")
        result = try run(["team", "sync"], as: admin)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("created the login role \(login("h1"))"))
        #expect(result.stdout.contains("\(login("t1")): granted the rights of a trainee"))
    }

    func add(as user: String, customer: String = "林小姐", request: String? = nil) throws -> TendRunner.Result {
        try run(["add", "--customer", customer, "--contact", "13912345678", "--pet", "豆豆", "--service", "grooming",
                 "--channel", "phone", "--description", "耳朵被剪破"] + (request.map { ["--request-id", $0] } ?? []), as: user)
    }

    @Test func aTeamWorksOneDeskEachAsThemselves() throws {
        try setUpTeam()
        let added = try add(as: login("h1"))
        #expect(added.status == 0, "\(added.stderr)")
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id == "T-1001")
        var result = try run(["take", id], as: login("h1"))
        #expect(result.status == 0, "\(result.stderr)")
        result = try run(["show", id], as: login("t1"))
        #expect(result.status == 0 && result.stdout.contains(login("h1")), "\(result.stderr)")
        #expect(!result.stdout.contains("13912345678"), "a trainee never sees a contact")
        result = try run(["take", id], as: login("t1"))
        #expect(result.status == 1)
        result = try add(as: login("t1"))
        #expect(result.status == 1 && result.stderr.contains("trainee"), "\(result.stderr)")
        // Nobody can act in another's name.
        result = try run(["note", id, "a note", "--as", login("h2")], as: login("h1"))
        #expect(result.status == 1 && result.stderr.contains("--as"), "\(result.stderr)")
        result = try run(["list", "--lang", "zh"], as: login("h2"))
        #expect(result.status == 0 && result.stdout.contains(id))
        result = try run(["check"], as: admin)
        #expect(result.status == 0 && result.stdout.contains("1 tickets") && result.stdout.contains("2 changes"), "\(result.stdout)")
    }

    @Test func aRetriedRequestIsDoneOnce() throws {
        try setUpTeam()
        let first = try add(as: login("h1"), request: "retry-1")
        let again = try add(as: login("h1"), request: "retry-1")
        #expect(first.status == 0 && again.status == 0)
        #expect(first.stdout == again.stdout)
        let listed = try run(["list", "--all"], as: admin)
        #expect(listed.stdout.components(separatedBy: "T-10").count - 1 == 1, "\(listed.stdout)")
    }

    @Test func fourWritersAtOnceLoseAndDuplicateNothing() throws {
        try setUpTeam()
        let writers = [login("h1"), login("h2"), admin, login("h1")]
        let perWriter = 12
        var spawned: [(String, Spawned)] = []
        for (n, writer) in writers.enumerated() {
            let script = (0..<perWriter).map { i in
                "\(TendRunner.binary) add --database '\(url(writer))' --customer 'W\(n)-\(i)' --contact 1 --service grooming --channel phone --description x --request-id w\(n)-\(i)"
            }.joined(separator: " && ")
            spawned.append((writer, try tend.start("/bin/sh", ["-c", script])))
        }
        for (_, process) in spawned { #expect(process.wait().status == 0) }
        let export = try run(["export", "--format", "json"], as: admin)
        #expect(export.status == 0, "\(export.stderr)")
        let tickets = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]] ?? []
        let names = tickets.compactMap { ($0["customer"] as? [String: Any])?["name"] as? String ?? $0["customer"] as? String }
        #expect(tickets.count == writers.count * perWriter)
        #expect(Set(names).count == writers.count * perWriter, "no complaint twice")
        let ids = tickets.compactMap { $0["id"] as? String }
        #expect(ids == (0..<(writers.count * perWriter)).map { "T-\(1001 + $0)" })
        print("team desk: \(writers.count) writer processes × \(perWriter) adds: \(tickets.count) tickets, \(Set(names).count) distinct, numbers consecutive")
    }

    @Test func anUnreachableDatabaseIsOneSentenceAndExitOne() throws {
        let result = try tend.run(["list", "--database", "postgresql://nobody@:1/none?host=/nonexistent"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Cannot reach the desk's database"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        let chinese = try tend.run(["list", "--database", "postgresql://nobody@:1/none?host=/nonexistent"], lang: "zh_CN.UTF-8")
        #expect(chinese.stderr.contains("无法连接工作台的数据库"), "\(chinese.stderr)")
    }

    @Test func noDeskYetSaysHowToMakeOne() throws {
        let result = try run(["list"], as: admin)
        #expect(result.status == 1 && result.stderr.contains("tend init --database"), "\(result.stderr)")
    }
}
