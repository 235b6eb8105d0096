#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The one place reflect asks the system for the time.
///
/// A run reads the logical date and the wall time from the `Clock` in its
/// context; tests give it a fixed clock, so nothing depends on the hour they
/// run. The only other reading, `fileSystemSeconds()`, is for comparisons
/// with file times (a cache's "too recent to trust" guard), which must use
/// the file system's notion of now whatever clock a test sets.
public struct Clock: Sendable {
    /// A moment: the local time and its millisecond.
    public struct Reading: Sendable, Equatable {
        public var time: Timestamp
        public var millisecond: Int
    }

    private let read: @Sendable () -> Reading

    public init(_ read: @escaping @Sendable () -> Reading) { self.read = read }

    /// Now, in the local time zone.
    public func now() -> Timestamp { read().time }

    /// Now, with the millisecond (entry ids sort by it).
    public func reading() -> Reading { read() }

    /// Today's local date.
    public var today: CalendarDate { read().time.date }

    /// The system's clock, in the local time zone.
    public static let system = Clock {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Reading(time: Timestamp.local(epochSeconds: Int(now.tv_sec)), millisecond: Int(now.tv_nsec / 1_000_000))
    }

    /// A clock that starts at `start` and moves on a millisecond each time it
    /// is read, so that entries written one after another keep their order.
    public static func fixed(_ start: Timestamp) -> Clock {
        let ticks = Mutex(0)
        return Clock {
            let tick = ticks.withLock { value -> Int in
                defer { value += 1 }
                return value
            }
            var time = start
            let seconds = start.second + tick / 1000
            time.second = seconds % 60
            time.minute += seconds / 60
            return Reading(time: time, millisecond: tick % 1000)
        }
    }

    /// Seconds since 1970 as the file system counts them, for comparing with
    /// file modification times.
    public static func fileSystemSeconds() -> Int64 { Int64(time(nil)) }

    /// Seconds on a clock that never goes back, for measuring how long
    /// something took (an editor that returned at once).
    public static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
