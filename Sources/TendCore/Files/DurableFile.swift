import Foundation

/// Whole files written so that a crash or a power cut leaves the old contents or the new, never a
/// mixture or an empty file: a temporary file created 0600 (never through a symlink), fsync'd,
/// renamed over the old one, then the folder fsync'd. Drafts, exports and the store's own files
/// all go through here.
public enum DurableFile {
    public static func write(_ data: Data, to path: String) throws {
        try FileIO.replace(path, with: [UInt8](data))
    }

    /// Creates `path`, a folder inside the desk folder `root`, and the folders between, each
    /// owner-only. A symbolic link on the way is refused, never followed: a desk's files stay in the
    /// desk. A folder it creates is fsync'd into its parent, so a power cut cannot lose the folder
    /// with the files inside it.
    public static func makeFolder(_ path: String, inside root: String) throws {
        // Plain string work: resolving links here would follow the very link to be refused.
        let base = root.hasSuffix("/") ? String(root.dropLast()) : root
        guard path.hasPrefix(base + "/"), !path.split(separator: "/").contains("..") else {
            throw StoreError.io(file: path, operation: "create", errno: EINVAL)
        }
        let target = path
        if !FileIO.exists(base) {
            try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        var current = base
        for component in target.dropFirst(base.count + 1).split(separator: "/") {
            let parent = current
            current = (current as NSString).appendingPathComponent(String(component))
            if try FileIO.makeDirectory(current) { try FileIO.syncDirectory(parent) }
        }
    }
}
