import Foundation
import TendCore

/// Where a person keeps their own files for a team's desk (drafts, training results, their own
/// themes): on their machine, under their data directory, one folder per desk.
enum LocalFiles {
    static func directory(forDesk identity: [UInt8], environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let data: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            data = xdg
        } else {
            data = ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".local/share")
        }
        let name = identity.map { String(format: "%02x", $0) }.joined()
        return (data as NSString).appendingPathComponent("tend-team/\(name)")
    }
}
