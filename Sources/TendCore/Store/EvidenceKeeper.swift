import Crypto
import Foundation

/// Copies an evidence file into the desk (`evidence/T-1042/`), owner-only and fsync'd, and
/// measures it: size and SHA-256. The copy is made durable before the ticket's `evidence_added`
/// is recorded, so the record never names a file the desk does not hold; a copy whose record then
/// fails stays unlisted (and is the same bytes if the command is tried again).
public enum EvidenceKeeper {
    /// The largest file taken: a CCTV clip of a grooming session fits; a whole day's footage is a
    /// reference to where it is kept.
    public static let largest: Int64 = 512 * 1024 * 1024

    public enum Failure: Refusal, Sendable, Equatable {
        case cannotRead(path: String, reason: String)
        case notAFile(path: String)
        case tooLarge(path: String, size: Int64)
        case onlyReferencesOnTeamDesk

        public func message(_ lang: Language) -> String {
            switch self {
            case .cannotRead(let path, let reason):
                return lang.pick("Cannot read \(path): \(reason).", "无法读取 \(path)：\(reason)。")
            case .notAFile(let path):
                return lang.pick("\(path) is not a file.", "\(path) 不是文件。")
            case .tooLarge(let path, let size):
                return lang.pick("\(path) is \(Evidence.sizeText(size)), more than the \(Evidence.sizeText(largest)) a desk keeps; give a reference to where it is kept instead (--ref).",
                                 "\(path) 有 \(Evidence.sizeText(size))，超过了工作台可保存的 \(Evidence.sizeText(largest))；请改为登记存放位置的编号（--ref）。")
            case .onlyReferencesOnTeamDesk:
                return lang.pick("A team's desk keeps references to evidence, not files: give where it is kept (--ref).",
                                 "团队工作台只登记证据的编号或存放位置，不保存文件：请用 --ref 登记。")
            }
        }
    }

    /// Copies `source` into `deskDirectory` for `ticket`; returns what the record keeps.
    public static func keep(_ source: String, in deskDirectory: String, for ticket: TicketID) throws -> EvidenceFile {
        let fd = open(source, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure.cannotRead(path: source, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure.cannotRead(path: source, reason: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw Failure.notAFile(path: source) }
        guard Int64(info.st_size) <= largest else { throw Failure.tooLarge(path: source, size: Int64(info.st_size)) }

        let folder = (deskDirectory as NSString).appendingPathComponent("evidence/\(ticket)")
        try DurableFile.makeFolder(folder, inside: deskDirectory)
        let originalName = (source as NSString).lastPathComponent
        // Written under a temporary name first: the final name carries the checksum, known only
        // once every byte is read.
        let pending = (folder as NSString).appendingPathComponent(".incoming-" + String(RequestID.make().suffix(12)))
        var hasher = SHA256()
        var size: Int64 = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        do {
            try FileIO.replace(pending) { out in
                while true {
                    let count = try buffer.withUnsafeMutableBytes { try FileIO.read(fd, into: $0, path: source) }
                    if count == 0 { break }
                    size += Int64(count)
                    guard size <= largest else { throw Failure.tooLarge(path: source, size: size) }
                    try buffer.withUnsafeBytes { bytes in
                        let chunk = UnsafeRawBufferPointer(rebasing: bytes[0..<count])
                        hasher.update(bufferPointer: chunk)
                        try FileIO.writeAll(out, chunk, path: pending)
                    }
                }
            }
        } catch {
            unlink(pending)
            throw error
        }
        let sha = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        let storedName = String(sha.prefix(16)) + "-" + safeName(originalName)
        let stored = (folder as NSString).appendingPathComponent(storedName)
        guard rename(pending, stored) == 0 else {
            let code = errno
            unlink(pending)
            throw StoreError.io(file: stored, operation: "write", errno: code)
        }
        try FileIO.syncDirectory(folder)
        return EvidenceFile(originalName: originalName, storedPath: "evidence/\(ticket)/\(storedName)", size: size, sha256: sha)
    }

    /// Checks a kept file against its record: the bytes still hash to what was recorded.
    public static func verify(_ file: EvidenceFile, in deskDirectory: String) -> Bool {
        let path = (deskDirectory as NSString).appendingPathComponent(file.storedPath)
        guard let bytes = try? FileIO.readWhole(path) else { return false }
        return SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined() == file.sha256
    }

    /// A file name reduced to letters, digits, CJK and `.-_`, at most 80 characters: it was typed
    /// elsewhere, and becomes part of a path here.
    static func safeName(_ name: String) -> String {
        let kept = name.unicodeScalars.map { scalar -> Character in
            let allowed = CharacterSet.alphanumerics.contains(scalar) || ".-_".unicodeScalars.contains(scalar)
            return allowed && scalar.value >= 0x20 ? Character(scalar) : "_"
        }
        let text = String(kept.prefix(80)).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        return text.isEmpty ? "file" : text
    }
}
