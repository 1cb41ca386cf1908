@testable import TendCore

/// The files behind a desk on disk, for tests that damage them on purpose.
extension Store {
    var fileLog: FileEventLog { log as! FileEventLog }
    var journalPath: String { fileLog.journalPath }
    var snapshotPath: String { fileLog.snapshotPath }
}
