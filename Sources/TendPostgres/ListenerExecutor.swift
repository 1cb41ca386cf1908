import Dispatch

/// Runs a listener's tasks on a serial queue of its own instead of Swift's cooperative pool, so a
/// listener keeps working — and notices a lost connection, and stops — while the pool's few threads
/// (one per core) are blocked by synchronous callers, such as tests or a console waiting on a query.
final class ListenerExecutor: Sendable {
    private let queue: DispatchQueue
    /// A `QueueTaskExecutor` where task executors exist (always on Linux; macOS 15 and later).
    private let preferred: (any Sendable)?

    init(label: String) {
        queue = DispatchQueue(label: label)
        if #available(macOS 15.0, *) { preferred = QueueTaskExecutor(queue: queue) } else { preferred = nil }
    }

    @discardableResult
    func task<Success: Sendable>(_ body: @escaping @Sendable () async -> Success) -> Task<Success, Never> {
        if #available(macOS 15.0, *), let executor = preferred as? QueueTaskExecutor {
            return Task(executorPreference: executor, operation: body)
        }
        return Task.detached(operation: body)
    }
}

@available(macOS 15.0, *)
private final class QueueTaskExecutor: TaskExecutor {
    let queue: DispatchQueue

    init(queue: DispatchQueue) { self.queue = queue }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
