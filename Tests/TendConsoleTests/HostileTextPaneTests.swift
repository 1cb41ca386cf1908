import Foundation
import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// Every pane of the console drawn with hostile customer text in every field, a note and the
/// status line: no screen cell may hold a control character, and a megabyte on one line must
/// draw in good time.
@Suite struct HostileTextPaneTests {
    init() { ConsoleFixture.setUp() }

    static let megabyte = String(repeating: "长文", count: 174_763) + "\u{1B}]52;c;aGk=\u{07}"
    static let texts = [
        "王\u{1B}[2J\u{1B}[H小明", "Tom\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}", "\u{1B}]0;pwned\u{07}Lily", "red\u{9B}31mtext",
        "invoice\u{202E}fdp.exe", "\u{2067}abc\u{2069}\u{200F}\u{061C}", "Zero\u{200B}Width\u{200D}Join", "👨‍👩‍👧‍👦 and 👩🏽‍⚕️",
        "\u{0301}", "nul\u{0}byte", "tab\there\r\nline", megabyte,
    ]

    func hostileDesk() -> Desk {
        var desk = Desk()
        for (offset, text) in Self.texts.enumerated() {
            let id = TicketID(Desk.firstNumber + Int32(offset))
            let intake = Intake(customer: Customer(name: text, contact: text, specialNeeds: true, specialNeedsNote: text),
                                pet: Pet(name: text, species: text, breed: text), service: .grooming, branch: text,
                                channel: .phone, description: text)
            for event: TicketEvent in [.received(intake), .noteAdded(text: text)] {
                _ = desk.apply(Change(ticket: id, entry: TimelineEntry(at: ConsoleFixture.now, actor: "li.hua", event: event)))
            }
        }
        return desk
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || [0x200E, 0x200F, 0x061C].contains(value)
    }

    @Test func noPaneWritesAControlCharacterIntoACell() {
        let desk = hostileDesk()
        var frames = 0, badCells = 0
        var slowest = 0.0
        for lang in [Language.en, .zh] {
            var state = ConsoleState(lang: lang, actor: ConsoleFixture.policy.member("li.hua")!, now: ConsoleFixture.now)
            state.library = ConsoleFixture.library
            state.setQueue(TicketQuery.run(desk, policy: ConsoleFixture.policy, filter: state.filter, now: ConsoleFixture.now))
            state.showWhy = true
            state.say(Self.texts[1], error: true)
            for index in state.queue.indices {
                state.selected = index
                for (width, height) in [(80, 24), (120, 40)] {
                    let start = Date()
                    let screen = ConsoleView.render(RenderContext(state: state, desk: desk, policy: ConsoleFixture.policy), width: width, height: height)
                    slowest = max(slowest, Date().timeIntervalSince(start))
                    frames += 1
                    badCells += screen.cells.filter { $0.text.unicodeScalars.contains(where: Self.isControl) }.count
                }
            }
        }
        print("hostile text: \(Self.texts.count) strings × console panes (\(frames) frames), cells holding a control character \(badCells), slowest frame \(String(format: "%.2f", slowest)) s")
        #expect(frames == Self.texts.count * 4)
        #expect(badCells == 0)
        #expect(slowest < 3, "a frame with a megabyte line took \(slowest) s (debug build)")
    }

    @Test func aTextTooLongToShowIsCutAndSaysSo() {
        let lines = TextWrap.lines(String(repeating: "长", count: 1_000_000), width: 40, ellipsis: "...")
        #expect(lines.count == TextWrap.maxLines + 1 && lines.last == "...")
        #expect(TextWrap.lines("短短的一句", width: 40) == ["短短的一句"])
        var buffer = ScreenBuffer(width: 12, height: 2)
        buffer.write(fitting: String(repeating: "abcdefgh", count: 100_000), x: 0, y: 0, width: 10)
        buffer.write(fitting: "ab" + String(repeating: "\u{200B}", count: 10_000) + "cd", x: 0, y: 1, width: 10)
        #expect(buffer.text() == "abcdefgha…\nab…")
    }
}
