import Foundation

/// Whole files written so that a crash or a power cut leaves the old contents or the new, never a
/// mixture or an empty file: a temporary file created 0600 (never through a symlink), fsync'd,
/// renamed over the old one, then the folder fsync'd. Drafts, exports and the store's own files
/// all go through here.
public enum DurableFile {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try FileIO.replace(path, with: bytes)
    }

    public static func write(_ data: Data, to path: String) throws {
        try FileIO.replace(path, with: [UInt8](data))
    }

    /// Creates `path` (and missing parents) as an owner-only folder. A folder it creates is
    /// fsync'd into its parent, so a power cut cannot lose the folder with the files inside it.
    public static func makeFolder(_ path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path, !FileIO.exists(parent) { try makeFolder(parent) }
        let existed = FileIO.exists(path)
        try FileIO.makeDirectory(path)
        if !existed { try FileIO.syncDirectory(parent.isEmpty ? "." : parent) }
    }
}
