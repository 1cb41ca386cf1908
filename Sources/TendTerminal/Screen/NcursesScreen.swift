@preconcurrency import CNcursesw
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal, through ncursesw. Each frame it is given a whole `ScreenBuffer` and writes
/// only the cells that changed since the last one, then one `doupdate`.
public final class NcursesScreen: Screen {
    private var previous: ScreenBuffer?
    private var palette: Palette
    private var pairs: [ColorRole: Int16] = [:]
    public private(set) var colorCount = 0
    /// What keys are read from, for `poll`: the terminal, or none when recording to a file.
    private let inputDescriptor: Int32

    /// `recordingTo`: instead of the user's terminal, an `xterm-256color` whose output goes to
    /// this file, so a benchmark can count the bytes a frame sends.
    public init(palette: Palette, recordingTo path: String? = nil) {
        self.palette = palette
        TerminalLocale.setUp()
        if let path, let output = fopen(path, "w"), let input = fopen("/dev/null", "r") {
            setvbuf(output, nil, _IONBF, 0)
            _ = newterm("xterm-256color", output, input)
            inputDescriptor = -1
        } else {
            CrashRestore.install()
            initscr()
            inputDescriptor = STDIN_FILENO
        }
        raw()
        noecho()
        nonl()
        keypad(tend_stdscr(), true)
        if ProcessInfo.processInfo.environment["ESCDELAY"] == nil { set_escdelay(25) }
        if has_colors() && !palette.monochrome {
            start_color()
            use_default_colors()
            colorCount = Int(tend_colors())
        }
        curs_set(0)
        applyPalette()
    }

    public var size: (width: Int, height: Int) { (Int(tend_cols()), Int(tend_lines())) }

    public func setPalette(_ palette: Palette) {
        self.palette = palette
        applyPalette()
        previous = nil
    }

    private func applyPalette() {
        pairs = [:]
        guard colorCount > 0 else { return }
        for (index, role) in ColorRole.allCases.enumerated() where Int(index + 1) < Int(tend_color_pairs()) {
            let look = palette.look(role)
            init_pair(Int16(index + 1), ColorDepth.number(look.foreground, colors: colorCount),
                      ColorDepth.number(look.background, colors: colorCount))
            pairs[role] = Int16(index + 1)
        }
    }

    /// Draws a frame: only changed runs, then the cursor at the caret (or hidden).
    public func draw(_ frame: ScreenBuffer) {
        let runs = BufferDiff.runs(from: previous, to: frame)
        if previous == nil || previous!.width != frame.width || previous!.height != frame.height { werase(tend_stdscr()) }
        for run in runs {
            for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
                put(cell, x: run.x + offset, y: run.y)
            }
        }
        if let cursor = frame.cursor {
            curs_set(1)
            wmove(tend_stdscr(), Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(tend_stdscr())
        doupdate()
        previous = frame
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let look = palette.look(cell.style.role)
        var attributes = tend_a_normal()
        if cell.style.bold || look.bold { attributes |= tend_a_bold() }
        if cell.style.underline || look.underline { attributes |= tend_a_underline() }
        if cell.style.reverse || look.reverse { attributes |= tend_a_reverse() }
        var wide = Array(cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }) + [0]
        var character = cchar_t()
        setcchar(&character, &wide, attributes, pairs[cell.style.role] ?? 0, nil)
        mvwadd_wch(tend_stdscr(), Int32(y), Int32(x), &character)
    }

    /// Forgets the last frame, so the next one is drawn whole (after a resize or a redraw key).
    public func alert() {
        beep()
        flash()
    }

    public func invalidate() {
        previous = nil
        clearok(tend_stdscr(), true)
    }

    /// Waits for a key or a wake-up. ncurses may already hold keys typed ahead in its own buffer,
    /// where `poll` cannot see them: those are taken first, without waiting. Then the terminal and
    /// the wake descriptor are polled together; when the terminal has input, ncurses reads it
    /// (finishing an escape sequence as it always does, within ESCDELAY).
    public func readKey(timeout milliseconds: Int32, wakeOn wake: Int32?) -> ScreenEvent {
        guard let wake else {
            // A read from a terminal that hung up fails at once, without waiting: say so, or the
            // caller would ask again and again.
            let event = key(waiting: milliseconds)
            return event == .timedOut && terminalHungUp() ? .hungUp : event
        }
        let deadline = ContinuousClock.now + .milliseconds(Int(milliseconds))
        while true {
            let typed = key(waiting: 0)
            if typed != .timedOut { return typed }
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return .timedOut }
            var watched = [pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&watched, 2, Int32(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1))
            if ready < 0 {
                // A signal (a resize) ends the wait: ncurses reports it as a key on the next read.
                if errno == EINTR { continue }
                return key(waiting: Int32(max(0, left.components.seconds * 1000)))
            }
            // A terminal that hung up reports itself readable too, with nothing to read: looked at
            // first, or reading it again would spin.
            if watched[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .hungUp }
            if watched[0].revents & Int16(POLLIN) != 0 { continue }
            if watched[1].revents != 0 { return .woken }
        }
    }

    /// Whether the terminal has hung up, asked without waiting.
    private func terminalHungUp() -> Bool {
        var watched = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&watched, 1, 0) > 0 && watched.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// One read through ncurses, waiting up to `milliseconds` (0: only what is already there).
    private func key(waiting milliseconds: Int32) -> ScreenEvent {
        wtimeout(tend_stdscr(), milliseconds)
        var value: wint_t = 0
        let status = wget_wch(tend_stdscr(), &value)
        let key: Key? = if status == KEY_CODE_YES { KeyDecoding.function(Int32(value)) }
                        else if status == OK { KeyDecoding.character(UInt32(value)) }
                        else { nil }
        return key.map(ScreenEvent.key) ?? .timedOut
    }

    public func end() {
        curs_set(1)
        endwin()
        CrashRestore.uninstall()
    }
}

/// ncurses key codes to `Key`.
enum KeyDecoding {
    static func function(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_ENTER: .enter
        case KEY_BTAB: .backTab
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_RESIZE: .resize
        case _ where code >= tend_key_f(1) && code <= tend_key_f(12): .function(Int(code - tend_key_f(0)))
        default: nil
        }
    }

    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(UnicodeScalar(value + 96)!))
        default:
            guard let scalar = UnicodeScalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}

/// Chooses the nearest colour the terminal has: 256-colour cube or the 16 ANSI colours.
enum ColorDepth {
    static func number(_ color: TerminalColor, colors: Int) -> Int16 {
        switch color {
        case .terminalDefault: return -1
        case .indexed(let index): return Int16(colors >= 256 ? index : index < 16 ? index % max(colors, 8) : nearestANSI(index))
        case .rgb(let r, let g, let b):
            if colors >= 256 { return Int16(cube(r, g, b)) }
            return Int16(ansi(r, g, b) % max(colors, 8))
        }
    }

    static func cube(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        func level(_ v: UInt8) -> Int { v < 48 ? 0 : v < 115 ? 1 : (Int(v) - 35) / 40 }
        return 16 + 36 * level(r) + 6 * level(g) + level(b)
    }

    static func ansi(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        let bright = max(r, g, b) > 191 ? 8 : 0
        let bits = (r > 95 ? 1 : 0) | (g > 95 ? 2 : 0) | (b > 95 ? 4 : 0)
        return bits + (bits == 0 ? 0 : bright)
    }

    static func nearestANSI(_ index: Int) -> Int {
        guard index >= 16 else { return index }
        if index >= 232 { return index < 244 ? 8 : 7 }
        let cube = index - 16
        let levels = [0, 95, 135, 175, 215, 255]
        return ansi(UInt8(levels[cube / 36]), UInt8(levels[cube / 6 % 6]), UInt8(levels[cube % 6]))
    }
}
