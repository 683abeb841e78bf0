import NIOCore
import NIOPosix
import Synchronization

/// Runs `operation` in its own task and waits for it at most `timeout`.
///
/// Unlike a task group, this returns at the deadline even if the operation ignores
/// cancellation: the operation is cancelled and left to finish on its own; `onFinish` runs
/// when it really ends (the axon frees its worker there).
///
/// - Returns: the operation's result, or `nil` when the deadline passed first.
func withDeadline<T: Sendable>(
    _ timeout: Duration,
    onFinish: @escaping @Sendable () -> Void = {},
    _ operation: @escaping @Sendable () async throws -> T
) async -> Result<T, any Error>? {
    let race = DeadlineRace<T>()
    return await withCheckedContinuation { continuation in
        race.continuation.withLock { $0 = continuation }
        // The timer is an event-loop task, much cheaper than a sleeping Swift task per request.
        let timer = MultiThreadedEventLoopGroup.singleton.any().scheduleTask(in: .nanoseconds(timeout.nanoseconds)) {
            race.finish(nil)
            race.work.withLock { $0?.cancel() }
        }
        let work = Task {
            let result: Result<T, any Error>
            do { result = .success(try await operation()) } catch { result = .failure(error) }
            onFinish()
            race.finish(result)
            timer.cancel()
        }
        race.work.withLock { $0 = work }
    }
}

extension Duration {
    /// Whole nanoseconds, saturating.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (product, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? (seconds < 0 ? .min : .max) : product &+ attoseconds / 1_000_000_000
    }
}

/// The shared state of one `withDeadline` race: whoever finishes first resumes the caller.
private final class DeadlineRace<T: Sendable>: Sendable {
    let continuation = Mutex<CheckedContinuation<Result<T, any Error>?, Never>?>(nil)
    let work = Mutex<Task<Void, Never>?>(nil)

    func finish(_ value: Result<T, any Error>?) {
        let waiting = continuation.withLock { slot -> CheckedContinuation<Result<T, any Error>?, Never>? in
            defer { slot = nil }
            return slot
        }
        waiting?.resume(returning: value)
    }
}
