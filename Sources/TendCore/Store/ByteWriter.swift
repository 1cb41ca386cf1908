import Foundation

/// Appends the store's binary encoding to a byte array: little-endian fixed integers, LEB128
/// variable-length counts, length-prefixed UTF-8 strings, dates as milliseconds since 1970.
struct ByteWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func u8(_ value: UInt8) { bytes.append(value) }

    mutating func u16(_ value: UInt16) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func u32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func u64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func i64(_ value: Int64) { u64(UInt64(bitPattern: value)) }

    mutating func varint(_ value: Int) {
        var rest = UInt64(value)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func string(_ value: String) {
        var copy = value
        copy.withUTF8 { utf8 in
            varint(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func date(_ value: Date) { i64(value.storeMilliseconds) }

    mutating func optionalDate(_ value: Date?) {
        if let value { u8(1); date(value) } else { u8(0) }
    }

    /// Overwrites four bytes written earlier: a length or checksum reserved before its value was known.
    mutating func patchU32(_ value: UInt32, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { raw in
            for index in 0..<4 { bytes[offset + index] = raw[index] }
        }
    }
}

extension Date {
    /// The store keeps instants to the millisecond. Every instant from outside is range-checked
    /// long before it gets here; this still never traps, whatever a caller passes.
    var storeMilliseconds: Int64 {
        let milliseconds = (timeIntervalSince1970 * 1000).rounded()
        guard milliseconds.isFinite else { return 0 }
        return milliseconds >= 9.2e18 ? .max : milliseconds <= -9.2e18 ? .min : Int64(milliseconds)
    }

    init(storeMilliseconds: Int64) { self.init(timeIntervalSince1970: Double(storeMilliseconds) / 1000) }

    /// This instant as the store will give it back: rounded to the millisecond.
    public var roundedToStore: Date { Date(storeMilliseconds: storeMilliseconds) }
}
