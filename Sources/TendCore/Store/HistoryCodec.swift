/// The journal's and the snapshot's binary forms, for a log kept somewhere other than files: the
/// same bytes, so a desk moves between a directory and a database unchanged.
public enum HistoryCodec {
    /// A record's changes as the journal's payload holds them.
    public static func encode(_ changes: [Change]) -> [UInt8] {
        var out = ByteWriter(capacity: 256)
        out.varint(changes.count)
        for change in changes {
            out.u32(UInt32(bitPattern: change.ticket.number))
            EventCodec.encode(change.entry, into: &out)
        }
        return out.bytes
    }

    /// The changes of record `sequence`; `place` names where the bytes came from in a message
    /// about damage.
    public static func decode(_ bytes: [UInt8], sequence: UInt64, place: String) throws -> JournalRecord {
        try bytes.withUnsafeBufferPointer { buffer in
            do {
                var record = try Journal.decodePayload(buffer, version: 2)
                record.sequence = sequence
                return record
            } catch let error as DecodeError {
                throw StoreError.damaged(file: place, offset: error.offset, reason: error.reason)
            }
        }
    }

    /// A whole desk as of change `sequence`, belonging to the desk `identity` (16 bytes).
    public static func encodeSnapshot(_ desk: Desk, identity: [UInt8], sequence: UInt64) -> [UInt8] {
        var bytes: [UInt8] = []
        // Only the sink can throw, and this one does not.
        try? Snapshot.encode(desk, identity: DeskIdentity(bytes: identity), at: HistoryPoint(sequence: sequence, link: 0)) { bytes += $0 }
        return bytes
    }

    /// A desk read from snapshot bytes, with the change it is as of and the desk it belongs to.
    public static func decodeSnapshot(_ bytes: [UInt8], place: String) throws -> (desk: Desk, sequence: UInt64, identity: [UInt8]?) {
        let contents = try bytes.withUnsafeBufferPointer { try Snapshot.read($0, path: place) }
        return (contents.desk, contents.point.sequence, contents.identity?.bytes)
    }

    /// A desk read from a snapshot file (mapped, not copied into memory first).
    public static func decodeSnapshot(path: String) throws -> (desk: Desk, sequence: UInt64, identity: [UInt8]?) {
        let contents = try Snapshot.read(path: path)
        return (contents.desk, contents.point.sequence, contents.identity?.bytes)
    }

    public static let identitySize = DeskIdentity.size
}
