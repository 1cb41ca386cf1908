import Foundation

/// Where a person keeps their own things for a team's desk, on their own machine, one folder per
/// desk under an XDG base directory: drafts, training results and themes under the data
/// directory; the snapshot copy under the cache directory.
enum LocalFiles {
    enum Base {
        /// `$XDG_DATA_HOME/tend-team`, else `~/.local/share/tend-team`.
        case data
        /// `$XDG_CACHE_HOME/tend`, else `~/.cache/tend`.
        case cache
    }

    static func directory(_ base: Base, forDesk identity: [UInt8],
                          environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let (variable, fallback, folder) = switch base {
        case .data: ("XDG_DATA_HOME", ".local/share", "tend-team")
        case .cache: ("XDG_CACHE_HOME", ".cache", "tend")
        }
        let root: String
        if let xdg = environment[variable], xdg.hasPrefix("/") {
            root = xdg
        } else {
            root = ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(fallback)
        }
        let name = identity.map { String(format: "%02x", $0) }.joined()
        return (root as NSString).appendingPathComponent("\(folder)/\(name)")
    }
}
