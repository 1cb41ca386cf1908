import Foundation

/// When a clock that started at `start` has counted a number of seconds: the time its ticket
/// was paused does not count, and for a branch that counts open time only, neither does the time
/// the branch was closed (outside its hours, or on a holiday). A pause still running counts as
/// ending now, so a paused clock's time left stands still.
struct ClockCounter {
    let branch: BranchHours?
    let zone: TimeZone

    /// The longest walk through the calendar: a branch closed for longer than this is taken as
    /// counting all time rather than never.
    private static let longestWalk = 4000

    func instant(from start: Date, counting seconds: TimeInterval, pauses: [ClockPause], now: Date) -> Date {
        guard let branch, branch.skipsClosedTime else { return afterPauses(start, seconds, pauses, now) }
        let stops = pauses.map { (from: max($0.from, start), until: $0.until ?? max(now, $0.from)) }.filter { $0.until > $0.from }
        var left = seconds
        let first = LocalTime(start, zone).day
        for day in first..<(first + Self.longestWalk) where !branch.holidays.contains(day) {
            let dayStart = LocalTime.start(ofDay: day, zone)
            for span in branch.hours.days[LocalTime.weekday(ofDay: day)] {
                let open = max(dayStart.addingTimeInterval(Double(span.lowerBound * 60)), start)
                let close = dayStart.addingTimeInterval(Double(span.upperBound * 60))
                guard open < close else { continue }
                for piece in Self.subtract(stops, from: open, to: close) {
                    let length = piece.until.timeIntervalSince(piece.from)
                    if length >= left { return piece.from.addingTimeInterval(left) }
                    left -= length
                }
            }
        }
        return afterPauses(start, seconds, pauses, now)
    }

    /// Every minute counts but the paused ones: each pause that began before the clock would have
    /// run out pushes it on by its length.
    private func afterPauses(_ start: Date, _ seconds: TimeInterval, _ pauses: [ClockPause], _ now: Date) -> Date {
        var due = start.addingTimeInterval(seconds)
        for pause in pauses {
            let from = max(pause.from, start)
            let until = pause.until ?? max(now, pause.from)
            guard until > from, from < due else { continue }
            due = due.addingTimeInterval(until.timeIntervalSince(from))
        }
        return due
    }

    /// [open, close) with the stops taken out, in order.
    private static func subtract(_ stops: [(from: Date, until: Date)], from open: Date, to close: Date) -> [(from: Date, until: Date)] {
        var pieces = [(from: open, until: close)]
        for stop in stops where stop.until > open && stop.from < close {
            pieces = pieces.flatMap { piece -> [(from: Date, until: Date)] in
                guard stop.until > piece.from && stop.from < piece.until else { return [piece] }
                return [(piece.from, stop.from), (stop.until, piece.until)].filter { $0.1 > $0.0 }.map { (from: $0.0, until: $0.1) }
            }
        }
        return pieces
    }
}
