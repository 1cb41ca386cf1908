import TendCore
import TendPostgres
import TendPostgresTesting

/// A team's desk in a fresh database of the shared test cluster: the cluster's superuser as its
/// founding supervisor, two handlers and a trainee on the roster (logins named after the
/// database, since roles belong to the whole cluster), their roles made by `team sync`.
struct TeamDeskFixture {
    let cluster: TestCluster
    let database: String
    let founder: String
    var handler: String { "\(database)_h1" }
    var otherHandler: String { "\(database)_h2" }
    var trainee: String { "\(database)_t1" }

    init() throws {
        cluster = try TestCluster.shared
        database = try cluster.createDatabase()
        founder = cluster.superuser
        var policy = Policy.starting(with: StaffMember(login: founder, name: "Founder", role: .supervisor))
        policy.staff += [StaffMember(login: "\(database)_h1", name: "H1", role: .handler),
                         StaffMember(login: "\(database)_h2", name: "H2", role: .handler),
                         StaffMember(login: "\(database)_t1", name: "T1", role: .trainee)]
        _ = try PostgresEventLog.create(cluster.url(database: database, user: founder), policy: policy, desk: Desk())
        _ = try TeamSync.run(cluster.url(database: database, user: founder))
    }

    func url(_ user: String) -> DatabaseURL { cluster.url(database: database, user: user) }
}
