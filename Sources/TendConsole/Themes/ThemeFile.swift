import Foundation
import TendCore
import TendTerminal
import TOMLKit

public typealias ThemeError = FileLineError

/// Reads a theme: a TOML file with an optional `[palette]` of named colours and a `[roles]`
/// table giving each semantic role (see `ColorRole.themeKey`) its look:
///
///     [palette]
///     accent = "#5fafd7"
///     [roles]
///     selection = { fg = 231, bg = "accent", bold = true }
///
/// A colour is "default" (the terminal's own), 0–255, "#rrggbb", one of the sixteen ANSI names
/// ("red", "bright-black"…) or a palette name. Roles the file leaves out keep `base`'s look.
public enum ThemeFile {
    public static func load(path: String, base: Palette) throws -> Palette {
        try read(try TOMLDocument.load(path: path, what: "theme file", followingLinks: true), base: base)
    }

    public static func parse(_ source: String, path: String, base: Palette) throws -> Palette {
        try read(try TOMLDocument(source: source, path: path), base: base)
    }

    private static func read(_ document: TOMLDocument, base: Palette) throws -> Palette {
        let root = document.root
        try root.onlyKeys(["name", "description", "monochrome", "palette", "roles"]) {
            "unknown setting \"\($0)\" (a theme has name, description, monochrome, [palette] and [roles])"
        }
        let monochrome = try root.bool("monochrome", else: "monochrome must be true or false") ?? base.monochrome

        var named: [String: TerminalColor] = [:]
        if let palette = try root.section("palette", else: "palette must be a table of named colours") {
            for (name, raw) in palette.table {
                guard let color = color(raw, named: [:]) else {
                    throw palette.fail(name, "\(name) is not a colour: use 0-255, \"#rrggbb\", \"default\" or an ANSI name such as \"bright-blue\"")
                }
                named[name] = color
            }
        }

        var looks = base.looks
        if let roles = try root.section("roles", else: "roles must be a table") {
            for (key, raw) in roles.table {
                guard let role = ColorRole.byThemeKey[key] else {
                    throw roles.fail(key, "unknown role \"\(key)\"; roles are: \(ColorRole.allCases.map(\.themeKey).joined(separator: ", "))")
                }
                guard let spec = raw.table else { throw roles.fail(key, "\(key) must be a table such as { fg = \"red\", bold = true }") }
                var look = RoleLook()
                for (attribute, setting) in spec {
                    switch attribute {
                    case "fg", "bg":
                        guard let c = color(setting, named: named) else {
                            throw roles.fail(key, "\(key).\(attribute) is not a colour or a name from [palette]")
                        }
                        if attribute == "fg" { look.foreground = c } else { look.background = c }
                    case "bold", "underline", "reverse":
                        guard let flag = setting.bool else { throw roles.fail(key, "\(key).\(attribute) must be true or false") }
                        switch attribute {
                        case "bold": look.bold = flag
                        case "underline": look.underline = flag
                        default: look.reverse = flag
                        }
                    default:
                        throw roles.fail(key, "\(key) has an unknown attribute \"\(attribute)\" (fg, bg, bold, underline, reverse)")
                    }
                }
                looks[role] = look
            }
        }
        return Palette(looks: looks, monochrome: monochrome)
    }

    static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    private static func color(_ value: TOMLValueConvertible, named: [String: TerminalColor]) -> TerminalColor? {
        if let number = value.int { return (0...255).contains(number) ? .indexed(number) : nil }
        guard let text = value.string?.lowercased() else { return nil }
        if text == "default" { return .terminalDefault }
        if let color = named[text] { return color }
        if let index = ansiNames.firstIndex(of: text) { return .indexed(index) }
        if text.hasPrefix("bright-"), let index = ansiNames.firstIndex(of: String(text.dropFirst(7))) { return .indexed(index + 8) }
        if text.hasPrefix("#"), text.count == 7, let rgb = UInt32(text.dropFirst(), radix: 16) {
            return .rgb(UInt8(rgb >> 16 & 0xFF), UInt8(rgb >> 8 & 0xFF), UInt8(rgb & 0xFF))
        }
        return nil
    }
}

extension ColorRole {
    /// The role's name in theme files: `sla_overdue`, `border_focus`.
    public var themeKey: String {
        String("\(self)".flatMap { $0.isUppercase ? ["_", Character($0.lowercased())] : [$0] })
    }

    static let byThemeKey: [String: ColorRole] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.themeKey, $0) })
}
