/// Where the console draws and reads keys: ncurses on a real terminal (`NcursesScreen`), or
/// memory in tests and benchmarks (`MemoryScreen`), so the whole run loop runs without one.
public protocol Screen: AnyObject {
    var size: (width: Int, height: Int) { get }
    func draw(_ frame: ScreenBuffer)
    /// The next key, or nil when `timeout` milliseconds pass without one.
    func readKey(timeout milliseconds: Int32) -> Key?
    /// Forget what is on the terminal, so the next frame is drawn whole (after a resize or Ctrl-L).
    func invalidate()
    func setPalette(_ palette: Palette)
    /// Give the terminal back.
    func end()
}
