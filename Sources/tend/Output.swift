import ArgumentParser
import Foundation
import TendCore

/// Where the command line speaks: results to stdout, warnings and refusals to stderr, one line
/// each, and a non-zero exit for every refusal.
enum Output {
    static func warn(_ text: String) {
        FileHandle.standardError.write(Data("tend: warning: \(text)\n".utf8))
    }

    static func fail(_ text: String) -> ExitCode {
        FileHandle.standardError.write(Data("tend: \(text)\n".utf8))
        return ExitCode(1)
    }

    /// Runs a command body, turning every known refusal into its message and exit status 1.
    static func reporting(_ lang: Language, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as Refusal {
            throw fail(error.message(lang))
        } catch let error as PolicyError {
            throw fail(error.description)
        } catch let error as IntakeImport.Failure {
            for problem in error.problems { FileHandle.standardError.write(Data("tend: \(problem)\n".utf8)) }
            throw fail(lang.pick("nothing was imported: \(error.problems.count) problem(s) above.",
                                 "未导入任何数据：上面列出了 \(error.problems.count) 个问题。"))
        }
    }
}
