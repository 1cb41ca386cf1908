/// One terminal cell. A wide glyph lives in its first cell (width 2); the cell after it is a
/// continuation (empty text, width 0) that is never drawn on its own.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: UInt8
    public var style: Style

    public init(_ text: String = " ", width: UInt8 = 1, style: Style = .normal) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell()

    public var isContinuation: Bool { width == 0 }
}
