import Foundation
import Testing

/// Who is acting is the passwd entry of the real uid, nothing else: $USER says nothing.
@Suite struct IdentityCommandTests {
    let tend = TendRunner()
    var desk: String { tend.path("desk") }

    static var setpriv: String? {
        ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `tend` as uid/gid 4242, which has no passwd entry, claiming to be root through $USER.
    func runAsUnknownUID(_ arguments: [String], lang: String) throws -> TendRunner.Result {
        let setpriv = try #require(Self.setpriv, "setpriv (util-linux) is needed to change uid")
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = lang
        environment["LC_ALL"] = nil
        let out = tend.path("out-\(UUID().uuidString)"), err = tend.path("err-\(UUID().uuidString)")
        let spawned = try Spawned.start(setpriv, ["--reuid", "4242", "--regid", "4242", "--clear-groups", "env", "USER=root", "LOGNAME=root",
                                                  TendRunner.binary] + arguments,
                                        environment: environment, stdout: out, stderr: err)
        let (status, _) = spawned.wait()
        return TendRunner.Result(status: status, stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                                 stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    @Test func aUIDWithoutAPasswdEntryIsRefusedWhateverUSERSays() throws {
        guard getuid() == 0 else { return }  // only root can change uid; CI runs as root
        #expect(getpwuid(4242) == nil, "uid 4242 must have no passwd entry for this test")
        // A copy of a demo desk that uid 4242 may open, with root (the test's login) on its roster.
        let made = try tend.run(["demo", "--store", desk, "--tickets", "5", "--now", "2026-11-20T09:00:00Z"])
        #expect(made.status == 0, "\(made.stderr)")
        let policy = try String(contentsOfFile: desk + "/policy.toml", encoding: .utf8)
        #expect(policy.contains("login = \"root\""))
        #expect(chown(tend.home, 4242, 4242) == 0)
        for name in [""] + (try FileManager.default.subpathsOfDirectory(atPath: desk)) {
            #expect(chown((desk as NSString).appendingPathComponent(name), 4242, 4242) == 0)
        }
        for (lang, words) in [("C.UTF-8", "no entry in the system's user list"), ("zh_CN.UTF-8", "系统用户列表")] {
            let added = try runAsUnknownUID(["add", "--store", desk, "--customer", "A", "--contact", "1", "--service", "retail",
                                             "--channel", "phone", "--description", "x"], lang: lang)
            #expect(added.status == 1, "\(added.stdout) \(added.stderr)")
            #expect(added.stderr.contains("4242") && added.stderr.contains(words), "\(added.stderr)")
            #expect(added.stderr.split(separator: "\n").count == 1, "\(added.stderr)")
        }
        // Nothing was recorded as root, or as anyone (the desk goes back to root, whose desk it is).
        for name in [""] + (try FileManager.default.subpathsOfDirectory(atPath: desk)) {
            #expect(chown((desk as NSString).appendingPathComponent(name), 0, 0) == 0)
        }
        let list = try #require(try tend.json(["list", "--store", desk, "--all", "--limit", "0", "--json"]) as? [[String: Any]])
        #expect(list.count == 5)
    }
}
