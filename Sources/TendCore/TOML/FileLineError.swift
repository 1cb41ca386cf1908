/// A file Tend reads (the policy, a theme, a script library file) that cannot be used. The whole
/// file is rejected; `line` points at the culprit, so the message reads `path:line: reason`.
public struct FileLineError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let reason: String

    public init(path: String, line: Int, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(path):\(line): \(reason)" }
}

public typealias PolicyError = FileLineError
public typealias LibraryError = FileLineError
