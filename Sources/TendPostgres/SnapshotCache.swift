import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A copy of the database's newest snapshot on this machine, so that opening a large team desk
/// fetches only the changes after it, not the whole desk every time. It is a byte-for-byte copy
/// (contacts are never in it), checked like any snapshot when read; a damaged or stale copy is
/// simply fetched again. Under `$XDG_CACHE_HOME/tend/DESK-ID/` (else `~/.cache`), 0700 and 0600.
enum SnapshotCache {
    static func directory(forDesk identity: [UInt8]) -> String { LocalFiles.directory(.cache, forDesk: identity) }

    /// Named by the snapshot's sequence and the database's id for that snapshot row.
    static func fileName(_ sequence: Int64, id: UUID) -> String { "snapshot-\(sequence)-\(id.uuidString.lowercased()).tend" }

    /// The cached snapshot at `sequence`, if there is one.
    static func read(desk identity: [UInt8], sequence: Int64, id: UUID) -> [UInt8]? {
        FileManager.default.contents(atPath: path(desk: identity, sequence: sequence, id: id)).map { [UInt8]($0) }
    }

    static func path(desk identity: [UInt8], sequence: Int64, id: UUID) -> String {
        (directory(forDesk: identity) as NSString).appendingPathComponent(fileName(sequence, id: id))
    }

    /// Keeps `bytes` as the snapshot at `sequence`, replacing older copies. A cache that cannot be
    /// written costs only speed: failures are ignored.
    static func write(_ bytes: [UInt8], desk identity: [UInt8], sequence: Int64, id: UUID) {
        let folder = directory(forDesk: identity)
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])) != nil else { return }
        let final = (folder as NSString).appendingPathComponent(fileName(sequence, id: id))
        let temporary = final + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else { return }
        guard rename(temporary, final) == 0 else { unlink(temporary); return }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name != fileName(sequence, id: id) {
            unlink((folder as NSString).appendingPathComponent(name))
        }
    }

    static func forget(desk identity: [UInt8], sequence: Int64, id: UUID) {
        unlink(path(desk: identity, sequence: sequence, id: id))
    }
}
