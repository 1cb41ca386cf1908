import TendCore

/// The database roles a desk grants its rights to: one group per Tend role, named after the
/// database so that two desks on one server never share rights. A person's login role is made a
/// member of exactly one of them (`tend team sync`); the schema's owner (who ran `tend init`)
/// administers the desk.
public struct DeskRoles: Sendable {
    public let database: String

    public init(database: String) { self.database = database }

    public func group(_ role: Role) -> String { "tend_\(database)_\(role.rawValue)" }

    /// PostgreSQL cuts longer names short, which would merge or misname the groups.
    static let longestName = 63
    static var longestDatabaseName: Int { longestName - "tend__supervisor".utf8.count }

    public var all: [String] { Role.ordered.map(group) }

    /// The Tend role a group stands for, if it is one of this desk's.
    public func role(ofGroup name: String) -> Role? { Role.ordered.first { group($0) == name } }
}

/// SQL text for names and literals that cannot be sent as binds (role names in GRANT, CREATE ROLE).
enum SQLText {
    static func identifier(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
    static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}
