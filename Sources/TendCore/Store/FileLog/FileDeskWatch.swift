#if canImport(Glibc)
import Glibc
#endif

/// Watches a desk directory with inotify: the journal being appended to (another process's
/// commit), the journal or policy being replaced (a compaction renames a new journal in; a new
/// policy is renamed in the same way). Only the directory itself is watched, so what is written
/// in its subdirectories (drafts, training results, themes) wakes nobody.
public final class FileDeskWatch: DeskWatch {
    public let descriptor: Int32

    /// nil when inotify cannot be set up (no more watches allowed, a file system without it):
    /// the console then asks every few seconds, as it did before there was a watch.
    public init?(directory: String) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        let events = UInt32(IN_MODIFY) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE)
        guard inotify_add_watch(fd, directory, events) >= 0 else {
            close(fd)
            return nil
        }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Reads every queued event: a burst of appends is one wake-up, and one refresh.
    public func acknowledge() {
        var buffer = [UInt8](repeating: 0, count: 16 << 10)
        while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }

    public var status: Bilingual? { nil }
}

extension FileEventLog: WatchableLog {
    public func makeWatch() -> DeskWatch? { FileDeskWatch(directory: directory) }
}
