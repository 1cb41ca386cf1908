import Foundation

/// Which desk a file belongs to. Every snapshot and journal carries it, so a journal copied in from
/// another desk is damage, never a silent swap.
struct DeskIdentity: Equatable, Sendable {
    static let size = 16
    let bytes: [UInt8]

    init(bytes: [UInt8]) {
        precondition(bytes.count == DeskIdentity.size)
        self.bytes = bytes
    }

    static func random() -> DeskIdentity {
        var generator = SystemRandomNumberGenerator()
        return DeskIdentity(bytes: (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    /// The link before the desk's first change: every record names the link it follows (the
    /// previous record's payload checksum), and the chain starts from the desk's identity.
    var originLink: UInt32 { Checksum.crc32(bytes) }

    var text: String { bytes.map { String($0, radix: 16).leftPaddedHex }.joined() }
}

/// Where in the desk's history a file continues from: after change `sequence`, whose record's
/// payload checksum is `link`. A snapshot records the point it was taken at; a journal header the
/// point its first record follows. Two files that disagree about one point do not belong together.
struct HistoryPoint: Equatable, Sendable {
    var sequence: UInt64
    var link: UInt32
}

extension String {
    fileprivate var leftPaddedHex: String { count < 2 ? "0" + self : self }
}
