import Foundation

/// Which complaints a set of figures is about: any combination of branch, service line, grade,
/// channel, cause and handler (the assignee); an empty filter takes every complaint.
public struct StatsFilter: Sendable, Hashable {
    public var branch: String?
    public var service: ServiceLine?
    public var grade: Grade?
    public var channel: Channel?
    public var cause: Cause?
    public var handler: String?

    public init(branch: String? = nil, service: ServiceLine? = nil, grade: Grade? = nil, channel: Channel? = nil,
                cause: Cause? = nil, handler: String? = nil) {
        self.branch = branch
        self.service = service
        self.grade = grade
        self.channel = channel
        self.cause = cause
        self.handler = handler
    }

    public var isEmpty: Bool { self == StatsFilter() }

    @inline(__always)
    public func admits(_ ticket: borrowing Ticket) -> Bool {
        if let service, ticket.intake.service != service { return false }
        if let grade, ticket.grade != grade { return false }
        if let channel, ticket.intake.channel != channel { return false }
        if let cause, ticket.cause != cause { return false }
        if let branch, ticket.intake.branch != branch { return false }
        if let handler, ticket.assignee != handler { return false }
        return true
    }

    /// The same, read through a pointer into the desk: a whole-desk scan passing the ticket
    /// itself would copy it (every string and array in it retained and released) at each call.
    @inline(__always)
    func admits(_ ticket: UnsafePointer<Ticket>) -> Bool {
        if let service, ticket.pointee.intake.service != service { return false }
        if let grade, ticket.pointee.grade != grade { return false }
        if let channel, ticket.pointee.intake.channel != channel { return false }
        if let cause, ticket.pointee.cause != cause { return false }
        if let branch, ticket.pointee.intake.branch != branch { return false }
        if let handler, ticket.pointee.assignee != handler { return false }
        return true
    }

    /// "grooming · 朝阳店 · li.hua", what the filter keeps, in `lang`; empty when it keeps all.
    public func text(_ lang: Language) -> String {
        var parts: [String] = []
        if let branch { parts.append(branch) }
        if let service { parts.append(service.name(lang)) }
        if let grade { parts.append(grade.name(lang)) }
        if let channel { parts.append(channel.name(lang)) }
        if let cause { parts.append(cause.name(lang)) }
        if let handler { parts.append(handler) }
        return parts.joined(separator: " · ")
    }
}
