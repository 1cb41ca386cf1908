import Foundation
import Testing
import TendCore

/// Hostile customer text on a real terminal (tmux at 80×24, which obeys OSC 52 clipboard writes
/// and OSC 0 titles): the command line's output and the console. Everything the programs wrote to
/// the terminal is recorded with pipe-pane and read byte by byte.
@Suite(.serialized) struct HostileTerminalTests {
    let tend = TendRunner()
    var desk: String { tend.path("desk") }

    /// A terminal that keeps a paste buffer for every clipboard write it is sent, with what the
    /// programs in it write recorded to a file.
    func terminal() throws -> (TmuxDriver, recording: String, title: String) {
        #expect(TmuxDriver.available, "tmux is needed for the terminal tests")
        let tmux = try TmuxDriver(width: 80, height: 24, environment: [:])
        try tmux.tmux(["set-option", "-s", "set-clipboard", "on"])
        let recording = tend.path("terminal-\(UUID().uuidString.prefix(6)).raw")
        try tmux.tmux(["pipe-pane", "-t", tmux.session, "-o", "cat > '\(recording)'"])
        let title = try tmux.tmux(["display-message", "-p", "-t", tmux.session, "#{pane_title}"])
        return (tmux, recording, title)
    }

    /// What the terminal obeyed: clipboard writes (paste buffers) and title changes.
    func obeyed(_ tmux: TmuxDriver, title: String) throws -> (clipboard: Int, titles: Int) {
        let buffers = try tmux.tmux(["list-buffers"]).split(separator: "\n").count
        let now = try tmux.tmux(["display-message", "-p", "-t", tmux.session, "#{pane_title}"])
        return (buffers, now == title ? 0 : 1)
    }

    func recorded(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }

    @Test func theCommandLineOnATerminal() throws {
        let taken = try HostileCorpus.makeDesk(tend, at: desk)
        let badImport = tend.path("bad.csv")
        try (CSV.line(["customer", "contact", "service", "channel", "description"])
            + HostileCorpus.samples.map { CSV.line(["a", "b", $0.text, "phone", "c"]) }.joined())
            .write(toFile: badImport, atomically: true, encoding: .utf8)
        var script = ["T='\(TendRunner.binary)'", "D='\(desk)'", "\"$T\" list --all --limit 0 --store \"$D\" --as li.hua"]
        script += taken.map { "\"$T\" show \($0.id) --store \"$D\" --as li.hua" }
        script.append("\"$T\" show \"$(printf 'T-\\033]52;c;dHR5\\007')\" --store \"$D\" --as li.hua")
        script.append("\"$T\" import '\(badImport)' --store \"$D\" --as li.hua")
        let scriptFile = tend.path("on-a-terminal.sh")
        try script.joined(separator: "\n").appending("\n").write(toFile: scriptFile, atomically: true, encoding: .utf8)

        let (tmux, recording, title) = try terminal()
        defer { tmux.stop() }
        try tmux.type("sh '\(scriptFile)' 2>&1; echo END-$((40+2))")
        try tmux.press("Enter")
        try tmux.waitFor("the commands to finish", timeout: 180) { $0.contains("END-42") }
        try tmux.tmux(["pipe-pane", "-t", tmux.session])
        let bytes = recorded(recording)
        // The terminal driver turns each line feed into CR LF; any other CR came from a program.
        var controls = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A) { controls += 1 }
        controls += HostileCorpus.forbiddenCount(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n"))
        let (clipboard, titles) = try obeyed(tmux, title: title)
        print("hostile text: \(HostileCorpus.samples.count) strings × list, show, refusals and import errors on an 80×24 terminal "
            + "(\(bytes.count) bytes), control characters out \(controls), clipboard writes \(clipboard), title changes \(titles)")
        #expect(bytes.count > 1_000_000)
        #expect(controls == 0 && clipboard == 0 && titles == 0)
    }

    @Test func theConsoleOnATerminal() throws {
        let taken = try HostileCorpus.makeDesk(tend, at: desk)
        let (tmux, recording, title) = try terminal()
        defer { tmux.stop() }
        try tmux.type("\(TendRunner.binary) --store \(desk) --as li.hua")
        try tmux.press("Enter")
        try tmux.waitFor("the console") { $0.contains("Queue") }
        var shown = 0
        for ticket in taken {
            try tmux.press("/")
            try tmux.waitFor("the search prompt") { $0.contains("Search:") }
            try tmux.type(ticket.id)
            try tmux.press("Enter")
            try tmux.waitFor("\(ticket.sample.name) in the ticket pane", timeout: 30) { $0.contains("Ticket \(ticket.id)") }
            shown += 1
        }
        try tmux.press("q")
        try tmux.waitFor("the shell") { !$0.contains("Queue") }
        try tmux.tmux(["pipe-pane", "-t", tmux.session])
        // Curses draws with CSI sequences of its own; what must never appear is an OSC (clipboard,
        // title), a BEL, a C1 control or a bidi control.
        let text = String(decoding: recorded(recording), as: UTF8.self)
        let osc = text.components(separatedBy: "\u{1B}]").count - 1
        let others = text.unicodeScalars.filter { ![0x1B, 0x0D, 0x0A, 0x08, 0x09].contains($0.value) && HostileCorpus.isForbidden($0) }.count
        let (clipboard, titles) = try obeyed(tmux, title: title)
        print("hostile text: \(HostileCorpus.samples.count) strings × console at 80×24 (\(shown) tickets shown), "
            + "OSC sequences out \(osc), BEL/C1/bidi out \(others), clipboard writes \(clipboard), title changes \(titles)")
        #expect(shown == taken.count)
        #expect(osc == 0 && others == 0 && clipboard == 0 && titles == 0)
    }
}
