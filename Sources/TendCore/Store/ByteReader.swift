import Foundation

/// Why bytes could not be decoded, and where (relative to the start of the reader's buffer).
struct DecodeError: Error {
    let offset: Int
    let reason: Bilingual
}

/// Reads the encoding `ByteWriter` writes, from borrowed memory, checking every bound.
struct ByteReader {
    private let base: UnsafeBufferPointer<UInt8>
    private(set) var position: Int

    init(_ base: UnsafeBufferPointer<UInt8>, position: Int = 0) {
        self.base = base
        self.position = position
    }

    var isAtEnd: Bool { position >= base.count }
    var remaining: Int { base.count - position }

    private func need(_ count: Int) throws {
        guard count <= base.count - position else {
            throw DecodeError(offset: position, reason: Bilingual("record ends early (needs \(count) more bytes)",
                                                                  "记录没写完就断了（还差 \(count) 字节）"))
        }
    }

    mutating func u8() throws -> UInt8 {
        try need(1)
        defer { position += 1 }
        return base[position]
    }

    mutating func u16() throws -> UInt16 {
        try need(2)
        let value = UnsafeRawPointer(base.baseAddress! + position).loadUnaligned(as: UInt16.self)
        position += 2
        return UInt16(littleEndian: value)
    }

    mutating func u32() throws -> UInt32 {
        try need(4)
        let value = UnsafeRawPointer(base.baseAddress! + position).loadUnaligned(as: UInt32.self)
        position += 4
        return UInt32(littleEndian: value)
    }

    mutating func u64() throws -> UInt64 {
        try need(8)
        let value = UnsafeRawPointer(base.baseAddress! + position).loadUnaligned(as: UInt64.self)
        position += 8
        return UInt64(littleEndian: value)
    }

    mutating func i64() throws -> Int64 { Int64(bitPattern: try u64()) }

    mutating func varint() throws -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try u8()
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { break }
            shift += 7
            guard shift < 63 else { throw DecodeError(offset: position, reason: Bilingual("number too long", "有个数字的编码长得不正常")) }
        }
        guard result <= UInt64(Int.max) else { throw DecodeError(offset: position, reason: Bilingual("number too large", "有个数字大得不合常理")) }
        return Int(result)
    }

    mutating func string() throws -> String {
        let count = try varint()
        try need(count)
        defer { position += count }
        return String(decoding: UnsafeBufferPointer(rebasing: base[position..<position + count]), as: UTF8.self)
    }

    mutating func date() throws -> Date { Date(storeMilliseconds: try i64()) }

    mutating func optionalDate() throws -> Date? { try u8() == 0 ? nil : try date() }

    mutating func vocabulary<V: StoredVocabulary>(_ type: V.Type) throws -> V {
        let code = try u8()
        guard let value = V.from(code: code) else {
            throw DecodeError(offset: position - 1, reason: Bilingual("unknown \(V.self) code \(code)",
                                                                      "\(ByteReader.chineseName(of: V.self))编号 \(code) 无法识别"))
        }
        return value
    }

    /// What each stored vocabulary is called in Chinese, for a code that cannot be read.
    private static let chineseNames: [ObjectIdentifier: String] = [
        ObjectIdentifier(Grade.self): "等级",
        ObjectIdentifier(Cause.self): "原因类别",
        ObjectIdentifier(Channel.self): "来源渠道",
        ObjectIdentifier(ServiceLine.self): "服务项目",
        ObjectIdentifier(ResolutionKind.self): "处理方式",
        ObjectIdentifier(Stage.self): "处理阶段",
        ObjectIdentifier(Anger.self): "客户情绪",
    ]

    private static func chineseName<V: Vocabulary>(of type: V.Type) -> String {
        chineseNames[ObjectIdentifier(type)] ?? "选项"
    }
}
