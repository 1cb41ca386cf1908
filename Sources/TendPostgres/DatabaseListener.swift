import Dispatch
import PostgresNIO
import TendCore

/// Whether a listener is receiving notifications.
public enum ListenerState: Sendable, Equatable {
    /// LISTEN is in effect: from here on nothing committed is missed. Notifications are not stored,
    /// so the caller now fetches whatever came after the last change it saw.
    case listening
    /// Not connected; the listener keeps reconnecting by itself.
    case offline(reason: Bilingual)
}

/// LISTEN on a dedicated connection (a pooled one can be recycled and silently stop listening),
/// calling `onNotification` with each payload, and `onState` with each change of state, on a
/// background thread of its own: keep them short, they hold up the listener. It reconnects by
/// itself, waiting 0.2 s after a failure and doubling up to 2 s. Runs until `stop()`.
public final class DatabaseListener: Sendable {
    public let url: DatabaseURL
    public let channel: String
    private let control = Locked(Control())
    private let finished = DispatchSemaphore(value: 0)
    private let executor = ListenerExecutor(label: "tend.listener")

    private struct Control {
        var stopped = false
        /// Ends the current session's wait: stop() uses it so that it never waits out a backoff.
        var interrupt: (@Sendable (SessionSignal) -> Void)?
    }

    /// How the listener notices a dead connection: `isClosed` is looked at this often, and a
    /// `select 1` is sent at `pingInterval` (a half-open TCP connection never closes by itself).
    private static let watchInterval: Duration = .milliseconds(100)
    private static let pingInterval: Duration = .seconds(10)
    private static let answerTimeout: Duration = .seconds(5)
    private static let firstRetry: Duration = .milliseconds(200)
    private static let longestRetry: Duration = .seconds(2)

    /// Starts listening at once, in the background. `channel` is a plain lower-case name such as
    /// `tend_events`: postgres-nio puts it between double quotes without escaping any.
    public init(url: DatabaseURL, channel: String,
                onNotification: @escaping @Sendable (String) -> Void,
                onState: @escaping @Sendable (ListenerState) -> Void) {
        precondition(channel.first?.isNumber == false
                     && channel.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") },
                     "a LISTEN channel must be a plain lower-case name")
        self.url = url
        self.channel = channel
        executor.task { [self] in
            await run(onNotification: onNotification, onState: onState)
            finished.signal()
        }
    }

    /// Ends listening and closes the connection. Returns when the listener has finished (or after
    /// 5 s at most): handlers run on the listener's own queue, so none is running or called after that.
    public func stop() {
        let interrupt = control.withLock { control in
            control.stopped = true
            return control.interrupt
        }
        interrupt?(.ended(.stopped))
        _ = finished.wait(timeout: .now() + .seconds(5))
        finished.signal()   // a second stop() returns at once
    }

    private var isStopped: Bool { control.current.stopped }

    private func run(onNotification: @escaping @Sendable (String) -> Void, onState: @escaping @Sendable (ListenerState) -> Void) async {
        var lastState: ListenerState?
        var retry = Self.firstRetry
        while !isStopped {
            let end = await session(onNotification: onNotification) {
                lastState = .listening
                onState(.listening)
                retry = Self.firstRetry
            }
            guard case .offline(let reason) = end, !isStopped else { break }
            let state = ListenerState.offline(reason: reason)
            if state != lastState { onState(state) }   // one report per outage, not per retry
            lastState = state
            if await waitForRetry(retry) == .stopped { break }
            retry = min(retry * 2, Self.longestRetry)
        }
    }

    enum SessionEnd: Sendable, Equatable {
        case offline(Bilingual)
        case stopped
        /// Only from a backoff's wait: its time is up.
        case retry
    }

    /// What wakes a session (or a backoff) that is waiting.
    enum SessionSignal: Sendable {
        case listening
        case ended(SessionEnd)
    }

    /// One connection's life: connect, LISTEN, deliver, until it dies or stop() is called.
    /// Never awaits postgres-nio directly without a way out: the session's end is a signal that the
    /// watchdog, the delivery task, or stop() can give, whichever comes first.
    private func session(onNotification: @escaping @Sendable (String) -> Void, onListening: () -> Void) async -> SessionEnd {
        let connection: PostgresConnection
        do {
            let connecting = try ConnectionSettings.connect(url, timeout: Self.answerTimeout)
            switch await FutureWait.suspending(connecting, timeout: Self.answerTimeout) {
            case nil:
                connecting.whenSuccess { DatabaseConnection.closeQuietly($0) }
                return .offline(ConnectFailure.noAnswer(within: Self.answerTimeout.seconds))
            case .failure(let error):
                return .offline(ConnectFailure.reason(error, url: url))
            case .success(let made):
                connection = made
            }
        } catch {
            return .offline(ConnectFailure.reason(error, url: url))
        }
        defer { DatabaseConnection.closeQuietly(connection) }

        let (signals, signal) = AsyncStream.makeStream(of: SessionSignal.self)
        let end: @Sendable (SessionEnd) -> Void = { signal.yield(.ended($0)) }
        let alreadyStopped = control.withLock { control in
            control.interrupt = { signal.yield($0) }
            return control.stopped
        }
        if alreadyStopped { return .stopped }
        let listening = Locked(false)
        let channel = channel
        let delivery = executor.task {
            do {
                try await connection.listen(on: channel) { notifications in
                    listening.withLock { $0 = true }
                    signal.yield(.listening)
                    for try await notification in notifications {
                        if self.isStopped { break }
                        onNotification(notification.payload)
                    }
                }
                end(.offline(Self.lostConnection))
            } catch {
                end(.offline(Self.lostConnection))
            }
        }
        let watchdog = executor.task { await self.watch(connection, listening: listening, end: end) }
        defer {
            watchdog.cancel()
            delivery.cancel()
            control.withLock { $0.interrupt = nil }
        }
        for await received in signals {
            switch received {
            case .listening: onListening()
            case .ended(let end): return end
            }
        }
        return .stopped
    }

    /// Ends the session when the connection closes or stops answering, or LISTEN takes too long.
    private func watch(_ connection: PostgresConnection, listening: Locked<Bool>, end: @Sendable (SessionEnd) -> Void) async {
        let clock = ContinuousClock()
        let started = clock.now
        var lastPing = clock.now
        while !Task.isCancelled {
            try? await Task.sleep(for: Self.watchInterval)
            if connection.isClosed { return end(.offline(Self.lostConnection)) }
            if !listening.current {
                if clock.now - started > Self.answerTimeout { return end(.offline(ConnectFailure.noAnswer(within: Self.answerTimeout.seconds))) }
                continue
            }
            guard clock.now - lastPing >= Self.pingInterval else { continue }
            lastPing = clock.now
            // The future-returning query: awaiting the async one could never end (see FutureWait).
            let ping: EventLoopFuture<PostgresQueryResult> = connection.query("select 1", logger: ConnectionSettings.logger)
            if case nil = await FutureWait.suspending(ping, timeout: Self.answerTimeout) {
                return end(.offline(ConnectFailure.noAnswer(within: Self.answerTimeout.seconds)))
            }
        }
    }

    /// Sleeps before reconnecting, unless stop() comes first.
    private func waitForRetry(_ delay: Duration) async -> SessionEnd {
        let (wakes, wake) = AsyncStream.makeStream(of: SessionSignal.self)
        let alreadyStopped = control.withLock { control in
            control.interrupt = { wake.yield($0) }
            return control.stopped
        }
        if alreadyStopped { return .stopped }
        let timer = executor.task {
            try? await Task.sleep(for: delay)
            wake.yield(.ended(.retry))
        }
        defer {
            timer.cancel()
            control.withLock { $0.interrupt = nil }
        }
        for await case .ended(let end) in wakes { return end }
        return .stopped
    }

    private static let lostConnection = Bilingual("the connection to the database was lost.", "与数据库的连接已中断。")
}
