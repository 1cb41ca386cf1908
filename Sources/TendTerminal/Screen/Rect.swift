/// A rectangle of cells: columns x..<x+width, rows y..<y+height.
public struct Rect: Hashable, Sendable {
    public var x, y, width, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var isEmpty: Bool { width == 0 || height == 0 }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    /// The inside of a one-cell border.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }

    /// Splits off `count` rows from the top (or bottom, when negative).
    public func rows(_ count: Int) -> (Rect, Rect) {
        let taken = min(height, abs(count))
        if count >= 0 {
            return (Rect(x: x, y: y, width: width, height: taken), Rect(x: x, y: y + taken, width: width, height: height - taken))
        }
        return (Rect(x: x, y: maxY - taken, width: width, height: taken), Rect(x: x, y: y, width: width, height: height - taken))
    }

    /// Splits off `count` columns from the left.
    public func columns(_ count: Int) -> (Rect, Rect) {
        let taken = min(width, max(0, count))
        return (Rect(x: x, y: y, width: taken, height: height), Rect(x: x + taken, y: y, width: width - taken, height: height))
    }
}
