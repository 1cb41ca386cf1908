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
