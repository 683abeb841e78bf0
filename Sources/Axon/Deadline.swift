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
        let work = Task {
            let result: Result<T, any Error>
            do { result = .success(try await operation()) } catch { result = .failure(error) }
            onFinish()
            race.finish(result)
            race.tasks.withLock { $0.timer?.cancel() }
        }
        let timer = Task {
            guard (try? await Task.sleep(for: timeout)) != nil else { return }
            race.finish(nil)
            race.tasks.withLock { $0.work?.cancel() }
        }
        race.tasks.withLock { $0 = (work, timer) }
        // The work may have finished before the timer was stored: stop the timer then.
        if race.isFinished { timer.cancel() }
    }
}

/// The shared state of one `withDeadline` race: whoever finishes first resumes the caller.
private final class DeadlineRace<T: Sendable>: Sendable {
    let continuation = Mutex<CheckedContinuation<Result<T, any Error>?, Never>?>(nil)
    let tasks = Mutex<(work: Task<Void, Never>?, timer: Task<Void, Never>?)>((nil, nil))

    var isFinished: Bool { continuation.withLock { $0 == nil } }

    func finish(_ value: Result<T, any Error>?) {
        let waiting = continuation.withLock { slot -> CheckedContinuation<Result<T, any Error>?, Never>? in
            defer { slot = nil }
            return slot
        }
        waiting?.resume(returning: value)
    }
}
