/// What a cell means, not what colour it is: themes map each role to colours and attributes
/// (htop's ColorElements, gh-dash's theme tokens). Panes only ever name roles.
public enum ColorRole: UInt8, CaseIterable, Sendable {
    case normal, dim, border, borderFocus, title, titleFocus
    case selection, selectionUnfocused, header
    case gradeGeneral, gradeSignificant, gradeSerious, gradeCritical
    case stageOpen, stageClosed
    case slaOnTime, slaDueSoon, slaOverdue
    case priority, statusBar, statusKey, statusMessage, statusError
    case label, input, inputFocus, help, helpKey
}

/// A role plus attributes that never depend on colour, so state is readable in monochrome too.
public struct Style: Hashable, Sendable {
    public var role: ColorRole
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(_ role: ColorRole = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    public static let normal = Style()
}
