import Dispatch
import PostgresNIO

/// Waiting for postgres-nio's event-loop futures with a time limit that always holds: a query on a
/// connection the server dropped can stay pending forever (seen with 1.33.2), and an awaiting task
/// does not end when cancelled. So the wait is given up, never the future waited on.
enum FutureWait {
    /// Blocks the calling thread until the future completes or `timeout` passes (nil). For Tend's
    /// synchronous CLI and console. Futures rather than async tasks: a blocked caller that is on
    /// Swift's cooperative pool (a test, say) cannot starve the work it waits for, which runs on
    /// NIO's own threads. Never call this on an event loop: it would wait for itself.
    static func blocking<Value: Sendable>(_ future: EventLoopFuture<Value>, timeout: Duration) -> Result<Value, any Error>? {
        precondition(!future.eventLoop.inEventLoop, "a blocking database call on an event loop would wait for itself")
        let outcome = Locked<Result<Value, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        future.whenComplete { result in
            outcome.withLock { $0 = result }
            done.signal()
        }
        guard done.wait(timeout: .now() + dispatchInterval(timeout)) == .success else { return nil }
        return outcome.current
    }

    /// Suspends until the future completes or `timeout` passes (nil), whichever is first.
    static func suspending<Value: Sendable>(_ future: EventLoopFuture<Value>, timeout: Duration) async -> Result<Value, any Error>? {
        await withCheckedContinuation { continuation in
            let resumed = Locked(false)
            let resumeOnce: @Sendable (Result<Value, any Error>?) -> Void = { result in
                let first = resumed.withLock { resumed in defer { resumed = true }; return !resumed }
                if first { continuation.resume(returning: result) }
            }
            let timer = future.eventLoop.scheduleTask(in: timeAmount(timeout)) { resumeOnce(nil) }
            future.whenComplete { result in
                timer.cancel()
                resumeOnce(result)
            }
        }
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        .nanoseconds(Int64(min(duration.seconds, 1e9) * 1e9))
    }

    private static func dispatchInterval(_ duration: Duration) -> DispatchTimeInterval {
        .nanoseconds(Int(max(0, min(duration.seconds, 1e9)) * 1e9))
    }
}

extension Duration {
    /// Whole and fractional seconds, for messages and for NIO's and Dispatch's time types.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
