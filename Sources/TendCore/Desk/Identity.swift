import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who is at the keyboard: the operating-system login, mapped through the desk's roster.
public enum Identity {
    /// The passwd entry of the real uid, and nothing else: environment variables such as $USER
    /// are the caller's to set, so they say nothing about who the caller is.
    public static func osLogin() throws -> String {
        let uid = getuid()
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name, name.pointee != 0 else {
            throw IdentityError.noPasswdEntry(uid: uid)
        }
        return String(cString: name)
    }

    /// `actAs` (from `--as`) is honoured only on a demo desk. `login` defaults to `osLogin()`.
    public static func actor(policy: Policy, policyPath: String, login: String? = nil, actAs: String?) throws -> StaffMember {
        let login = try login ?? osLogin()
        var who = login
        if let actAs {
            guard policy.demo else { throw StoreError.asOnlyInDemo }
            who = actAs
        }
        guard let member = policy.member(who) else { throw StoreError.unknownLogin(login: who, policyPath: policyPath) }
        return member
    }
}
