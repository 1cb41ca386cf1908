import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock on the desk's `lock` file: shared while loading, exclusive while writing, so
/// that writers in different processes never interleave and readers never see a half-compacted desk.
/// Where the lock file cannot be opened for writing it is opened read-only (flock does not care);
/// only on a read-only file system, where it cannot be created either, do readers go without it:
/// nobody can write such a desk.
final class FileLock {
    private let fd: Int32?
    let path: String

    init(path: String) throws {
        self.path = path
        var descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, FileIO.fileMode)
        if descriptor < 0 && (errno == EROFS || errno == EACCES) {
            let readOnlyFileSystem = errno == EROFS
            descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            // Only where nothing can be written at all may a reader go without the lock.
            if descriptor < 0 && errno == ENOENT && readOnlyFileSystem { fd = nil; return }
        }
        guard descriptor >= 0 else { throw StoreError.io(file: path, operation: "open", errno: errno) }
        fd = descriptor
    }

    deinit { if let fd { close(fd) } }

    /// Waits up to `timeout` seconds for the lock, then gives up with `busy`.
    func withLock<T>(exclusive: Bool, timeout: TimeInterval = 30, _ body: () throws -> T) throws -> T {
        guard let fd else { return try body() }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw StoreError.io(file: path, operation: "lock", errno: errno)
            }
            guard Date() < deadline else {
                throw StoreError.busy(directory: (path as NSString).deletingLastPathComponent)
            }
            usleep(2_000)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
