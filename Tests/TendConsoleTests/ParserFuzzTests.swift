import Foundation
import Testing
@testable import TendConsole
@testable import TendCore
import TendTerminal

/// Every parser of outside text, fed thousands of mutations of valid inputs: bit flips,
/// truncations, splices, huge numbers, random bytes, long lines. Each input must be accepted or
/// refused with the parser's own error; a trap ends the test process, so finishing is the proof
/// that nothing crashed. Seeded, so a failure can be replayed.
@Suite struct ParserFuzzTests {
    init() { ConsoleFixture.setUp() }

    /// 3000 a parser by default, a few seconds in a debug build; the fault suite can ask for more
    /// (TEND_FUZZ_INPUTS) and another sequence (TEND_FUZZ_SEED, added to each parser's seed).
    static let inputsPerParser = ProcessInfo.processInfo.environment["TEND_FUZZ_INPUTS"].flatMap(Int.init) ?? 3000
    static let seedOffset = ProcessInfo.processInfo.environment["TEND_FUZZ_SEED"].flatMap(UInt64.init) ?? 0

    // MARK: The parsers

    /// Valid imports, by format: each format is fuzzed from its own.
    static let imports: [String: [String]] = [
        "csv": [
            "customer,contact,pet,service,channel,description,grade,special_needs,occurred_at\n王芳,13800000000,球球,boarding,phone,\"没有照片,很担心\",significant,yes,2026-11-20T10:00\nAl,al@x.io,,retail,email,Torn bag,,no,\n",
            "customer,contact,service,channel,description,cause,special_needs_note\n\"C\nD\",3,retail,store,\"said \"\"never\"\"\",price,大字\n",
        ],
        "json": [
            "[\n  {\"customer\": \"A\", \"contact\": \"1\", \"service\": \"grooming\", \"channel\": \"phone\", \"description\": \"ok\", \"special_needs\": true},\n  {\"customer\": \"林\", \"contact\": \"2\", \"service\": \"medical\", \"channel\": \"chat\", \"description\": \"耳朵\", \"occurred_at\": \"2026-11-20T10:00:00+08:00\", \"grade\": \"serious\"}\n]\n",
            "[{\"customer\":\"B\",\"contact\":\"x@y.z\",\"service\":\"retail\",\"channel\":\"email\",\"description\":\"d\",\"pet\":null,\"branch\":12}]",
        ],
    ]

    @Test(arguments: ["csv", "json"])
    func imports(format: String) throws {
        try fuzz(format, seeds: Self.imports[format]!, seed: format == "csv" ? 1 : 2, expected: { $0 is IntakeImport.Failure }) { text in
            for intake in try IntakeImport.parse(text) {
                if let occurred = intake.occurredAt { #expect((TimeText.earliest...TimeText.latest).contains(occurred)) }
                _ = try Workflow(policy: ConsoleFixture.policy, actor: ConsoleFixture.policy.member("zhao.min")!, now: ConsoleFixture.now)
                    .receive(intake)
            }
        }
    }

    @Test func policy() throws {
        var withCeiling = DemoDesk.policy(founder: "tester")
        withCeiling.staff.append(StaffMember(login: "o'brien", name: "Anne \"Nan\"", role: .handler, ceiling: 12_345))
        let seeds = [PolicyFile.render(DemoDesk.policy(founder: "tester")), PolicyFile.render(withCeiling),
                     "follow_up_attempts = 3\n[ceilings]\nhandler = 200\n[sla.critical]\nanswer = \"30m\"\nresolve = \"1d12h\"\n[[staff]]\nlogin = \"a\"\nrole = \"supervisor\"\nceiling = \"5000.50\"\n"]
        try fuzz("policy", seeds: seeds, seed: 3, expected: { $0 is PolicyError }) { text in
            let policy = try PolicyFile.parse(text, path: "policy.toml")
            for member in policy.staff { #expect((0...Money.largestMinorUnits).contains(policy.ceiling(for: member))) }
            for grade in Grade.allCases {
                let terms = policy.terms(for: grade)
                #expect([terms.answer, terms.resolve, terms.followUp, terms.dueSoon].allSatisfy { (1...DurationText.longest).contains($0) })
            }
            // What Tend writes back, it reads back.
            _ = try PolicyFile.parse(PolicyFile.render(policy), path: "policy.toml")
        }
    }

    @Test func themes() throws {
        let folder = try #require(ShippedData.directory("themes", containing: "default.toml"))
        let seeds = try ["default", "dark-256", "light", "high-contrast", "monochrome"].map {
            try String(contentsOfFile: folder + "/\($0).toml", encoding: .utf8)
        }
        try fuzz("themes", seeds: seeds, seed: 4, expected: { $0 is ThemeError }) { text in
            _ = try ThemeFile.parse(text, path: "theme.toml", base: StandardPalettes.ansi16)
        }
    }

    @Test func scripts() throws {
        let folder = try #require(ShippedData.directory("scripts", containing: "coach.toml"))
        // A few whole entries of each kind: the shipped files are long, and a mutation is local.
        let seeds = try ["received", "resolving", "coach"].map { name -> String in
            let text = try String(contentsOfFile: folder + "/\(name).toml", encoding: .utf8)
            let headers = text.ranges(of: "\n[[")
            return headers.count > 3 ? String(text[..<headers[3].lowerBound]) + "\n" : text
        }
        try fuzz("scripts", seeds: seeds, seed: 5, expected: { $0 is LibraryError }) { text in
            _ = try LibraryFile.parse(text, path: "scripts.toml")
        }
    }

    @Test func drafts() throws {
        let desk = ConsoleFixture.desk
        func ticket(_ stage: Stage) throws -> TicketID { desk.tickets.first { $0.stage == stage }!.id }
        let drafts = [
            Draft(purpose: .advance(try ticket(.received)), values: ["eta": "4h"], focus: 0, savedAt: ConsoleFixture.now),
            Draft(purpose: .advance(try ticket(.resolving)), values: ["resolution": "refund", "amount": "150.00", "details": "退款"], focus: 1,
                  savedAt: ConsoleFixture.now),
            Draft(purpose: .advance(try ticket(.followUp)), values: ["result": "reached", "score": "5", "comment": "thanks"], focus: 2,
                  savedAt: ConsoleFixture.now),
            Draft(purpose: .intake, values: ["customer": "林小姐", "contact": "139", "description": "耳朵红肿"], focus: 3, savedAt: ConsoleFixture.now),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let seeds = try drafts.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let supervisor = ConsoleFixture.policy.member("zhao.min")!
        let builder = FormBuilder(desk: desk, policy: ConsoleFixture.policy, actor: supervisor)
        let coach = Coach(ConsoleFixture.library)
        try fuzz("drafts", seeds: seeds, seed: 6, expected: { $0 is DecodingError }) { text in
            let draft = try JSONDecoder().decode(Draft.self, from: Data(text.utf8))
            // Brought back and submitted as the console would: refused or performed, never a trap.
            guard var form = builder.form(draft.purpose) else { return }
            form.restore(draft.values, focus: draft.focus)
            _ = FormSubmission.of(form, desk: desk, policy: ConsoleFixture.policy, actor: ConsoleFixture.policy.member("zhao.min")!, lang: .zh, now: ConsoleFixture.now,
                                  filter: TicketFilter(), coach: coach)
        }
    }

    @Test func durations() throws {
        try fuzz("durations", seeds: ["30m", "4h", "2d", "1h30m", "90s", "1095d", "156w", "0m"], seed: 7,
                 expected: { $0 is InputRefusal }) { text in
            let seconds = try DurationText.read(text, field: "--eta")
            #expect((0...DurationText.longest).contains(seconds))
            _ = DurationText.format(seconds)
        }
    }

    @Test func instants() throws {
        let now = ConsoleFixture.now
        try fuzz("instants", seeds: ["2026-11-23T10:00", "2026-11-23 10:00", "2026-11-23T02:00:00Z", "2026-11-23T10:00:00+08:00",
                                     "2026-11-23", "2100-12-31T23:59:59Z", "2000-01-01T00:00:00.250Z", "4h", "2d"], seed: 8,
                 expected: { $0 is InputRefusal }) { text in
            let date = try TimeText.readMoment(text, now: now, field: "--eta")
            #expect((TimeText.earliest...TimeText.latest).contains(date))
            _ = TimeText.iso(date.roundedToStore) + TimeText.local(date)
        }
    }

    @Test func amounts() throws {
        try fuzz("amounts", seeds: ["50", "50.5", "50.00", "¥1,280.00", "CNY 12.30", "10000000.00", "0.01", "$7"], seed: 9,
                 expected: { $0 is InputRefusal }) { text in
            let money = try Money.read(text, currency: "CNY", field: "--amount")
            #expect((0...Money.largestMinorUnits).contains(money.minorUnits))
            _ = money.formatted + money.decimal
        }
    }

    // MARK: The fuzzer

    /// Feeds `inputsPerParser` mutants of `seeds` to `parse`: a parse that returns accepted the
    /// input, one that throws an `expected` error refused it. Any other error fails the test.
    func fuzz(_ name: String, seeds: [String], seed: UInt64, expected: (Error) -> Bool, _ parse: (String) throws -> Void) throws {
        var mutator = Mutator(seeds: seeds.map { Array($0.utf8) }, random: SeededRandom(seed: seed &+ Self.seedOffset))
        var accepted = 0, refused = 0
        var unexpected: [String] = []
        let started = Date()
        for _ in 0..<Self.inputsPerParser {
            let text = String(decoding: mutator.next(), as: UTF8.self)
            do {
                try parse(text)
                accepted += 1
            } catch where expected(error) {
                refused += 1
            } catch {
                if unexpected.count < 5 { unexpected.append("\(error) for \(text.prefix(200).debugDescription)") }
                refused += 1
            }
        }
        // Reaching this line is the crash count: a trap would have ended the process above.
        print("fuzz \(name): \(Self.inputsPerParser) inputs, 0 crashes, \(refused) refused, \(accepted) accepted "
              + "(seed \(seed &+ Self.seedOffset), \(String(format: "%.1f", Date().timeIntervalSince(started)))s)")
        #expect(unexpected.isEmpty, "\(name): errors of the wrong kind: \(unexpected)")
        // Both sides reached: the mutants are neither all rejected noise nor all harmless.
        #expect(accepted > 0 && refused > 0, "\(name): \(accepted) accepted, \(refused) refused")
    }
}

/// Mutations of valid inputs, one to three per input, from a seeded generator.
struct Mutator {
    let seeds: [[UInt8]]
    var random: SeededRandom

    static let hugeNumbers = ["99999999999999999999999", "9223372036854775807", "-9223372036854775808", "18446744073709551616",
                              "1e308", "1e999", "-1", "-0", "0.0000001", "NaN", "inf", "99999999999999d", "4294967296", "2147483648",
                              "9999-12-31", "0000-01-01", "2100-12-31T23:59:60Z"]
    static let tokens = ["\"", "'", "[", "]", "{", "}", "[[", "]]", "=", ",", ":", ".", "\n", "\r\n", "\r", "\u{0}", "#", "\\",
                         "\\u0000", "\\uD800", "true", "null", "-", "T", "Z", "+08:00", "\u{FEFF}", "\u{1B}[31m", "=cmd|' /C calc'!A0",
                         "\u{202E}", "中", "🐶", "\t", " = ", "\"\"\"", "'''"]

    init(seeds: [[UInt8]], random: SeededRandom) {
        self.seeds = seeds
        self.random = random
    }

    mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(random.next() % UInt64(bound)) }

    mutating func next() -> [UInt8] {
        var bytes = seeds[below(seeds.count)]
        for _ in 0...below(3) { mutate(&bytes) }
        return bytes
    }

    mutating func mutate(_ bytes: inout [UInt8]) {
        let at = below(bytes.count + 1)
        switch below(10) {
        case 0 where !bytes.isEmpty:
            bytes[min(at, bytes.count - 1)] ^= UInt8(1) << UInt8(below(8))
        case 1:
            bytes.removeLast(bytes.count - at)
        case 2:
            let other = seeds[below(seeds.count)]
            bytes = Array(bytes[..<at]) + other[below(other.count + 1)...]
        case 3:
            replaceNumber(&bytes)
        case 4:
            bytes.insert(contentsOf: (0...below(16)).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: at)
        case 5:
            // A long line (or many lines, or deep nesting) of one thing.
            let unit = ["a", "9", "[", "{", "\"", "\\", "中", ",", "\n", " ", "[[x]]\n"][below(11)]
            bytes.insert(contentsOf: Array(String(repeating: unit, count: 1_000 + below(9_000)).utf8), at: at)
        case 6:
            let end = min(bytes.count, at + below(64))
            bytes.removeSubrange(at..<end)
        case 7:
            let end = min(bytes.count, at + below(256))
            bytes.insert(contentsOf: bytes[at..<end], at: at)
        default:
            bytes.insert(contentsOf: Array(Self.tokens[below(Self.tokens.count)].utf8), at: at)
        }
    }

    /// Replaces a run of digits (or, if there is none, a random place) with a huge or odd number.
    mutating func replaceNumber(_ bytes: inout [UInt8]) {
        let number = Array(Self.hugeNumbers[below(Self.hugeNumbers.count)].utf8)
        let isDigit = { (byte: UInt8) in (48...57).contains(byte) }
        let digits = bytes.indices.filter { isDigit(bytes[$0]) }
        guard !digits.isEmpty else { bytes.insert(contentsOf: number, at: below(bytes.count + 1)); return }
        var start = digits[below(digits.count)]
        while start > 0 && isDigit(bytes[start - 1]) { start -= 1 }
        var end = start
        while end < bytes.count && isDigit(bytes[end]) { end += 1 }
        bytes.replaceSubrange(start..<end, with: number)
    }
}
