import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The snapshot file: every ticket with its whole timeline, as of one point in the desk's history.
///
///     header  ["TENDSNP2"][16-byte desk identity][u64 sequence][u32 link][u64 ticket count][u32 CRC of the 44 bytes before]
///     blocks  [u32 payload length][u32 CRC-32 of payload][payload: u32 tickets, then each ticket]
///     end     [u32 0][u32 "END!"]
///
/// A ticket is `[u32 number][varint entries][entries…]`. Blocks hold a fixed number of tickets so
/// both writing and reading spread them over every core. Written to a temporary file and renamed
/// into place, so a snapshot is whole or absent; any fault in one is damage. The identity and the
/// link (the checksum of the last change it holds) tie it to its journal. Format 1 (`TENDSNP1`,
/// a 28-byte header without identity or link) is still read.
enum Snapshot {
    static let fileName = "snapshot.tend"
    static let magic = Array("TENDSNP2".utf8)
    static let legacyMagic = Array("TENDSNP1".utf8)
    static let headerSize = 48
    static let legacyHeaderSize = 28
    static let ticketsPerBlock = 2048
    static let endMarker: UInt32 = 0x454E_4421

    // MARK: Writing

    static func write(_ desk: Desk, identity: DeskIdentity, at point: HistoryPoint, to path: String) throws {
        try FileIO.replace(path) { fd in
            try encode(desk, identity: identity, at: point) { try FileIO.writeAll(fd, $0, path: path) }
        }
    }

    /// The snapshot's bytes, handed to `sink` piece by piece in order (a file, or one buffer for
    /// a database).
    static func encode(_ desk: Desk, identity: DeskIdentity, at point: HistoryPoint, into sink: ([UInt8]) throws -> Void) throws {
        let tickets = desk.tickets
        let blockCount = (tickets.count + ticketsPerBlock - 1) / ticketsPerBlock
        var header = ByteWriter(capacity: headerSize)
        header.bytes += magic
        header.bytes += identity.bytes
        header.u64(point.sequence)
        header.u32(point.link)
        header.u64(UInt64(tickets.count))
        header.u32(Checksum.crc32(header.bytes))
        try sink(header.bytes)
        // Encode a batch of blocks in parallel, then hand them on in order.
        let batch = 16
        var first = 0
        while first < blockCount {
            let count = min(batch, blockCount - first)
            let start = first
            let encoded = Parallel.map(count: count, minimumPerChunk: 1) { range in
                range.map { encodeBlock(tickets, block: start + $0) }
            }
            for blocks in encoded { for block in blocks { try sink(block) } }
            first += count
        }
        var end = ByteWriter(capacity: 8)
        end.u32(0)
        end.u32(endMarker)
        try sink(end.bytes)
    }

    private static func encodeBlock(_ tickets: [Ticket], block: Int) -> [UInt8] {
        let range = (block * ticketsPerBlock)..<min(tickets.count, (block + 1) * ticketsPerBlock)
        var out = ByteWriter(capacity: range.count * 400)
        out.u64(0)
        out.u32(UInt32(range.count))
        for ticket in tickets[range] {
            out.u32(UInt32(bitPattern: ticket.id.number))
            out.varint(ticket.timeline.count)
            for entry in ticket.timeline { EventCodec.encode(entry, into: &out) }
        }
        let crc = out.bytes.withUnsafeBufferPointer { Checksum.crc32(UnsafeBufferPointer(rebasing: $0[8...])) }
        out.patchU32(UInt32(out.bytes.count - 8), at: 0)
        out.patchU32(crc, at: 4)
        return out.bytes
    }

    // MARK: Reading

    private struct Block: Sendable {
        let offset: Int
        let length: Int
        let crc: UInt32
        let firstTicket: Int
        let tickets: Int
    }

    struct Contents {
        var desk: Desk
        /// The change the snapshot was taken after (link 0 in format 1).
        var point: HistoryPoint
        /// nil in format 1, which had none.
        var identity: DeskIdentity?
        var version: Int
    }

    static func read(path: String) throws -> Contents {
        let file = try MappedFile(path: path)
        return try read(file.bytes, path: path, mapped: true)
    }

    /// `path` names where the bytes came from in messages about damage. `mapped`: the bytes are a
    /// file mapped read-only, whose pages may be given back as they are decoded; memory of our own
    /// must never be (that would zero it, and whatever shares its pages).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, path: String, mapped: Bool = false) throws -> Contents {
        let header = try readHeader(bytes, path: path)
        let blocks = try blockMap(bytes, path: path, from: header.size, expectedTickets: header.count)
        let tickets = try decode(blocks, from: bytes, count: header.count, version: header.version, path: path, mapped: mapped)
        return Contents(desk: Desk(tickets: tickets), point: header.point, identity: header.identity, version: header.version)
    }

    private struct Header {
        var version: Int
        var identity: DeskIdentity?
        var point: HistoryPoint
        var count: Int
        var size: Int
    }

    private static func readHeader(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws -> Header {
        let start = Array(bytes.prefix(8))
        let legacy = start == legacyMagic
        let size = legacy ? legacyHeaderSize : headerSize
        guard legacy || start == magic, bytes.count >= size else {
            throw StoreError.damaged(file: path, offset: 0, reason: Bilingual("not a Tend snapshot (bad header)",
                                                                         "这不是工作台的快照文件（文件开头的标识不对）"))
        }
        var reader = ByteReader(bytes, position: legacy ? 8 : 8 + DeskIdentity.size)
        let sequence = try reader.u64()
        let link = legacy ? 0 : try reader.u32()
        let count = try reader.u64()
        guard try reader.u32() == Checksum.crc32(UnsafeBufferPointer(rebasing: bytes[0..<(size - 4)])) else {
            throw StoreError.damaged(file: path, offset: 0, reason: Bilingual("snapshot header checksum does not match",
                                                                         "快照文件开头的校验值对不上"))
        }
        guard count <= UInt64(Int32.max) else {
            throw StoreError.damaged(file: path, offset: 0, reason: Bilingual("snapshot claims \(count) tickets",
                                                                         "快照文件开头写着有 \(count) 张工单，这个数目不合常理"))
        }
        return Header(version: legacy ? 1 : 2, identity: legacy ? nil : DeskIdentity(bytes: Array(bytes[8..<(8 + DeskIdentity.size)])),
                      point: HistoryPoint(sequence: sequence, link: link), count: Int(count), size: size)
    }

    /// Walks the block frames (not their contents) to find where each block's tickets go.
    private static func blockMap(_ bytes: UnsafeBufferPointer<UInt8>, path: String, from start: Int, expectedTickets: Int) throws -> [Block] {
        var blocks: [Block] = []
        var offset = start
        var tickets = 0
        while true {
            guard bytes.count - offset >= 8 else {
                throw StoreError.damaged(file: path, offset: offset, reason: Bilingual("snapshot ends before its end marker",
                                                                                  "快照文件还没到结尾标记就断了，文件不完整"))
            }
            var frame = ByteReader(bytes, position: offset)
            let length = Int(try frame.u32())
            let crc = try frame.u32()
            if length == 0 {
                guard crc == endMarker else { throw StoreError.damaged(file: path, offset: offset, reason: Bilingual("bad end marker", "结尾标记不对")) }
                guard offset + 8 == bytes.count else {
                    throw StoreError.damaged(file: path, offset: offset + 8, reason: Bilingual("bytes after the end marker",
                                                                                          "结尾标记之后还多出了内容"))
                }
                break
            }
            guard length >= 4, length <= bytes.count - offset - 8 else {
                throw StoreError.damaged(file: path, offset: offset, reason: Bilingual("snapshot ends inside a block",
                                                                                  "快照文件在一段数据的中间就断了，文件不完整"))
            }
            let inBlock = Int(try frame.u32())
            guard inBlock <= ticketsPerBlock * 64, tickets + inBlock <= expectedTickets else {
                throw StoreError.damaged(file: path, offset: offset + 8, reason: Bilingual("block claims \(inBlock) tickets, more than the snapshot holds",
                                                                                          "一段数据写着有 \(inBlock) 张工单，比整份快照的工单还多"))
            }
            blocks.append(Block(offset: offset, length: length, crc: crc, firstTicket: tickets, tickets: inBlock))
            tickets += inBlock
            offset += 8 + length
        }
        guard tickets == expectedTickets else {
            throw StoreError.damaged(file: path, offset: offset, reason: Bilingual("snapshot holds \(tickets) tickets, header says \(expectedTickets)",
                                                                              "快照里实际有 \(tickets) 张工单，文件开头写的却是 \(expectedTickets) 张"))
        }
        return blocks
    }

    /// Decodes every block on every core straight into its slots of the ticket array.
    private static func decode(_ blocks: [Block], from bytes: UnsafeBufferPointer<UInt8>, count: Int, version: Int,
                               path: String, mapped: Bool) throws -> [Ticket] {
        let source = SendablePointer(bytes)
        let outcome = BlockOutcomes(count: blocks.count)
        let tickets = [Ticket](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = SendableSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: blocks.count) { index in
                let block = blocks[index]
                var done = 0
                do {
                    done = try decodeBlock(block, source.buffer, into: slots.buffer, version: version, path: path)
                    outcome.record(index, done: done, error: nil)
                } catch {
                    outcome.record(index, done: done, error: error)
                }
                // The block's bytes are no longer needed: let their pages go now, so a million
                // tickets and the whole file are never resident together.
                if mapped { MappedFile.release(source.buffer, from: block.offset, count: 8 + block.length) }
            }
            if outcome.firstError == nil {
                initialized = count
            } else {
                // Give back what the blocks that did decode had built, then report the damage.
                for (index, block) in blocks.enumerated() {
                    (slots.buffer.baseAddress! + block.firstTicket).deinitialize(count: outcome.done[index])
                }
                initialized = 0
            }
        }
        if let error = outcome.firstError { throw error }
        return tickets
    }

    /// Returns how many tickets it initialised; on an error, those are still initialised.
    private static func decodeBlock(_ block: Block, _ bytes: UnsafeBufferPointer<UInt8>,
                                    into slots: UnsafeMutableBufferPointer<Ticket>, version: Int, path: String) throws -> Int {
        let payload = UnsafeBufferPointer(rebasing: bytes[(block.offset + 8)..<(block.offset + 8 + block.length)])
        guard Checksum.crc32(payload) == block.crc else {
            throw StoreError.damaged(file: path, offset: block.offset, reason: Bilingual("block checksum does not match",
                                                                                       "这段数据的校验值对不上，内容被改过或已损坏"))
        }
        var reader = ByteReader(payload, position: 4)
        var made = 0
        do {
            for index in 0..<block.tickets {
                let start = reader.position
                let number = Int32(bitPattern: try reader.u32())
                guard Int(number) == Int(Desk.firstNumber) + block.firstTicket + index else {
                    throw DecodeError(offset: start, reason: Bilingual("ticket T-\(number) is out of order",
                                                                      "工单 T-\(number) 的排列顺序不对"))
                }
                let entries = try reader.varint()
                guard entries > 0, entries <= reader.remaining else {
                    throw DecodeError(offset: start, reason: Bilingual("ticket T-\(number) has an impossible timeline length",
                                                                      "工单 T-\(number) 的处理记录条数不合常理"))
                }
                var timeline: [TimelineEntry] = []
                timeline.reserveCapacity(entries)
                for _ in 0..<entries { timeline.append(try EventCodec.decode(from: &reader, version: version)) }
                guard case .received = timeline[0].event else {
                    throw DecodeError(offset: start, reason: Bilingual("ticket T-\(number) does not start with its intake",
                                                                      "工单 T-\(number) 的处理记录不是从受理开始的"))
                }
                (slots.baseAddress! + block.firstTicket + index).initialize(to: Ticket(id: TicketID(number), timeline: timeline))
                made += 1
            }
            guard reader.isAtEnd else { throw DecodeError(offset: reader.position, reason: Bilingual("unexpected bytes at the end of a block",
                                                                                                       "这段数据末尾多出了不该有的内容")) }
        } catch let error as DecodeError {
            throw BlockFailure(made: made, error: StoreError.damaged(file: path, offset: block.offset + 8 + error.offset, reason: error.reason))
        }
        return made
    }

    private struct BlockFailure: Error {
        let made: Int
        let error: StoreError
    }

    /// Per-block results from the decoding threads; the earliest damage in the file wins.
    private final class BlockOutcomes: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var done: [Int]
        private var errors: [(Int, Error)] = []

        init(count: Int) { done = Array(repeating: 0, count: count) }

        func record(_ index: Int, done made: Int, error: Error?) {
            lock.lock()
            defer { lock.unlock() }
            if let failure = error as? BlockFailure {
                done[index] = failure.made
                errors.append((index, failure.error))
            } else {
                done[index] = made
                if let error { errors.append((index, error)) }
            }
        }

        var firstError: Error? { errors.min { $0.0 < $1.0 }?.1 }
    }

    private struct SendablePointer: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<UInt8>
        init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }
    }

    /// Each block writes only its own slots, so sharing the buffer across threads is safe.
    private struct SendableSlots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Ticket>
        init(_ buffer: UnsafeMutableBufferPointer<Ticket>) { self.buffer = buffer }
    }
}

/// A whole file mapped read-only; unmapped when released.
final class MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>
    private let base: UnsafeMutableRawPointer?
    private let size: Int

    init(path: String) throws {
        let fd = try FileIO.openForReading(path)
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StoreError.io(file: path, operation: "read", errno: errno) }
        size = Int(info.st_size)
        guard size > 0 else {
            base = nil
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
        guard let mapped, mapped != MAP_FAILED else { throw StoreError.io(file: path, operation: "read", errno: errno) }
        madvise(mapped, size, MADV_SEQUENTIAL)
        base = mapped
        bytes = UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: size)
    }

    deinit { if let base { munmap(base, size) } }

    /// Drops the whole pages inside `bytes[offset..<offset+count]` from memory (re-read from the
    /// file if touched again).
    static func release(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, count: Int) {
        guard let base = bytes.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (Int(bitPattern: base) + offset + page - 1) / page * page
        let end = (Int(bitPattern: base) + offset + count) / page * page
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        madvise(pointer, end - start, MADV_DONTNEED)
    }
}
