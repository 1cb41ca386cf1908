/// A screen in memory: keys to give the run loop, one after another, and every frame it drew.
/// A nil among the keys is a second in which nobody typed; when the keys run out it gives
/// `endKey` (q, which quits), so a run loop under test always ends.
public final class MemoryScreen: Screen {
    public private(set) var frames: [ScreenBuffer] = []
    public private(set) var palette: Palette?
    public private(set) var ended = false
    public var size: (width: Int, height: Int)
    private var keys: [Key?]
    private let endKey: Key?

    /// `keys`: nil stands for a timeout (a second with no key).
    public init(width: Int, height: Int, keys: [Key?], endKey: Key? = .character("q")) {
        size = (width, height)
        self.keys = keys.reversed()
        self.endKey = endKey
    }

    public func draw(_ frame: ScreenBuffer) { frames.append(frame) }

    public func readKey(timeout milliseconds: Int32) -> Key? {
        if let next = keys.popLast() { return next }
        return endKey
    }

    public func invalidate() {}
    public func setPalette(_ palette: Palette) { self.palette = palette }
    public func end() { ended = true }

    /// The last frame as plain text, one line per row.
    public var lastFrame: String { frames.last?.text() ?? "" }
}
