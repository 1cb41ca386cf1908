#if canImport(Glibc)
import Glibc
#endif

/// A screen in memory: keys to give the run loop, one after another, and every frame it drew.
/// A nil among the keys is a second in which nobody typed; when the keys run out it gives
/// `endKey` (q, which quits), so a run loop under test always ends.
///
/// Given a wake descriptor, it behaves as a terminal would: a readable descriptor ends the wait
/// before the next key is given, and a second with no key is spent waiting for it.
public final class MemoryScreen: Screen {
    public private(set) var frames: [ScreenBuffer] = []
    /// When each frame was drawn: the time between two is what one key cost the whole run loop.
    public private(set) var drawnAt: [ContinuousClock.Instant] = []
    public private(set) var palette: Palette?
    public private(set) var ended = false
    /// How many times the console asked for attention (`alert`).
    public private(set) var alerts = 0
    /// How many waits ended with a wake-up, and the number of frames drawn before each.
    public private(set) var wakes: [Int] = []
    public var size: (width: Int, height: Int)
    /// Called before each read with how many reads came before: a test's way to act between two
    /// frames (another writer commits). A key it returns is given instead of the next one.
    public var beforeRead: ((Int) -> Key?)?
    private var keys: [Key?]
    private let endKey: Key?
    private var reads = 0
    /// Wake-ups in a row with no key between: a run loop that never consumes its wake-ups would
    /// otherwise spin here forever instead of failing its test.
    private var wakesInARow = 0

    /// `keys`: nil stands for a timeout (a second with no key).
    public init(width: Int, height: Int, keys: [Key?], endKey: Key? = .character("q")) {
        size = (width, height)
        self.keys = keys.reversed()
        self.endKey = endKey
    }

    public func draw(_ frame: ScreenBuffer) {
        frames.append(frame)
        drawnAt.append(.now)
    }

    public func readKey(timeout milliseconds: Int32, wakeOn wake: Int32?) -> ScreenEvent {
        reads += 1
        if let key = beforeRead?(reads - 1) { return .key(key) }
        let watching = wakesInARow < 1000 ? wake : nil
        if let watching, Self.readable(watching, within: 0) { return woken() }
        wakesInARow = 0
        guard let next = keys.popLast() else { return endKey.map(ScreenEvent.key) ?? .timedOut }
        if let next { return .key(next) }
        if let watching, Self.readable(watching, within: milliseconds) { return woken() }
        return .timedOut
    }

    private func woken() -> ScreenEvent {
        wakesInARow += 1
        wakes.append(frames.count)
        return .woken
    }

    private static func readable(_ descriptor: Int32, within milliseconds: Int32) -> Bool {
        var watched = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&watched, 1, milliseconds) > 0
    }

    public func invalidate() {}
    public func alert() { alerts += 1 }
    public func setPalette(_ palette: Palette) { self.palette = palette }
    public func end() { ended = true }

    /// The last frame as plain text, one line per row.
    public var lastFrame: String { frames.last?.text() ?? "" }
}
