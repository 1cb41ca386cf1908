import Foundation

/// Where the desk lives: `--store DIR`, else `$TEND_STORE`, else `$XDG_DATA_HOME/tend`,
/// else `~/.local/share/tend`.
public enum StoreLocation {
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return absolute(explicit) }
        if let fromEnv = environment["TEND_STORE"], !fromEnv.isEmpty { return absolute(fromEnv) }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return absolute((data as NSString).appendingPathComponent("tend")) }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return ((home as NSString).appendingPathComponent(".local/share") as NSString).appendingPathComponent("tend")
    }

    /// A login as a file name inside the desk (`drafts/LOGIN`, `training/LOGIN.jsonl`): anything
    /// but letters, digits, `.`, `-` and `_` becomes `_`, so no login can reach outside its folder.
    public static func fileName(forLogin login: String) -> String {
        let name = String(login.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" ? $0 : "_" })
        return name.allSatisfy { $0 == "." } ? "_" + name : name
    }

    private static func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        return ((FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }
}
