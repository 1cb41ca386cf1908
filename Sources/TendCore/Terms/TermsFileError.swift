/// A terms file that cannot be used, in both languages: the file and line, and what is wrong.
/// The whole file is refused.
public struct TermsFileError: Error, Sendable, Equatable, Refusal, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let reason: Bilingual

    public init(path: String, line: Int, reason: Bilingual) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// A problem found by the TOML reader (the file unreadable, not TOML), which words it in
    /// English: the Chinese says what kind of problem it is and quotes it.
    init(_ error: FileLineError) {
        self.init(path: error.path, line: error.line, reason: Bilingual(error.reason, "文件无法读取或格式有误：\(error.reason)"))
    }

    public func message(_ lang: Language) -> String { "\(path):\(line): \(reason.text(lang))" }

    public var description: String { message(.en) }
}
