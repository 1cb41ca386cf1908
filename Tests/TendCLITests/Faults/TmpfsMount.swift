import Foundation

/// A small tmpfs of our own, for the disk-full and read-only experiments. Mounting needs root
/// (CI runs as root); without it the experiments say they were skipped. Callers unmount with
/// `defer`, so a failing experiment never leaves a mount behind.
final class TmpfsMount {
    struct Unavailable: Error { let reason: String }

    let path: String
    private let scratch: String

    /// Mounts a tmpfs of `size` (as mount takes it: "2m") at `path`, created if missing.
    init(size: String, at path: String) throws {
        guard geteuid() == 0 else { throw Unavailable(reason: "not running as root") }
        self.path = path
        scratch = path + ".out"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let mounted = try run("mount", ["-t", "tmpfs", "-o", "size=\(size),mode=0700", "tmpfs", path])
        guard mounted.status == 0 else { throw Unavailable(reason: "mount failed: \(mounted.said)") }
    }

    /// The mount for an experiment, or nil after printing that the experiment was skipped.
    static func forExperiment(_ experiment: String, at path: String) throws -> TmpfsMount? {
        do {
            return try TmpfsMount(size: "2m", at: path)
        } catch let unavailable as Unavailable {
            print("fault \(experiment): skipped — needs root to mount a tmpfs (\(unavailable.reason))")
            return nil
        }
    }

    func remount(readOnly: Bool) throws {
        let result = try run("mount", ["-o", readOnly ? "remount,ro" : "remount,rw", path])
        guard result.status == 0 else { throw TendRunner.Failure(text: "remount of \(path) failed: \(result.said)") }
    }

    /// Unmounts, lazily if something still holds the file system.
    func unmount() {
        if (try? run("umount", [path]))?.status != 0 { _ = try? run("umount", ["-l", path]) }
    }

    /// Bytes an unprivileged writer may still use.
    var freeBytes: Int {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return 0 }
        return Int(info.f_bavail) * Int(info.f_frsize)
    }

    var blockSize: Int {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return 4096 }
        return Int(info.f_frsize)
    }

    /// A file of zeros that leaves `room` bytes free (to the block).
    func fill(_ name: String, leaving room: Int) throws {
        try fill(name, bytes: max(0, freeBytes - room))
    }

    /// A file of zeros that takes every byte left.
    func fillCompletely(_ name: String) throws {
        try fill(name, bytes: Int.max)
    }

    func remove(_ name: String) {
        unlink((path as NSString).appendingPathComponent(name))
    }

    private func fill(_ name: String, bytes: Int) throws {
        let fd = open((path as NSString).appendingPathComponent(name), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw TendRunner.Failure(text: "cannot create a filler in \(path)") }
        defer { close(fd) }
        let chunk = [UInt8](repeating: 0, count: 4096)
        var left = bytes
        // Whole blocks while they fit, then single bytes: a full disk is full to the last byte.
        for size in [chunk.count, 1] {
            while left >= size {
                let written = chunk.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, size) }
                if written <= 0 { break }
                left -= written
            }
        }
    }

    private func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, said: String) {
        let spawned = try Spawned.start(program, arguments, environment: ProcessInfo.processInfo.environment,
                                        stdout: scratch, stderr: scratch + ".err")
        let (status, _) = spawned.wait()
        let said = ((try? String(contentsOfFile: scratch + ".err", encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return (status, said)
    }
}
