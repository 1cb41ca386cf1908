import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who is at the keyboard: the operating-system login, mapped through the desk's roster.
public enum Identity {
    public static func osLogin() -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }

    /// `actAs` (from `--as`) is honoured only on a demo desk.
    public static func actor(policy: Policy, policyPath: String, login: String = osLogin(), actAs: String?) throws -> StaffMember {
        var who = login
        if let actAs {
            guard policy.demo else { throw StoreError.asOnlyInDemo }
            who = actAs
        }
        guard let member = policy.member(who) else { throw StoreError.unknownLogin(login: who, policyPath: policyPath) }
        return member
    }
}
