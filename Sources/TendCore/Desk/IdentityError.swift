/// Why Tend cannot tell who is at the keyboard. Identity comes from the system's user list alone
/// (never from $USER, which anyone can set), so a uid without an entry there cannot act.
public enum IdentityError: Refusal, Sendable, Equatable {
    case noPasswdEntry(uid: UInt32)

    public func message(_ lang: Language) -> String {
        switch self {
        case .noPasswdEntry(let uid):
            return lang.pick("User id \(uid) has no entry in the system's user list (/etc/passwd), so Tend cannot tell who you are; ask an administrator to create the account.",
                             "用户 ID \(uid) 在系统用户列表（/etc/passwd）中没有记录，Tend 无法确认您的身份；请联系管理员为您建立账户。")
        }
    }
}
