import Foundation
import PostgresNIO
import TendCore

/// The policy and roster of a desk in a database: kept as the text of a `policy.toml`, every
/// version a new row (who wrote it and when, from the session), the newest in force.
extension PostgresEventLog {
    /// The policy in force, as text: what `tend policy export` writes.
    public func policyDocument() throws -> String {
        do {
            let rows = try live().query("select document from tend.policies order by version desc limit 1")
            guard let document = try rows.first?.decode(String.self) else { throw TeamDeskError.noPolicy(url: url.redacted) }
            return document
        } catch {
            throw Self.described(error)
        }
    }

    /// Puts a new policy in force after checking it exactly as a `policy.toml` is checked (errors
    /// name `path` and the line). Only supervisors are granted this; the database refuses others.
    @discardableResult
    public func importPolicy(_ document: String, path: String) throws -> Policy {
        let policy = try PolicyFile.parse(document, path: path)
        do {
            try live().query("insert into tend.policies (document) values (\(document))")
        } catch {
            throw Self.described(error)
        }
        return policy
    }
}
