import Foundation
import PostgresNIO
import TendCore

/// A roster entry `team sync` will not act on.
public enum TeamSyncRefusal: Refusal, Sendable {
    case notAPerson(login: String)

    public func message(_ lang: Language) -> String {
        switch self {
        case .notAPerson(let login):
            return lang.pick("The roster names \(login), which is not a person's login in this database (a group, a role that cannot log in, or one of PostgreSQL's own): nothing was changed. Correct the roster with `tend policy import`.",
                             "名册上的 \(login) 在这个数据库里不是个人登录角色（而是角色组、不能登录的角色或 PostgreSQL 自带的角色）：未做任何改动。请用 `tend policy import` 改正名册。")
        }
    }
}

/// Makes the database's roles match the desk's roster: a login role for everyone on it, each a
/// member of exactly the group of their Tend role, and nobody else in any of the desk's groups.
/// The roster says who should have which rights; only these grants give them, so this is run
/// (by whoever administers the database) after every change to the roster.
public enum TeamSync {
    public enum Step: Sendable, Hashable {
        case createdLogin(String)
        case granted(login: String, Role)
        case revoked(login: String, Role)

        public func message(_ lang: Language) -> String {
            switch self {
            case .createdLogin(let login):
                return lang.pick("created the login role \(login)", "新建登录角色 \(login)")
            case .granted(let login, let role):
                return lang.pick("\(login): granted the rights of a \(role.english)", "\(login)：授予\(role.chinese)的权限")
            case .revoked(let login, let role):
                return lang.pick("\(login): revoked the rights of a \(role.english)", "\(login)：收回\(role.chinese)的权限")
            }
        }
    }

    /// Applies the roster in one transaction and returns what it changed (nothing when the roles
    /// already match).
    public static func run(_ url: DatabaseURL) throws -> [Step] {
        let log = try PostgresEventLog.open(url)
        let policy = try log.loadPolicy()
        let db = log.connection
        let roles = DeskRoles(database: url.database)
        var steps: [Step] = []
        do {
            try db.execute("begin")
            let memberRows = try db.query("""
                select g.rolname::text, m.rolname::text from pg_auth_members a
                join pg_roles g on g.oid = a.roleid join pg_roles m on m.oid = a.member
                where g.rolname = any(\(roles.all))
                """)
            var memberships: Set<[String]> = []
            for row in memberRows {
                let (group, member) = try row.decode((String, String).self)
                memberships.insert([group, member])
            }
            let logins = policy.staff.map(\.login)
            // A roster entry may only name a person: a login role that is nobody's group and not
            // one of PostgreSQL's own. Granting a group to anything else would hand its rights to
            // that role's members.
            let existingRows = try db.query("""
                select r.rolname::text, r.rolcanlogin and r.rolname not like 'pg\\_%'
                       and not exists (select from pg_auth_members a where a.roleid = r.oid)
                from pg_roles r where r.rolname = any(\(logins))
                """)
            var existing: Set<String> = []
            for row in existingRows {
                let (name, isPerson) = try row.decode((String, Bool).self)
                guard isPerson, !roles.all.contains(name) else { throw TeamSyncRefusal.notAPerson(login: name) }
                existing.insert(name)
            }
            for member in policy.staff {
                if !existing.contains(member.login) {
                    try db.execute("create role \(SQLText.identifier(member.login)) login")
                    steps.append(.createdLogin(member.login))
                }
                for role in Role.ordered {
                    let group = roles.group(role)
                    let isMember = memberships.contains([group, member.login])
                    if role == member.role && !isMember {
                        try db.execute("grant \(SQLText.identifier(group)) to \(SQLText.identifier(member.login))")
                        steps.append(.granted(login: member.login, role))
                    } else if role != member.role && isMember {
                        try db.execute("revoke \(SQLText.identifier(group)) from \(SQLText.identifier(member.login))")
                        steps.append(.revoked(login: member.login, role))
                    }
                }
            }
            let onRoster = Set(logins)
            for pair in memberships.sorted(by: { $0[1] < $1[1] }) where !onRoster.contains(pair[1]) {
                guard let role = roles.role(ofGroup: pair[0]) else { continue }
                try db.execute("revoke \(SQLText.identifier(pair[0])) from \(SQLText.identifier(pair[1]))")
                steps.append(.revoked(login: pair[1], role))
            }
            try db.execute("commit")
        } catch {
            if db.isOpen { try? db.execute("rollback") }
            throw PostgresEventLog.described(error)
        }
        return steps
    }
}
