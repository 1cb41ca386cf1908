import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file desk belongs to one OS user: the owner of its directory. Another user (a group member, or
/// root) would half-work: reading, then breaking it at the first compaction, which recreates files
/// owner-only for the wrong owner. So anyone else is told whose desk it is, before anything is read.
enum DeskOwner {
    static func check(_ directory: String) throws {
        var info = stat()
        guard stat(directory, &info) == 0 else { return }
        guard info.st_uid != getuid() else { return }
        throw StoreError.notYourDesk(directory: directory, owner: name(of: info.st_uid))
    }

    static func name(of uid: uid_t) -> String {
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(uid)"
    }
}
