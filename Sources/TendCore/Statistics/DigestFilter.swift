/// A `StatsFilter` put in the terms of a desk's digests: each word as its place, the branch and
/// handler as their places in the desk's names, so a scan tests a ticket without reading it.
struct DigestFilter: Sendable {
    private var service, grade, channel, cause: UInt8?
    private var branch, handler: UInt32?
    /// A branch or handler no ticket names: nothing is admitted.
    private var admitsNone = false

    init(_ filter: StatsFilter, names: StatsNames) {
        service = filter.service.map { UInt8(ServiceLine.place(of: $0)) }
        grade = filter.grade.map { UInt8(Grade.place(of: $0)) }
        channel = filter.channel.map { UInt8(Channel.place(of: $0)) }
        cause = filter.cause.map { UInt8(Cause.place(of: $0)) }
        if let name = filter.branch {
            branch = names.branchPlace(of: name)
            admitsNone = branch == nil
        }
        if let login = filter.handler {
            handler = names.assigneePlace(of: login)
            admitsNone = admitsNone || handler == nil
        }
    }

    @inline(__always)
    func admits(_ digest: UnsafePointer<StatsDigest>) -> Bool {
        if admitsNone { return false }
        if let service, digest.pointee.service != service { return false }
        if let grade, digest.pointee.grade != grade { return false }
        if let channel, digest.pointee.channel != channel { return false }
        if let cause, digest.pointee.cause != cause { return false }
        if let branch, digest.pointee.branch != branch { return false }
        if let handler, digest.pointee.assignee != handler { return false }
        return true
    }
}
