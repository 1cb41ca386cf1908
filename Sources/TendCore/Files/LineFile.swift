import Foundation

/// A file of lines, appended one at a time (practice results, a handler's private notes): each
/// line fsync'd, a file this creates fsync'd into its folder too, so a power cut cannot lose a
/// line after it was reported saved. Never through a symbolic link; owner-only.
public enum LineFile {
    /// One value as a line of JSON: keys sorted, instants as every file and record writes them.
    public static func append<Value: Encodable>(json value: Value, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(TimeText.isoMilliseconds(date))
        }
        encoder.outputFormatting = [.sortedKeys]
        try append(try encoder.encode(value), to: path)
    }

    public static func append(_ line: Data, to path: String) throws {
        var bytes = [UInt8](line)
        bytes.append(0x0A)
        let flags = O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC
        var created = true
        var descriptor = open(path, flags | O_CREAT | O_EXCL, FileIO.fileMode)
        if descriptor < 0 && errno == EEXIST {
            created = false
            descriptor = open(path, flags)
        }
        guard descriptor >= 0 else { throw StoreError.io(file: path, operation: "write", errno: errno) }
        defer { close(descriptor) }
        var info = stat()
        let before = fstat(descriptor, &info) == 0 ? info.st_size : 0
        do {
            try FileIO.writeAll(descriptor, bytes, path: path)
            try FileIO.sync(descriptor, path: path)
        } catch {
            // A line cut short by a full disk would spoil the next one written after it: take it back.
            _ = ftruncate(descriptor, before)
            _ = fsync(descriptor)
            throw error
        }
        if created { try FileIO.syncDirectory((path as NSString).deletingLastPathComponent) }
    }
}
