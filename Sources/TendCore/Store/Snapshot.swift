import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The snapshot file: every ticket with its whole timeline, as of journal sequence `sequence`.
/// Header `[magic][u64 sequence][u64 ticket count][u32 CRC]`, then blocks of whole tickets
/// `[u32 length][u32 CRC-32][payload]` of about 1 MiB, then an end block of length 0.
/// Written to a temporary file and renamed into place, so it is always complete or absent.
enum Snapshot {
    static let fileName = "snapshot.tend"
    static let magic = Array("TENDSNP1".utf8)
    static let headerSize = 28
    static let blockTarget = 1 << 20
    static let endMarker: UInt32 = 0x454E_4421

    static func write(_ desk: Desk, sequence: UInt64, to path: String) throws {
        try FileIO.replace(path) { fd in
            var header = ByteWriter(capacity: headerSize)
            header.bytes += magic
            header.u64(sequence)
            header.u64(UInt64(desk.count))
            header.u32(Checksum.crc32(header.bytes))
            try FileIO.writeAll(fd, header.bytes, path: path)

            var block = ByteWriter(capacity: blockTarget + 64 * 1024)
            func flush() throws {
                let payloadLength = block.bytes.count - 8
                let crc = block.bytes.withUnsafeBufferPointer { Checksum.crc32(UnsafeBufferPointer(rebasing: $0[8...])) }
                block.patchU32(UInt32(payloadLength), at: 0)
                block.patchU32(crc, at: 4)
                try FileIO.writeAll(fd, block.bytes, path: path)
                block.bytes.removeAll(keepingCapacity: true)
            }
            block.u64(0)
            for ticket in desk.tickets {
                block.u32(UInt32(bitPattern: ticket.id.number))
                block.varint(ticket.timeline.count)
                for entry in ticket.timeline { EventCodec.encode(entry, into: &block) }
                if block.bytes.count >= blockTarget {
                    try flush()
                    block.u64(0)
                }
            }
            if block.bytes.count > 8 { try flush() } else { block.bytes.removeAll() }
            var end = ByteWriter(capacity: 8)
            end.u32(0)
            end.u32(endMarker)
            try FileIO.writeAll(fd, end.bytes, path: path)
        }
    }

    /// Reads a whole snapshot. Any fault is damage: a snapshot is never legitimately partial.
    static func read(path: String) throws -> (desk: Desk, sequence: UInt64) {
        let fd = try FileIO.openForReading(path)
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: headerSize)
        let got = try header.withUnsafeMutableBytes { try FileIO.read(fd, into: $0, path: path) }
        guard got == headerSize, Array(header[0..<8]) == magic else {
            throw StoreError.damaged(file: path, offset: 0, reason: "not a Tend snapshot (bad header)")
        }
        let (sequence, count, crc) = header.withUnsafeBufferPointer { buffer -> (UInt64, UInt64, UInt32) in
            var reader = ByteReader(buffer, position: 8)
            return ((try? reader.u64()) ?? 0, (try? reader.u64()) ?? 0, (try? reader.u32()) ?? 0)
        }
        guard Checksum.crc32(Array(header[0..<24])) == crc else {
            throw StoreError.damaged(file: path, offset: 0, reason: "snapshot header checksum does not match")
        }
        var desk = Desk()
        desk.reserveCapacity(Int(min(count, 50_000_000)))
        var offset = headerSize
        var block = [UInt8](repeating: 0, count: blockTarget * 2)
        while true {
            var frame = [UInt8](repeating: 0, count: 8)
            let frameBytes = try frame.withUnsafeMutableBytes { try FileIO.read(fd, into: $0, path: path) }
            guard frameBytes == 8 else {
                throw StoreError.damaged(file: path, offset: offset, reason: "snapshot ends before its end marker")
            }
            let (length, blockCRC) = frame.withUnsafeBufferPointer { buffer -> (Int, UInt32) in
                var reader = ByteReader(buffer)
                return (Int((try? reader.u32()) ?? 0), (try? reader.u32()) ?? 0)
            }
            if length == 0 {
                guard blockCRC == endMarker else {
                    throw StoreError.damaged(file: path, offset: offset, reason: "bad end marker")
                }
                break
            }
            guard length <= 256 << 20 else {
                throw StoreError.damaged(file: path, offset: offset, reason: "impossible block length \(length)")
            }
            if block.count < length { block = [UInt8](repeating: 0, count: length) }
            let read = try block.withUnsafeMutableBytes {
                try FileIO.read(fd, into: UnsafeMutableRawBufferPointer(rebasing: $0[0..<length]), path: path)
            }
            guard read == length else {
                throw StoreError.damaged(file: path, offset: offset, reason: "snapshot ends inside a block")
            }
            try block.withUnsafeBufferPointer { buffer in
                let payload = UnsafeBufferPointer(rebasing: buffer[0..<length])
                guard Checksum.crc32(payload) == blockCRC else {
                    throw StoreError.damaged(file: path, offset: offset, reason: "block checksum does not match")
                }
                try decodeBlock(payload, into: &desk, fileOffset: offset + 8, path: path)
            }
            offset += 8 + length
        }
        guard UInt64(desk.count) == count else {
            throw StoreError.damaged(file: path, offset: offset, reason: "snapshot holds \(desk.count) tickets, header says \(count)")
        }
        var trailing: UInt8 = 0
        guard Glibc.read(fd, &trailing, 1) == 0 else {
            throw StoreError.damaged(file: path, offset: offset + 8, reason: "bytes after the end marker")
        }
        return (desk, sequence)
    }

    private static func decodeBlock(_ payload: UnsafeBufferPointer<UInt8>, into desk: inout Desk,
                                    fileOffset: Int, path: String) throws {
        var reader = ByteReader(payload)
        do {
            while !reader.isAtEnd {
                let start = reader.position
                let number = Int32(bitPattern: try reader.u32())
                let entries = try reader.varint()
                guard entries > 0 else { throw DecodeError(offset: start, reason: "ticket T-\(number) has no timeline") }
                var timeline: [TimelineEntry] = []
                timeline.reserveCapacity(entries)
                for _ in 0..<entries { timeline.append(try EventCodec.decode(from: &reader)) }
                guard case .received = timeline[0].event else {
                    throw DecodeError(offset: start, reason: "ticket T-\(number) does not start with its intake")
                }
                let ticket = Ticket(id: TicketID(number), timeline: timeline)
                guard desk.append(ticket) else {
                    throw DecodeError(offset: start, reason: "ticket T-\(number) is out of order")
                }
            }
        } catch let error as DecodeError {
            throw StoreError.damaged(file: path, offset: fileOffset + error.offset, reason: error.reason)
        }
    }
}
