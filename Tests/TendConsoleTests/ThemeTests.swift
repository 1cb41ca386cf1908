import Foundation
import Testing
@testable import TendConsole
import TendTerminal

@Suite struct ThemeTests {
    let locator = ThemeLocator(storeDirectory: nil, environment: ["HOME": "/nonexistent"])

    @Test(arguments: ["default", "dark-256", "light", "high-contrast", "monochrome"])
    func everyShippedThemeLoadsAndNamesEveryRole(name: String) throws {
        let path = try #require(locator.path(for: name), "\(name) not found in \(locator.directories)")
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let palette = try ThemeFile.parse(source, path: path, base: Palette(looks: [:], monochrome: false))
        for role in ColorRole.allCases {
            #expect(source.contains("\n\(role.themeKey) ="), "\(name) leaves out \(role.themeKey)")
            #expect(palette.looks[role] != nil)
        }
        #expect(palette.monochrome == (name == "monochrome"))
    }

    @Test func aBadColourIsReportedWithItsLine() {
        let source = "name = \"x\"\n\n[roles]\nborder = { fg = \"red\" }\nselection = { fg = \"purple\" }\n"
        #expect {
            _ = try ThemeFile.parse(source, path: "x.toml", base: StandardPalettes.ansi16)
        } throws: { error in
            (error as? ThemeError)?.line == 5 && "\(error)".hasPrefix("x.toml:5:")
        }
    }

    @Test func anUnknownRoleAndASyntaxErrorAreReportedWithTheirLines() {
        #expect { _ = try ThemeFile.parse("[roles]\nfancy = { bold = true }\n", path: "t.toml", base: StandardPalettes.ansi16) }
            throws: { ($0 as? ThemeError)?.line == 2 }
        #expect { _ = try ThemeFile.parse("[roles\n", path: "t.toml", base: StandardPalettes.ansi16) }
            throws: { ($0 as? ThemeError)?.line == 1 }
    }

    @Test func coloursByNamePaletteIndexAndHex() throws {
        let source = "[palette]\naccent = \"#5fafd7\"\n[roles]\nselection = { fg = \"accent\", bg = \"bright-black\", reverse = true }\nborder = { fg = 240 }\n"
        let palette = try ThemeFile.parse(source, path: "t.toml", base: StandardPalettes.ansi16)
        #expect(palette.look(.selection) == RoleLook(foreground: .rgb(0x5f, 0xaf, 0xd7), background: .indexed(8), reverse: true))
        #expect(palette.look(.border).foreground == .indexed(240))
        // Roles the file leaves out keep the base look.
        #expect(palette.look(.slaOverdue) == StandardPalettes.ansi16.look(.slaOverdue))
    }

    @Test func noColorWinsAndAMissingThemeFallsBackWithAMessage() {
        let mono = ThemeChoice.palette(named: "dark-256", storeDirectory: nil, environment: ["NO_COLOR": "1", "HOME": "/nonexistent"])
        #expect(mono.palette.monochrome && mono.problem == nil)
        let missing = ThemeChoice.palette(named: "neon", storeDirectory: nil, environment: ["HOME": "/nonexistent"])
        #expect(missing.problem?.contains("neon") == true)
        #expect(missing.problem?.contains("dark-256") == true)
    }

    @Test func roleKeysAreSnakeCase() {
        #expect(ColorRole.slaOverdue.themeKey == "sla_overdue")
        #expect(ColorRole.borderFocus.themeKey == "border_focus")
    }
}
