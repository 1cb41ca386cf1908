import Foundation
import TOMLKit

/// A TOML file Tend reads (the policy, a theme, a script library file), read and parsed one way
/// for all three. Whatever is wrong with it, from an unreadable file to a value that makes no
/// sense, is a `FileLineError` naming the file and the line.
public struct TOMLDocument {
    public let path: String
    public let root: TOMLSection
    let lines: TOMLLineFinder

    /// Far more than any hand-written file needs; a path to something huge is refused before
    /// it is read into memory.
    public static let largestFile = 4 << 20

    /// `what` names the file in messages ("policy file"). `followingLinks` is false for a desk's
    /// own files, which are never reached through a symbolic link; themes and shipped scripts
    /// may well be links (a dotfiles folder, a package manager's profile).
    public static func load(path: String, what: String, followingLinks: Bool) throws -> TOMLDocument {
        let file = followingLinks ? (path as NSString).resolvingSymlinksInPath : path
        if let size = FileIO.identity(file)?.size, size > largestFile {
            throw FileLineError(path: path, line: 0, reason: "the \(what) is larger than \(largestFile >> 20) MiB")
        }
        let bytes: [UInt8]
        do {
            bytes = try FileIO.readWhole(file)
        } catch let error as StoreError {
            throw FileLineError(path: path, line: 0, reason: "cannot read the \(what) (\(error.message(.en)))")
        }
        guard let source = String(validating: bytes, as: UTF8.self) else {
            throw FileLineError(path: path, line: 0, reason: "the \(what) is not UTF-8 text")
        }
        return try TOMLDocument(source: source, path: path)
    }

    public init(source: String, path: String) throws {
        // A byte order mark, which some editors write, would hide the first line's key or header.
        let text = source.unicodeScalars.first == "\u{FEFF}" ? String(source.unicodeScalars.dropFirst()) : source
        self.path = path
        lines = TOMLLineFinder(source: text)
        root = TOMLSection(table: try TOMLText.parse(text, path: path), name: nil, path: path, lines: lines)
    }

    /// A refusal at the line of `key` in `table` (see `TOMLLineFinder`).
    public func fail(_ table: String?, _ key: String?, _ reason: String) -> FileLineError {
        FileLineError(path: path, line: lines.line(table: table, key: key), reason: reason)
    }
}
