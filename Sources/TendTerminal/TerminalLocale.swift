import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// Character handling follows the user's locale; without a UTF-8 one, ncursesw prints junk and
/// wcwidth cannot measure Chinese, so we fall back to C.UTF-8. Only LC_CTYPE is touched: number
/// formats stay as they are.
public enum TerminalLocale {
    @discardableResult
    public static func setUp() -> Bool {
        if setlocale(LC_CTYPE, "") != nil, isUTF8() { return true }
        return setlocale(LC_CTYPE, "C.UTF-8") != nil && isUTF8()
    }

    /// Whether the user's own locale (not the fallback `setUp` may choose) writes UTF-8: what a
    /// command printing to a pipe or a terminal asks before drawing blocks.
    public static func userLocaleIsUTF8() -> Bool {
        setlocale(LC_CTYPE, "") != nil && isUTF8()
    }

    /// Whether the locale in force writes UTF-8: block characters and CJK can be drawn.
    public static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
