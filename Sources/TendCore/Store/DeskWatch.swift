/// Tells an open console, at once, that the desk may have changed, so it reads the change when it
/// happens instead of asking every few seconds. A file desk is watched through the file system
/// (`FileDeskWatch`); a database desk through the database's notifications.
///
/// The watch only wakes its reader: what changed is read from the store (`Store.refresh`). A
/// wake-up with nothing behind it costs one look at the log, so a watch may wake too often,
/// never too seldom.
public protocol DeskWatch: AnyObject {
    /// Readable (for `poll`) when the desk may have changed since the last `acknowledge`.
    var descriptor: Int32 { get }
    /// Consumes the wake-up, so the descriptor waits for the next change. Called before the
    /// store is read, so a change made in between wakes it again rather than being missed.
    func acknowledge()
    /// nil while the watch is live; otherwise what the user should know (the database is out of
    /// reach and being reconnected to), shown on the status bar. The console reads it before each
    /// frame; a watch whose status changes makes its descriptor readable, so it shows at once.
    var status: Bilingual? { get }
}

/// A log that can be watched for other writers' changes.
public protocol WatchableLog: EventLog {
    /// A watch on this log, or nil when none can be set up here (the reader asks every few
    /// seconds instead).
    func makeWatch() -> DeskWatch?
}

extension Store {
    /// A watch on this desk's log, or nil when it has none.
    public func makeWatch() -> DeskWatch? { (log as? WatchableLog)?.makeWatch() }
}
