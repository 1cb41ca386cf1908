import Foundation

/// Where this machine's PostgreSQL server programs are, and how tests may run them.
struct PostgresInstallation: Sendable {
    let initdb: String
    let pgCtl: String
    /// initdb and the server refuse to run as root: as root they run as this OS user, through runuser.
    let runAs: (user: String, runuser: String)?

    /// The installation, or the sentence saying why there is none (found once per process).
    static let found: Result<PostgresInstallation, Missing> = locate()

    /// Why the server programs cannot be used, and what to do about it.
    struct Missing: Error {
        let cause: String
        let remedy: String

        var skipReason: String { "\(cause): database tests are skipped\(remedy.isEmpty ? "" : "; " + remedy)" }
        var requiredFailure: String {
            "\(cause), and TEND_REQUIRE_POSTGRES=1 says the database tests must run: they fail\(remedy.isEmpty ? "" : "; " + remedy)"
        }
    }

    /// Names the one directory to take initdb and pg_ctl from (a build of one's own, say).
    static let overrideVariable = "TEND_POSTGRES_BIN"

    private static func locate() -> Result<PostgresInstallation, Missing> {
        if let chosen = ProcessInfo.processInfo.environment[overrideVariable], !hasServerPrograms(chosen) {
            return .failure(Missing(cause: "\(overrideVariable)=\(chosen) holds no initdb and pg_ctl", remedy: ""))
        }
        let chosen = ProcessInfo.processInfo.environment[overrideVariable]
        guard let bin = chosen ?? newestVersionedBin() ?? binOnPath() else {
            return .failure(Missing(cause: "PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb not found, nor initdb on PATH)",
                                    remedy: "install it with apt-get install postgresql"))
        }
        var runAs: (String, String)?
        if getuid() == 0 {
            let serverUser = "postgres"
            guard getpwnam(serverUser) != nil else {
                return .failure(Missing(cause: "Tests run as root, which PostgreSQL's initdb refuses, and there is no \(serverUser) OS user to run the server as",
                                        remedy: "install Debian's postgresql package (it creates that user) or run the tests as another user"))
            }
            guard let runuser = ["/usr/sbin/runuser", "/sbin/runuser"].first(where: isExecutable) else {
                return .failure(Missing(cause: "Tests run as root, which PostgreSQL's initdb refuses, and runuser (util-linux) is missing",
                                        remedy: "install util-linux"))
            }
            runAs = (serverUser, runuser)
        }
        return .success(PostgresInstallation(initdb: bin + "/initdb", pgCtl: bin + "/pg_ctl", runAs: runAs))
    }

    /// Debian keeps each major version's programs apart; the newest wins.
    private static func newestVersionedBin() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return versions
            .compactMap { name in Int(name).map { (version: $0, bin: "\(root)/\(name)/bin") } }
            .filter { hasServerPrograms($0.bin) }
            .max { $0.version < $1.version }?.bin
    }

    private static func binOnPath() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map(String.init).first(where: hasServerPrograms)
    }

    private static func hasServerPrograms(_ bin: String) -> Bool {
        isExecutable(bin + "/initdb") && isExecutable(bin + "/pg_ctl")
    }

    private static func isExecutable(_ path: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: path)
    }
}
