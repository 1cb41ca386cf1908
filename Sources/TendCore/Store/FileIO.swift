import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Thin, checked wrappers over POSIX file calls. Every file the store writes is 0600; its
/// directory is 0700; replacing a file goes temp file → fsync → rename → fsync of the directory.
/// No call follows a symbolic link at the end of a path inside a desk (O_NOFOLLOW, lstat).
enum FileIO {
    static let fileMode: mode_t = 0o600
    static let directoryMode: mode_t = 0o700

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func openForReading(_ path: String) throws -> Int32 {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(file: path, operation: "read", errno: errno) }
        return fd
    }

    /// Opens an existing file for appending writes (a journal that vanished is damage, never
    /// something to recreate empty).
    static func openForAppending(_ path: String) throws -> Int32 {
        let fd = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(file: path, operation: "write", errno: errno) }
        return fd
    }

    /// Creates an owner-only folder, or checks the one already there: a symbolic link where a
    /// folder of the desk should be is refused, never followed. Returns whether it was created.
    @discardableResult
    static func makeDirectory(_ path: String) throws -> Bool {
        if mkdir(path, directoryMode) == 0 { return true }
        guard errno == EEXIST else { throw StoreError.io(file: path, operation: "create", errno: errno) }
        var info = stat()
        guard lstat(path, &info) == 0 else { throw StoreError.io(file: path, operation: "read", errno: errno) }
        if info.st_mode & S_IFMT == S_IFLNK { throw StoreError.symlink(file: path) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw StoreError.io(file: path, operation: "create", errno: ENOTDIR) }
        chmod(path, directoryMode)
        return false
    }

    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw StoreError.io(file: path, operation: "write", errno: errno)
            }
            offset += written
        }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        try bytes.withUnsafeBytes { try writeAll(fd, $0, path: path) }
    }

    /// Reads exactly `count` bytes or fewer at end of file.
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, path: String) throws -> Int {
        var total = 0
        while total < buffer.count {
            let got = Glibc.read(fd, buffer.baseAddress! + total, buffer.count - total)
            if got < 0 {
                if errno == EINTR { continue }
                throw StoreError.io(file: path, operation: "read", errno: errno)
            }
            if got == 0 { break }
            total += got
        }
        return total
    }

    static func readWhole(_ path: String, from offset: Int = 0) throws -> [UInt8] {
        let fd = try openForReading(path)
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StoreError.io(file: path, operation: "read", errno: errno) }
        let size = max(0, Int(info.st_size) - offset)
        guard lseek(fd, off_t(offset), SEEK_SET) >= 0 else { throw StoreError.io(file: path, operation: "read", errno: errno) }
        var bytes = [UInt8](repeating: 0, count: size)
        let got = try bytes.withUnsafeMutableBytes { try read(fd, into: $0, path: path) }
        bytes.removeLast(size - got)
        return bytes
    }

    static func sync(_ fd: Int32, path: String) throws {
        guard fsync(fd) == 0 else { throw StoreError.io(file: path, operation: "sync", errno: errno) }
    }

    static func syncDirectory(_ directory: String) throws {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(file: directory, operation: "read", errno: errno) }
        defer { close(fd) }
        try sync(fd, path: directory)
    }

    /// Writes a whole file atomically: readers see the old file or the new one, never a mixture.
    /// `produce` writes the contents to the temporary file's descriptor. The temporary file has a
    /// name of its own (`NAME.<random>.tmp`), so no file that happens to be there is touched.
    static func replace(_ path: String, produce: (Int32) throws -> Void) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = path + "." + String(RequestID.make().dropFirst(5)) + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw StoreError.io(file: temporary, operation: "write", errno: errno) }
        do {
            try produce(fd)
            try sync(fd, path: temporary)
            close(fd)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw StoreError.io(file: path, operation: "write", errno: code)
        }
        try syncDirectory(directory.isEmpty ? "." : directory)
    }

    static func replace(_ path: String, with bytes: [UInt8]) throws {
        try replace(path) { fd in try writeAll(fd, bytes, path: path) }
    }

    /// Identity of a file (device, inode) and its size: tells whether another process replaced it.
    /// A symbolic link is itself the file here, so opening it afterwards fails with ELOOP.
    /// `modified` (nanoseconds) tells a file rewritten in place from one only appended to.
    static func identity(_ path: String) -> (device: UInt64, inode: UInt64, size: Int, modified: Int64)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (UInt64(info.st_dev), UInt64(info.st_ino), Int(info.st_size),
                Int64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_mtim.tv_nsec))
    }
}
