import Foundation

/// What a piece of evidence is (injury disputes are settled by these).
public enum EvidenceKind: String, StoredVocabulary {
    public static let ordered = allCases
    case photo
    case vetRecord = "vet_record"
    case receipt
    case cctv
    case chatLog = "chat_log"
    case other

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .photo: 0
        case .vetRecord: 1
        case .receipt: 2
        case .cctv: 3
        case .chatLog: 4
        case .other: 5
        }
    }

    public var english: String {
        switch self {
        case .photo: "photo"
        case .vetRecord: "vet record"
        case .receipt: "receipt"
        case .cctv: "CCTV clip"
        case .chatLog: "chat log"
        case .other: "other"
        }
    }

    public var chinese: String {
        switch self {
        case .photo: "照片"
        case .vetRecord: "病历"
        case .receipt: "票据"
        case .cctv: "监控录像"
        case .chatLog: "聊天记录"
        case .other: "其他"
        }
    }
}

/// A file kept with the case: copied into the desk under a name of our own, its size and
/// SHA-256 recorded so a copy handed to a mediator can be shown to be the same bytes.
public struct EvidenceFile: Sendable, Hashable {
    /// The name it had where it was taken from (shown, never used as a path).
    public var originalName: String
    /// Where the desk keeps it, relative to the desk's directory.
    public var storedPath: String
    public var size: Int64
    /// Lowercase hex.
    public var sha256: String

    public init(originalName: String, storedPath: String, size: Int64, sha256: String) {
        self.originalName = originalName
        self.storedPath = storedPath
        self.size = size
        self.sha256 = sha256
    }
}

/// One item of evidence on a ticket: a file kept in the desk, or a reference to something kept
/// elsewhere (a CCTV clip's ID, the clinic's record number).
public struct Evidence: Sendable, Hashable {
    public var kind: EvidenceKind
    public var file: EvidenceFile?
    public var reference: String
    public var note: String

    public init(kind: EvidenceKind, file: EvidenceFile? = nil, reference: String = "", note: String = "") {
        self.kind = kind
        self.file = file
        self.reference = reference
        self.note = note
    }

    /// The size as people read it: "2.4 MB", "812 B".
    public static func sizeText(_ bytes: Int64) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        let units = ["KB", "MB", "GB", "TB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return String(format: value < 10 ? "%.1f" : "%.0f", value) + " " + units[unit]
    }
}
