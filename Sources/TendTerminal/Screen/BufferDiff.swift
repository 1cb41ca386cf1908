/// A run of changed cells on one row, to be written in one go.
public struct ChangedRun: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var cells: [Cell]
}

/// What changed between two frames. A different size means everything changed.
public enum BufferDiff {
    public static func runs(from old: ScreenBuffer?, to new: ScreenBuffer) -> [ChangedRun] {
        var runs: [ChangedRun] = []
        let whole = old == nil || old!.width != new.width || old!.height != new.height
        for y in 0..<new.height {
            var x = 0
            while x < new.width {
                guard whole || old![x, y] != new[x, y] else { x += 1; continue }
                // A run starts on a glyph's first cell and ends after the last changed one.
                var start = x
                if new[start, y].isContinuation && start > 0 { start -= 1 }
                var end = x
                while end < new.width && (whole || old![end, y] != new[end, y] || new[end, y].isContinuation) { end += 1 }
                runs.append(ChangedRun(x: start, y: y, cells: (start..<end).map { new[$0, y] }))
                x = end
            }
        }
        return runs
    }
}
