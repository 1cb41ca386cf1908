import TOMLKit

/// TOML as Tend reads it (the policy, themes, script libraries): TOMLKit's parser behind a guard.
/// The toml++ 3.4 inside TOMLKit has preconditions that some malformed text breaks: a table name
/// starting with a character no key may start with (`[:x]`, `[[[x]]]`; fixed upstream in
/// tomlplusplus#301), an array element starting with `}` (`a = [}`), and dates or times cut short
/// (`a = 2026-11-23 1`, `a = 2026-11-23T:`). A debug build aborts there; a release build compiles
/// the checks as assumptions, so anything may happen. `TOMLTrapScanner` refuses such text first,
/// by its line; Tend's files hold only text, whole numbers, true/false, arrays and inline tables.
public enum TOMLText {
    public static func parse(_ source: String, path: String) throws -> TOMLTable {
        if let trap = TOMLTrapScanner.firstTrap(source) {
            throw FileLineError(path: path, line: trap.line, reason: trap.reason)
        }
        do {
            return try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw FileLineError(path: path, line: error.source.begin.line, reason: error.description)
        }
    }
}
