import ArgumentParser
import Foundation
import TendCore

/// Where the command line speaks: results to stdout, warnings and refusals to stderr, one line
/// each, and a non-zero exit for every refusal. Everything goes out through `write` or `message`,
/// which pass it through the one escaping path, so no customer text reaches a terminal as a command.
enum Output {
    /// Results, to standard output: their own line breaks and tab stops kept.
    static func write(_ text: String) {
        send(SafeText.output(text), to: FileHandle.standardOutput)
    }

    /// Messages, to standard error: prose, so a tab in a quoted value is a space.
    static func message(_ text: String) {
        send(SafeText.block(text), to: FileHandle.standardError)
    }

    /// Writes, never trapping on a failed write (Foundation's non-throwing `write` does). When
    /// the reader has gone (`tend list | head`), nothing more will be read: the command ends
    /// quietly, and a change it made is made. Any other failure is said once on standard error,
    /// and the command's own exit status stands.
    private static func send(_ text: String, to handle: FileHandle) {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            if errno == EPIPE || (error as NSError).code == Int(EPIPE) { exit(0) }
            guard handle !== FileHandle.standardError else { return }
            try? FileHandle.standardError.write(contentsOf: Data("tend: could not write the output: \(error.localizedDescription)\n".utf8))
        }
    }

    /// A text argument as given, or standard input whole when it is `-` (`tend coach -`).
    static func argumentText(_ text: String) -> String {
        text == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : text
    }

    static func warn(_ text: String) {
        message("tend: warning: \(text)\n")
    }

    /// A problem found while the command goes on (a bad script or theme file, a training log).
    static func problem(_ text: String) {
        message("tend: \(text)\n")
    }

    static func fail(_ text: String) -> ExitCode {
        problem(text)
        return ExitCode(1)
    }

    /// Runs a command body, turning every known refusal into its message and exit status 1.
    static func reporting(_ lang: Language, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as TermedRefusal {
            throw fail(error.message(lang, terms: CommandLineTerms()))
        } catch let error as Refusal {
            throw fail(error.message(lang))
        } catch let error as PolicyError {
            throw fail(error.description)
        } catch let error as IntakeImport.Failure {
            for problem in error.problems { Self.problem("\(problem)") }
            throw fail(lang.pick("nothing was imported: \(error.problems.count) problem(s) above.",
                                 "未导入任何数据：上面列出了 \(error.problems.count) 个问题。"))
        }
    }
}

/// `print` in this module is this function, not the standard library's: whatever a command
/// prints, now or after the next change, goes out through `Output.write` and its escaping.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Output.write(items.map { "\($0)" }.joined(separator: separator) + terminator)
}
