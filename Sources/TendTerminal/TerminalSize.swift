import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The width of the terminal standard output goes to; nil when it goes to a file or pipe, where
/// rows are written whole.
public enum TerminalSize {
    public static func columns() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(text), value > 0 { return value }
        return nil
    }
}
