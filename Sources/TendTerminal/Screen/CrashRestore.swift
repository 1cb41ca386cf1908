import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A crash (a trap from a failed precondition, a segfault) must not leave the user's terminal raw
/// and on the alternate screen. The handler restores the saved terminal modes, leaves the
/// alternate screen, shows the cursor, leaves keypad-transmit mode (else the shell's arrow keys
/// send application codes), then lets the signal do what it would have done.
enum CrashRestore {
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var installed = false
    private static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    static func install() {
        guard !installed, tcgetattr(STDIN_FILENO, &saved) == 0 else { return }
        installed = true
        for signal in fatalSignals {
            Glibc.signal(signal) { number in
                _ = withUnsafePointer(to: &CrashRestore.saved) { tcsetattr(STDIN_FILENO, TCSANOW, $0) }
                // Attributes off, main screen, cursor shown, cursor keys normal (DECCKM), keypad numeric (DECKPNM).
                let reset = "\u{1B}[0m\u{1B}[?1049l\u{1B}[?25h\u{1B}[?1l\u{1B}>\r\n"
                _ = reset.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    static func uninstall() {
        guard installed else { return }
        for signal in fatalSignals { Glibc.signal(signal, SIG_DFL) }
        installed = false
    }
}
