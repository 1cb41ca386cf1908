/// A terminal colour: the terminal's default, one of the 256 indexed colours, or true colour
/// (stepped down to what the terminal has before use).
public enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)
}

/// How one role looks.
public struct RoleLook: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }
}

/// Every role's look: what a theme resolves to.
public struct Palette: Sendable {
    public var looks: [ColorRole: RoleLook]
    public var monochrome: Bool

    public init(looks: [ColorRole: RoleLook], monochrome: Bool) {
        self.looks = looks
        self.monochrome = monochrome
    }

    public func look(_ role: ColorRole) -> RoleLook { looks[role] ?? RoleLook() }
}
