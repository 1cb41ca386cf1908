import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `tend check` looks for besides the store's own checksums and chain: everything in the desk
/// folder and below is a plain file or folder of the desk's owner, owner-only, and no symbolic link
/// (which Tend would refuse to follow). A temporary file left by an interrupted write is reported
/// apart: it holds nothing acknowledged, and the next write of that file replaces it.
public enum DeskAudit {
    public static func findings(in directory: String, lang: Language) -> (problems: [String], leftovers: [String]) {
        var found: [String] = []
        var leftovers: [String] = []
        var info = stat()
        // The desk folder itself may be reached through a link of the user's choosing.
        guard stat(directory, &info) == 0 else { return ([], []) }
        let owner = info.st_uid
        if info.st_mode & 0o077 != 0 { found.append(openFolder(directory, info.st_mode, lang)) }
        walk(directory, owner: owner, lang: lang, into: &found, leftovers: &leftovers)
        return (found, leftovers)
    }

    private static func walk(_ folder: String, owner: uid_t, lang: Language, into found: inout [String], leftovers: inout [String]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let type = info.st_mode & S_IFMT
            if type == S_IFLNK {
                found.append(lang.pick("\(path) is a symbolic link; a desk holds only its own files (Tend will not follow it)",
                                       "\(path) 是符号链接；工作台只应存放自己的文件（Tend 不会跟随它）"))
                continue
            }
            if name.hasSuffix(".tmp") {
                leftovers.append(lang.pick("\(path) was left by an interrupted write; it holds nothing acknowledged and can be deleted",
                                       "\(path) 是一次中断写入留下的临时文件，不含任何已确认的内容，可以删除"))
            }
            if info.st_uid != owner {
                found.append(lang.pick("\(path) belongs to \(DeskOwner.name(of: info.st_uid)), not to the desk's owner",
                                       "\(path) 属于 \(DeskOwner.name(of: info.st_uid))，而不是工作台的主人"))
            }
            if type == S_IFDIR {
                if info.st_mode & 0o077 != 0 { found.append(openFolder(path, info.st_mode, lang)) }
                walk(path, owner: owner, lang: lang, into: &found, leftovers: &leftovers)
            } else if info.st_mode & 0o077 != 0 && !name.hasSuffix(".tmp") {
                found.append(lang.pick("\(path) is readable by other users (mode \(octal(info.st_mode))); run chmod 600 on it",
                                       "\(path) 可被其他用户读取（权限 \(octal(info.st_mode))）；请对它运行 chmod 600"))
            } else if type != S_IFREG {
                found.append(lang.pick("\(path) is not a plain file", "\(path) 不是普通文件"))
            }
        }
    }

    private static func openFolder(_ path: String, _ mode: mode_t, _ lang: Language) -> String {
        lang.pick("\(path) is open to other users (mode \(octal(mode))); run chmod 700 on it",
                  "\(path) 对其他用户开放（权限 \(octal(mode))）；请对它运行 chmod 700")
    }

    private static func octal(_ mode: mode_t) -> String { String(mode & 0o777, radix: 8) }
}
