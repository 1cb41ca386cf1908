import Foundation

/// Splits `0..<count` into contiguous ranges worked on all cores at once, and returns each range's
/// result in order. Used for whole-desk scans (search, statistics) over up to millions of tickets.
enum Parallel {
    static func map<T: Sendable>(count: Int, minimumPerChunk: Int = 50_000, threads: Int? = nil,
                                 _ body: @Sendable (Range<Int>) -> T) -> [T] {
        let cores = threads ?? ProcessInfo.processInfo.activeProcessorCount
        let chunks = max(1, min(cores, count / max(1, minimumPerChunk)))
        let slots = Slots<T>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            slots.set(chunk, body((count * chunk / chunks)..<(count * (chunk + 1) / chunks)))
        }
        return slots.values
    }

    private final class Slots<T: Sendable>: @unchecked Sendable {
        private var storage: [T?]
        private let lock = NSLock()

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: T) {
            lock.lock()
            storage[index] = value
            lock.unlock()
        }

        var values: [T] { storage.map { $0! } }
    }
}
