import Foundation

/// One acknowledged command: its changes, written and fsync'd together, so a command is in the
/// journal whole or not at all.
public struct JournalRecord: Sendable {
    public var sequence: UInt64
    public var changes: [Change]
    /// Where the record starts in the journal file, when it was read from one.
    var fileOffset = 0
    /// The checksum of the record's payload: the link the next record names.
    var payloadChecksum: UInt32 = 0

    public init(sequence: UInt64, changes: [Change]) {
        self.sequence = sequence
        self.changes = changes
    }
}

/// The journal file, only ever appended to under the exclusive lock.
///
///     header  ["TENDJRN2"][16-byte desk identity][u64 base sequence][u32 base link][u32 CRC of the 36 bytes before]
///     record  [u32 payload length][u64 sequence][u32 link: the previous payload's CRC][u32 payload CRC]
///             [u32 CRC of the 20 header bytes before][payload: varint change count, then the changes]
///
/// The record header has its own checksum, so a flipped bit in a length or sequence is damage, not
/// something to mistake for a write cut short; and each record names the one before it, so a
/// missing, repeated or foreign record breaks the chain. Files of format 1 (`TENDJRN1`, before
/// identities and links) are still read; the first write upgrades the desk.
enum Journal {
    static let fileName = "journal.tend"
    static let magic = Array("TENDJRN2".utf8)
    static let legacyMagic = Array("TENDJRN1".utf8)
    static let headerSize = 40
    static let legacyHeaderSize = 20
    static let recordHeaderSize = 24
    static let legacyRecordHeaderSize = 8
    /// No single command writes more than this; a larger length is damage.
    static let largestRecord = 512 << 20

    struct Header: Equatable {
        /// 2, or 1 for a journal written before desks had identities.
        var version: Int
        var desk: DeskIdentity?
        /// The change the first record follows (its link is 0 in format 1, which had none).
        var base: HistoryPoint
        var size: Int { version == 2 ? Journal.headerSize : Journal.legacyHeaderSize }
    }

    struct Contents {
        var header: Header
        var records: [JournalRecord]
        /// Where the last good record ends: the next append goes here.
        var validEnd: Int
        /// The point after the last good record.
        var end: HistoryPoint
        /// A partly written last record (a crash mid-append): never acknowledged, dropped with its
        /// offset and size.
        var tornTail: (offset: Int, bytes: Int)?
    }

    // MARK: Writing

    static func header(desk: DeskIdentity, base: HistoryPoint) -> [UInt8] {
        var out = ByteWriter(capacity: headerSize)
        out.bytes += magic
        out.bytes += desk.bytes
        out.u64(base.sequence)
        out.u32(base.link)
        out.u32(Checksum.crc32(out.bytes))
        return out.bytes
    }

    /// The bytes of one record that follows the change whose link is `link`.
    static func encode(_ record: JournalRecord, follows link: UInt32) -> [UInt8] {
        var out = ByteWriter(capacity: 256)
        out.bytes += [UInt8](repeating: 0, count: recordHeaderSize)
        out.bytes += HistoryCodec.encode(record.changes)
        let payloadCRC = out.bytes.withUnsafeBufferPointer {
            Checksum.crc32(UnsafeBufferPointer(rebasing: $0[recordHeaderSize...]))
        }
        var header = ByteWriter(capacity: recordHeaderSize)
        header.u32(UInt32(out.bytes.count - recordHeaderSize))
        header.u64(record.sequence)
        header.u32(link)
        header.u32(payloadCRC)
        header.u32(Checksum.crc32(header.bytes))
        out.bytes.replaceSubrange(0..<recordHeaderSize, with: header.bytes)
        return out.bytes
    }

    // MARK: Reading

    private static let headerChecksum = Bilingual("journal header checksum does not match", "日志文件开头的校验值对不上")

    private static func impossibleLength(_ length: Int) -> Bilingual {
        Bilingual("impossible record length \(length)", "这条记录标明的长度（\(length) 字节）不合常理")
    }

    private static func outOfSequence(_ sequence: UInt64, after: UInt64) -> Bilingual {
        Bilingual("record \(sequence) follows change \(after); records are missing or repeated",
                  "第 \(after) 项更改之后接的却是第 \(sequence) 条记录，中间有记录缺失或重复")
    }

    static func readHeader(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws -> Header {
        let start = Array(bytes.prefix(8))
        if start == legacyMagic, bytes.count >= legacyHeaderSize {
            var reader = ByteReader(bytes, position: 8)
            let base = try reader.u64()
            guard try reader.u32() == Checksum.crc32(UnsafeBufferPointer(rebasing: bytes[0..<16])) else {
                throw StoreError.damaged(file: file, offset: 0, reason: headerChecksum)
            }
            return Header(version: 1, desk: nil, base: HistoryPoint(sequence: base, link: 0))
        }
        guard start == magic, bytes.count >= headerSize else {
            throw StoreError.damaged(file: file, offset: 0, reason: Bilingual("not a Tend journal (bad header)",
                                                                         "这不是工作台的日志文件（文件开头的标识不对）"))
        }
        var reader = ByteReader(bytes, position: 8 + DeskIdentity.size)
        let sequence = try reader.u64()
        let link = try reader.u32()
        guard try reader.u32() == Checksum.crc32(UnsafeBufferPointer(rebasing: bytes[0..<36])) else {
            throw StoreError.damaged(file: file, offset: 0, reason: headerChecksum)
        }
        return Header(version: 2, desk: DeskIdentity(bytes: Array(bytes[8..<(8 + DeskIdentity.size)])),
                      base: HistoryPoint(sequence: sequence, link: link))
    }

    /// Reads a whole journal file: its header, then every record.
    static func read(file bytes: [UInt8], path: String) throws -> Contents {
        try bytes.withUnsafeBufferPointer { buffer in
            let header = try readHeader(buffer, file: path)
            return try readRecords(buffer, from: header.size, fileOffset: 0, header: header, after: header.base, file: path)
        }
    }

    /// Reads the records in `bytes`, which start at file offset `fileOffset` and continue after
    /// `after` in a journal with this header.
    static func read(tail bytes: [UInt8], fileOffset: Int, header: Header, after: HistoryPoint, path: String) throws -> Contents {
        try bytes.withUnsafeBufferPointer { buffer in
            try readRecords(buffer, from: 0, fileOffset: fileOffset, header: header, after: after, file: path)
        }
    }

    private static func readRecords(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, fileOffset: Int, header: Header,
                                    after: HistoryPoint, file: String) throws -> Contents {
        var contents = Contents(header: header, records: [], validEnd: fileOffset + start, end: after, tornTail: nil)
        var position = start
        while position < buffer.count {
            func damaged(_ reason: Bilingual, at offset: Int = position) -> StoreError {
                .damaged(file: file, offset: fileOffset + offset, reason: reason)
            }
            let frame = header.version == 2
                ? try readFrame(buffer, at: position, after: contents.end, damaged: damaged)
                : try readLegacyFrame(buffer, at: position, after: contents.end, damaged: damaged)
            guard let frame else {
                contents.tornTail = (fileOffset + position, buffer.count - position)
                break
            }
            let payload = UnsafeBufferPointer(rebasing: buffer[frame.payload])
            var record: JournalRecord
            do {
                record = try decodePayload(payload, version: header.version)
            } catch let error as DecodeError {
                throw damaged(error.reason, at: frame.payload.lowerBound + error.offset)
            }
            if header.version == 2 { record.sequence = frame.sequence }
            guard record.sequence == contents.end.sequence + 1 else {
                throw damaged(outOfSequence(record.sequence, after: contents.end.sequence))
            }
            record.fileOffset = fileOffset + position
            record.payloadChecksum = frame.payloadChecksum
            contents.records.append(record)
            contents.end = HistoryPoint(sequence: record.sequence, link: frame.payloadChecksum)
            position = frame.payload.upperBound
            contents.validEnd = fileOffset + position
        }
        return contents
    }

    private struct Frame {
        var sequence: UInt64
        var payload: Range<Int>
        var payloadChecksum: UInt32
    }

    /// A record's frame, checked; nil when the bytes from `position` to the end are a write cut
    /// short — the only thing ever dropped: fewer bytes than a record header, zeros a crash left
    /// where a header should be, or a whole valid header whose record runs past the end of the file.
    private static func readFrame(_ buffer: UnsafeBufferPointer<UInt8>, at position: Int, after: HistoryPoint,
                                  damaged: (Bilingual, Int) -> StoreError) throws -> Frame? {
        let remaining = buffer.count - position
        guard remaining >= recordHeaderSize else { return nil }
        var reader = ByteReader(buffer, position: position)
        let length = Int(try reader.u32())
        let sequence = try reader.u64()
        let link = try reader.u32()
        let payloadCRC = try reader.u32()
        let headerCRC = try reader.u32()
        guard headerCRC == Checksum.crc32(UnsafeBufferPointer(rebasing: buffer[position..<(position + 20)])) else {
            if buffer[position...].allSatisfy({ $0 == 0 }) { return nil }
            throw damaged(Bilingual("record header checksum does not match", "这条记录开头的校验值对不上"), position)
        }
        guard length > 0, length <= largestRecord else { throw damaged(impossibleLength(length), position) }
        guard sequence == after.sequence + 1 else {
            throw damaged(outOfSequence(sequence, after: after.sequence), position)
        }
        guard link == after.link else {
            throw damaged(Bilingual("record \(sequence) does not continue from change \(after.sequence) (its link does not match)",
                                    "第 \(sequence) 条记录和前面第 \(after.sequence) 项更改接不上（前后的衔接标记不一致）"), position)
        }
        let payloadStart = position + recordHeaderSize
        guard length <= buffer.count - payloadStart else { return nil }
        let payload = payloadStart..<(payloadStart + length)
        guard Checksum.crc32(UnsafeBufferPointer(rebasing: buffer[payload])) == payloadCRC else {
            throw damaged(Bilingual("record \(sequence) checksum does not match",
                                    "第 \(sequence) 条记录的校验值对不上，内容被改过或已损坏"), position)
        }
        return Frame(sequence: sequence, payload: payload, payloadChecksum: payloadCRC)
    }

    /// Format 1 had no header checksum. What the Tend that wrote it left after a crash — a last
    /// record running past the end of the file — is still taken for a torn tail, but only when the
    /// bytes it claims begin with the next change's number and nothing that reads as a whole
    /// record follows inside them; anything else stops, and the desk is left as it is.
    private static func readLegacyFrame(_ buffer: UnsafeBufferPointer<UInt8>, at position: Int, after: HistoryPoint,
                                        damaged: (Bilingual, Int) -> StoreError) throws -> Frame? {
        let remaining = buffer.count - position
        if remaining < legacyRecordHeaderSize || buffer[position...].allSatisfy({ $0 == 0 }) { return nil }
        var reader = ByteReader(buffer, position: position)
        let length = Int(try reader.u32())
        let crc = try reader.u32()
        guard length > 0, length <= largestRecord else { throw damaged(impossibleLength(length), position) }
        if length > remaining - legacyRecordHeaderSize {
            let start = position + legacyRecordHeaderSize
            let next = after.sequence + 1
            guard legacySequence(buffer, at: start).map({ $0 == next }) ?? true,
                  !legacyRecordFollows(buffer, from: position + 1, after: after.sequence) else {
                throw damaged(impossibleLength(length), position)
            }
            return nil
        }
        let payload = (position + legacyRecordHeaderSize)..<(position + legacyRecordHeaderSize + length)
        guard Checksum.crc32(UnsafeBufferPointer(rebasing: buffer[payload])) == crc else {
            throw damaged(Bilingual("record checksum does not match", "这条记录的校验值对不上，内容被改过或已损坏"), position)
        }
        return Frame(sequence: 0, payload: payload, payloadChecksum: crc)
    }

    /// The change number a format-1 payload starts with, when those 8 bytes are there.
    private static func legacySequence(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64? {
        guard buffer.count - offset >= 8 else { return nil }
        var reader = ByteReader(buffer, position: offset)
        return try? reader.u64()
    }

    /// Whether a whole, checksummed format-1 record of a later change starts anywhere from `from`.
    private static func legacyRecordFollows(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, after sequence: UInt64) -> Bool {
        var offset = from
        while offset + legacyRecordHeaderSize + 8 <= buffer.count {
            defer { offset += 1 }
            var reader = ByteReader(buffer, position: offset)
            guard let length = try? Int(reader.u32()), let crc = try? reader.u32(), length >= 8,
                  length <= buffer.count - offset - legacyRecordHeaderSize,
                  let later = legacySequence(buffer, at: offset + legacyRecordHeaderSize), later > sequence, later <= sequence + 1_000_000
            else { continue }
            let payload = UnsafeBufferPointer(rebasing: buffer[(offset + legacyRecordHeaderSize)..<(offset + legacyRecordHeaderSize + length)])
            if Checksum.crc32(payload) == crc { return true }
        }
        return false
    }

    static func decodePayload(_ payload: UnsafeBufferPointer<UInt8>, version: Int) throws -> JournalRecord {
        var reader = ByteReader(payload)
        let sequence = version == 1 ? try reader.u64() : 0
        let count = try reader.varint()
        var changes: [Change] = []
        changes.reserveCapacity(min(count, 1 << 16))
        for _ in 0..<count {
            let number = Int32(bitPattern: try reader.u32())
            changes.append(Change(ticket: TicketID(number), entry: try EventCodec.decode(from: &reader, version: version)))
        }
        guard reader.isAtEnd else { throw DecodeError(offset: reader.position, reason: Bilingual("unexpected bytes after record",
                                                                                               "记录末尾多出了不该有的内容")) }
        return JournalRecord(sequence: sequence, changes: changes)
    }
}
