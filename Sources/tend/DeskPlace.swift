import Foundation
import TendCore
import TendPostgres

/// Where the desk a command works on is kept: a directory, or a team's database.
enum DeskPlace {
    case directory(String)
    case database(DatabaseURL)
}

extension DeskOptions {
    /// `--store`, else `--database`, else `$TEND_DATABASE`, else the default directory.
    func place() throws -> DeskPlace {
        if store == nil, let text = database ?? ProcessInfo.processInfo.environment["TEND_DATABASE"].flatMap({ $0.isEmpty ? nil : $0 }) {
            return .database(try DatabaseURL(parsing: text))
        }
        return .directory(directory)
    }

    /// Opens the desk, reading it whole.
    func openStore() throws -> Store {
        switch try place() {
        case .directory(let directory): return try Store.open(at: directory)
        case .database(let url): return try Store(log: PostgresEventLog.open(url))
        }
    }

    /// Who is acting: on disk, the OS login through the roster (or `--as` on a demo desk); in a
    /// database, the role the server authenticated, and nobody else.
    func actor(on store: Store) throws -> StaffMember {
        guard let log = store.log as? PostgresEventLog else {
            return try Identity.actor(policy: store.policy, policyPath: store.policyPath, actAs: actAs)
        }
        if let actAs, actAs != log.sessionUser { throw TeamDeskError.actingAsOthers(login: actAs) }
        guard let member = store.policy.member(log.sessionUser) else {
            throw TeamDeskError.notOnRoster(login: log.sessionUser, url: log.location)
        }
        return member
    }
}
