import TendTerminal

/// Built-in looks, used when no theme file can be found or read: the terminal's own 16 colours
/// (what `themes/default.toml` also says), and a monochrome one for NO_COLOR that keeps bold,
/// underline and reverse.
public enum StandardPalettes {
    public static let ansi16: Palette = {
        func look(_ fg: Int, _ bg: Int? = nil, bold: Bool = false, reverse: Bool = false) -> RoleLook {
            RoleLook(foreground: .indexed(fg), background: bg.map { .indexed($0) } ?? .terminalDefault, bold: bold, reverse: reverse)
        }
        let looks: [ColorRole: RoleLook] = [
            .normal: RoleLook(), .dim: look(8), .border: look(8), .borderFocus: look(6, bold: true),
            .title: look(7), .titleFocus: look(6, bold: true), .selection: look(6, reverse: true),
            .selectionUnfocused: look(7, 8), .header: look(4, bold: true),
            .gradeGeneral: look(7), .gradeSignificant: look(3), .gradeSerious: look(5, bold: true), .gradeCritical: look(1, bold: true),
            .stageOpen: RoleLook(), .stageClosed: look(8),
            .slaOnTime: look(2), .slaDueSoon: look(3, bold: true), .slaOverdue: look(1, bold: true),
            .priority: look(5, bold: true), .statusBar: look(7, 8), .statusKey: look(6, 8, bold: true),
            .statusMessage: look(7, 8), .statusError: look(1, 8, bold: true),
            .label: look(6), .input: RoleLook(), .inputFocus: look(7, 8), .help: RoleLook(), .helpKey: look(6, bold: true),
        ]
        return Palette(looks: looks, monochrome: false)
    }()

    public static let monochrome: Palette = {
        let bold = RoleLook(bold: true), reverse = RoleLook(reverse: true), underline = RoleLook(underline: true)
        let looks: [ColorRole: RoleLook] = [
            .borderFocus: bold, .titleFocus: bold, .selection: reverse, .selectionUnfocused: underline,
            .header: RoleLook(bold: true, underline: true), .gradeSerious: bold, .gradeCritical: RoleLook(bold: true, underline: true),
            .slaDueSoon: bold, .slaOverdue: RoleLook(bold: true, underline: true), .priority: bold,
            .statusBar: reverse, .statusKey: RoleLook(bold: true, reverse: true), .statusMessage: reverse,
            .statusError: RoleLook(bold: true, reverse: true), .label: bold, .input: underline, .inputFocus: reverse, .helpKey: bold,
        ]
        return Palette(looks: looks, monochrome: true)
    }()
}
