import Foundation

/// One acknowledged command: its changes, written and fsync'd together, so a command is in the
/// journal whole or not at all.
struct JournalRecord {
    var sequence: UInt64
    var changes: [Change]
    /// Where the record starts in the journal file, when it was read from one.
    var fileOffset = 0
}

/// The journal file: a header naming the snapshot sequence it follows, then records of
/// `[u32 length][u32 CRC-32 of payload][payload]`. Only ever appended to, under the exclusive lock.
enum Journal {
    static let fileName = "journal.tend"
    static let magic = Array("TENDJRN1".utf8)
    static let headerSize = 20
    /// No single command writes more than this; a larger length is damage.
    static let largestRecord = 512 << 20

    static func header(base: UInt64) -> [UInt8] {
        var out = ByteWriter(capacity: headerSize)
        out.bytes += magic
        out.u64(base)
        out.u32(Checksum.crc32(out.bytes))
        return out.bytes
    }

    static func encode(_ record: JournalRecord) -> [UInt8] {
        var out = ByteWriter(capacity: 256)
        out.u32(0)
        out.u32(0)
        out.u64(record.sequence)
        out.varint(record.changes.count)
        for change in record.changes {
            out.u32(UInt32(bitPattern: change.ticket.number))
            EventCodec.encode(change.entry, into: &out)
        }
        let payloadLength = out.bytes.count - 8
        let crc = out.bytes.withUnsafeBufferPointer { Checksum.crc32(UnsafeBufferPointer(rebasing: $0[8...])) }
        out.patchU32(UInt32(payloadLength), at: 0)
        out.patchU32(crc, at: 4)
        return out.bytes
    }

    struct Contents {
        var base: UInt64
        var records: [JournalRecord]
        /// Where the last good record ends: the next append goes here.
        var validEnd: Int
        /// A partly written last record (a crash mid-append): dropped, with its offset and size.
        var tornTail: (offset: Int, bytes: Int)?
    }

    static func readHeader(_ bytes: [UInt8], file: String) throws -> UInt64 {
        guard bytes.count >= headerSize, Array(bytes[0..<8]) == magic else {
            throw StoreError.damaged(file: file, offset: 0, reason: "not a Tend journal (bad header)")
        }
        let stored = bytes.withUnsafeBufferPointer { buffer -> (UInt64, UInt32) in
            var reader = ByteReader(buffer, position: 8)
            return ((try? reader.u64()) ?? 0, (try? reader.u32()) ?? 0)
        }
        guard Checksum.crc32(Array(bytes[0..<16])) == stored.1 else {
            throw StoreError.damaged(file: file, offset: 0, reason: "journal header checksum does not match")
        }
        return stored.0
    }

    /// Reads records from `bytes`, which start at file offset `fileOffset` (the header, when 0).
    static func read(_ bytes: [UInt8], fileOffset: Int, file: String) throws -> Contents {
        var base: UInt64 = 0
        var position = 0
        if fileOffset == 0 {
            base = try readHeader(bytes, file: file)
            position = headerSize
        }
        var contents = Contents(base: base, records: [], validEnd: fileOffset + position, tornTail: nil)
        try bytes.withUnsafeBufferPointer { buffer in
            while position < buffer.count {
                let remaining = buffer.count - position
                func torn() { contents.tornTail = (fileOffset + position, remaining) }
                guard remaining >= 8 else { torn(); return }
                var reader = ByteReader(buffer, position: position)
                let length = Int(try reader.u32())
                let crc = try reader.u32()
                let end = position + 8 + length
                if length == 0 || length > largestRecord {
                    if buffer[position...].allSatisfy({ $0 == 0 }) { torn(); return }
                    throw StoreError.damaged(file: file, offset: fileOffset + position, reason: "impossible record length \(length)")
                }
                if end > buffer.count { torn(); return }
                let payload = UnsafeBufferPointer(rebasing: buffer[(position + 8)..<end])
                if Checksum.crc32(payload) != crc {
                    if end == buffer.count { torn(); return }
                    throw StoreError.damaged(file: file, offset: fileOffset + position, reason: "record checksum does not match")
                }
                do {
                    var record = try decodeRecord(payload)
                    record.fileOffset = fileOffset + position
                    contents.records.append(record)
                } catch let error as DecodeError {
                    throw StoreError.damaged(file: file, offset: fileOffset + position + 8 + error.offset, reason: error.reason)
                }
                position = end
                contents.validEnd = fileOffset + end
            }
        }
        return contents
    }

    private static func decodeRecord(_ payload: UnsafeBufferPointer<UInt8>) throws -> JournalRecord {
        var reader = ByteReader(payload)
        let sequence = try reader.u64()
        let count = try reader.varint()
        var changes: [Change] = []
        changes.reserveCapacity(min(count, 1 << 16))
        for _ in 0..<count {
            let number = Int32(bitPattern: try reader.u32())
            changes.append(Change(ticket: TicketID(number), entry: try EventCodec.decode(from: &reader)))
        }
        guard reader.isAtEnd else { throw DecodeError(offset: reader.position, reason: "unexpected bytes after record") }
        return JournalRecord(sequence: sequence, changes: changes)
    }
}
