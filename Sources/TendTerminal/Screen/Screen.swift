/// Where the console draws and reads keys: ncurses on a real terminal (`NcursesScreen`), or
/// memory in tests and benchmarks (`MemoryScreen`), so the whole run loop runs without one.
public protocol Screen: AnyObject {
    var size: (width: Int, height: Int) { get }
    func draw(_ frame: ScreenBuffer)
    /// Waits up to `timeout` milliseconds for a key, or for `wake` (a descriptor that becomes
    /// readable when the desk may have changed) to become readable, whichever comes first. A key
    /// already typed wins over a wake-up; the wake-up is not consumed here.
    func readKey(timeout milliseconds: Int32, wakeOn wake: Int32?) -> ScreenEvent
    /// Forget what is on the terminal, so the next frame is drawn whole (after a resize or Ctrl-L).
    func invalidate()
    /// Get the person's attention: the terminal's bell and a visible flash.
    func alert()
    func setPalette(_ palette: Palette)
    /// Give the terminal back.
    func end()
}

/// What ended a wait for a key.
public enum ScreenEvent: Sendable, Equatable {
    case key(Key)
    /// The descriptor waited on became readable.
    case woken
    /// The time ran out with neither (or the terminal sent something that is not a key).
    case timedOut
    /// The terminal is gone (its window closed, its connection dropped): no key will ever come.
    case hungUp
}

extension Screen {
    /// The next key, or nil when `timeout` milliseconds pass without one.
    public func readKey(timeout milliseconds: Int32) -> Key? {
        if case .key(let key) = readKey(timeout: milliseconds, wakeOn: nil) { return key }
        return nil
    }
}
