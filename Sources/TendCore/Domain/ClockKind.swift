import Foundation

/// The clocks a ticket can run late on: the service levels' (first answer, resolution, the
/// follow-up call) and the answer time the handler promised the customer.
public enum ClockKind: String, StoredVocabulary {
    public static let ordered = allCases
    case answer, resolve
    case followUp = "follow_up"
    case promise
    /// A remedy promised by a time (a transfer within three working days).
    case remedy

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .answer: 0
        case .resolve: 1
        case .followUp: 2
        case .promise: 3
        case .remedy: 4
        }
    }

    public init(_ clock: SLAClock) {
        switch clock {
        case .answer: self = .answer
        case .resolve: self = .resolve
        case .followUp: self = .followUp
        }
    }

    public var english: String {
        switch self {
        case .answer: "first answer"
        case .resolve: "resolution"
        case .followUp: "follow-up call"
        case .promise: "promised answer time"
        case .remedy: "promised remedy"
        }
    }

    public var chinese: String {
        switch self {
        case .answer: "首次答复"
        case .resolve: "处理完成"
        case .followUp: "回访"
        case .promise: "承诺答复时间"
        case .remedy: "补偿兑现承诺"
        }
    }
}

/// A clock that ran out, and when it was due.
public struct Breach: Sendable, Hashable {
    public let clock: ClockKind
    public let due: Date

    public init(clock: ClockKind, due: Date) {
        self.clock = clock
        self.due = due
    }
}
