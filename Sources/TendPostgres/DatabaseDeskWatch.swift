import Foundation
import TendCore
#if canImport(Glibc)
import Glibc
#endif

/// Tells a console that a team's desk changed: the database notifies every commit, and this
/// turns each notification (and each reconnection, after which whatever was missed must be
/// fetched) into a byte on a pipe the console's input loop polls beside the keyboard.
public final class DatabaseDeskWatch: DeskWatch, Sendable {
    private let listener: DatabaseListener
    private let pipeRead: Int32
    private let pipeWrite: Int32
    private let state = Locked<ListenerState?>(nil)

    public init(url: DatabaseURL) throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw StoreError.io(file: "pipe", operation: "create", errno: errno) }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        pipeRead = readEnd
        pipeWrite = writeEnd
        let state = self.state
        let wake: @Sendable () -> Void = {
            var byte: UInt8 = 1
            // A full pipe already holds a wake-up; nothing more is needed.
            _ = write(writeEnd, &byte, 1)
        }
        listener = DatabaseListener(url: url, channel: DeskSchema.channel,
                                    onNotification: { _ in wake() },
                                    onState: { new in
                                        state.withLock { $0 = new }
                                        wake()
                                    })
    }

    deinit {
        listener.stop()
        close(pipeRead)
        close(pipeWrite)
    }

    /// Readable when the desk may have changed or the connection came or went.
    public var descriptor: Int32 { pipeRead }

    public func acknowledge() {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(pipeRead, &buffer, buffer.count) > 0 {}
    }

    /// Nil while notifications arrive; otherwise what the status bar says.
    public var status: Bilingual? {
        switch state.withLock({ $0 }) {
        case .listening: return nil
        case .offline: return Bilingual("offline — reconnecting", "离线——正在重新连接")
        // Still connecting for the first time: nothing to warn about yet.
        case nil: return nil
        }
    }
}
