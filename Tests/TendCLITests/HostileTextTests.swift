import Foundation
import Testing
import TendCore

/// Hostile customer text taken in through `tend add` and `tend import`, then sent through every
/// output of the command line. Nothing a terminal or a spreadsheet would obey may come out raw;
/// JSON must give back exactly what was taken in. Each output prints its figures on one line.
@Suite(.serialized) struct HostileTextTests {
    let tend = TendRunner()
    var desk: String { tend.path("desk") }

    /// Figures for one output, printed as one line and checked to be zero.
    struct Figures {
        let output: String
        var runs = 0
        var controls = 0
        var formulas: Int?
        var roundTrips: (good: Int, of: Int)?

        init(_ output: String) { self.output = output }

        mutating func look(at text: String) {
            runs += 1
            controls += HostileCorpus.forbiddenCount(text)
        }

        func report() {
            var line = "hostile text: \(HostileCorpus.samples.count) strings × \(output) (\(runs) runs), control characters out \(controls)"
            if let formulas { line += ", formula cells \(formulas)" }
            if let roundTrips { line += ", exact JSON round trips \(roundTrips.good)/\(roundTrips.of)" }
            print(line)
            #expect(controls == 0, "\(output): \(controls) control characters came out raw")
            #expect(formulas ?? 0 == 0, "\(output): \(formulas ?? 0) cells a spreadsheet would run")
            if let roundTrips { #expect(roundTrips.good == roundTrips.of, "\(output): JSON lost or changed text") }
        }
    }

    /// Counts the fields of a JSON ticket that give back the stored text exactly.
    func roundTrips(_ object: [String: Any], _ taken: HostileCorpus.Taken, contactShown: Bool = true) -> (Int, Int) {
        let customer = object["customer"] as? [String: Any] ?? [:]
        let pet = object["pet"] as? [String: Any] ?? [:]
        let values: [Any?] = [customer["name"], customer["special_needs_note"], pet["name"], object["description"], object["branch"]]
        return (values.filter { ($0 as? String) == taken.stored }.count, values.count)
    }

    @Test func hostileTextNeverReachesATerminalAndJSONKeepsItExactly() throws {
        let taken = try HostileCorpus.makeDesk(tend, at: desk)
        var show = Figures("show (text)"), showJSON = Figures("show --json")
        showJSON.roundTrips = (0, 0)
        for ticket in taken {
            let text = try tend.run(["show", ticket.id, "--store", desk, "--as", "li.hua"])
            #expect(text.status == 0, "show \(ticket.sample.name): \(text.stderr)")
            show.look(at: text.stdout + text.stderr)
            let json = try tend.run(["show", ticket.id, "--json", "--store", desk, "--as", "li.hua"])
            showJSON.look(at: json.stdout + json.stderr)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any] ?? [:]
            let (good, of) = roundTrips(object, ticket)
            showJSON.roundTrips = (showJSON.roundTrips!.good + good, showJSON.roundTrips!.of + of)
        }
        show.report()
        showJSON.report()

        var list = Figures("list (pipe)"), listJSON = Figures("list --json")
        for lang in ["C.UTF-8", "zh_CN.UTF-8"] {
            let result = try tend.run(["list", "--all", "--limit", "0", "--store", desk, "--as", "li.hua"], lang: lang)
            #expect(result.status == 0)
            list.look(at: result.stdout + result.stderr)
        }
        let listed = try tend.run(["list", "--all", "--limit", "0", "--json", "--store", desk, "--as", "li.hua"])
        listJSON.look(at: listed.stdout + listed.stderr)
        let objects = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]] ?? []
        let byID = Dictionary(objects.map { ($0["id"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        listJSON.roundTrips = taken.reduce((0, 0)) { sum, ticket in
            let (good, of) = roundTrips(byID[ticket.id] ?? [:], ticket)
            return (sum.0 + good, sum.1 + of)
        }
        list.report()
        listJSON.report()
    }

    @Test func exportsNeutraliseFormulasAndKeepJSONExact() throws {
        let taken = try HostileCorpus.makeDesk(tend, at: desk)
        var csv = Figures("export csv")
        csv.formulas = 0
        var json = Figures("export json")
        json.roundTrips = (0, 0)
        for redact in [false, true] {
            let flags = redact ? ["--redact"] : []
            let toStdout = try tend.run(["export", "--format", "csv", "--store", desk, "--as", "zhao.min"] + flags)
            #expect(toStdout.status == 0, "\(toStdout.stderr)")
            let file = tend.path("export-\(redact).csv")
            let toFile = try tend.run(["export", "--format", "csv", "--output", file, "--store", desk, "--as", "zhao.min"] + flags)
            #expect(toFile.status == 0, "\(toFile.stderr)")
            let written = String(decoding: FileManager.default.contents(atPath: file) ?? Data(), as: UTF8.self)
            for text in [toStdout.stdout + toStdout.stderr, written] {
                csv.look(at: text)
                let rows = try CSV.parse(text)
                csv.formulas! += rows.dropFirst().flatMap(\.fields).filter(HostileCorpus.isFormula).count
            }
            let jsonOut = try tend.run(["export", "--format", "json", "--store", desk, "--as", "zhao.min"] + flags)
            #expect(jsonOut.status == 0, "\(jsonOut.stderr)")
            json.look(at: jsonOut.stdout + jsonOut.stderr)
            let objects = try JSONSerialization.jsonObject(with: Data(jsonOut.stdout.utf8)) as? [[String: Any]] ?? []
            #expect(objects.count == taken.count + 1)
            guard !redact else { continue }
            let byID = Dictionary(objects.map { ($0["id"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
            for ticket in taken {
                let (good, of) = roundTrips(byID[ticket.id] ?? [:], ticket)
                json.roundTrips = (json.roundTrips!.good + good, json.roundTrips!.of + of)
            }
        }
        csv.report()
        json.report()
    }

    @Test func refusalsAndImportErrorsQuoteValuesSafely() throws {
        _ = try HostileCorpus.makeDesk(tend, at: desk)
        var refusals = Figures("refusals quoting a value")
        for sample in HostileCorpus.samples where sample.fitsAnArgument {
            let attempts = [
                ["show", "T-" + sample.text], ["show", sample.text], ["list", "--stage=\(sample.text)"],
                ["add", "--customer=a", "--contact=b", "--service=\(sample.text)", "--channel=phone", "--description=c"],
                ["note", "T-1001", "--lang=\(sample.text)"],
            ]
            for arguments in attempts {
                let result = try tend.run(arguments + ["--store", desk, "--as", "li.hua"])
                #expect(result.status != 0, "\(arguments.first!) with \(sample.name) should be refused")
                refusals.look(at: result.stdout + result.stderr)
            }
        }
        refusals.report()

        var importErrors = Figures("import errors")
        var csvFile = "customer,contact,service,channel,description,grade\n"
        for sample in HostileCorpus.samples {
            csvFile += CSV.line(["a", "b", sample.text, "phone", "c", "general"])
            csvFile += CSV.line(["a", "b", "grooming", "phone", "c", sample.text])
        }
        let badCSV = tend.path("bad.csv")
        try csvFile.write(toFile: badCSV, atomically: true, encoding: .utf8)
        let headerFile = tend.path("bad-header.csv")
        try (CSV.line(["customer", "contact", "service", "channel", "description", HostileCorpus.samples[1].text]) + "a,b,c,d,e,f\n")
            .write(toFile: headerFile, atomically: true, encoding: .utf8)
        let badJSON = tend.path("bad.json")
        let rows = HostileCorpus.samples.map { ["customer": "a", "contact": "b", "service": "grooming", "channel": $0.text, "description": "c"] }
        try JSONSerialization.data(withJSONObject: rows).write(to: URL(fileURLWithPath: badJSON))
        var longest = 0
        for file in [badCSV, headerFile, badJSON] {
            let result = try tend.run(["import", file, "--store", desk, "--as", "li.hua"])
            #expect(result.status == 1)
            importErrors.look(at: result.stdout + result.stderr)
            longest = max(longest, result.stderr.split(separator: "\n").map(\.utf8.count).max() ?? 0)
        }
        importErrors.report()
        print("hostile text: the longest import error line is \(longest) bytes (a 1 MB value was quoted)")
        #expect(longest < 1_000, "an import error quoted a whole megabyte")
    }

    /// The command line writes to its terminal only through `Output` (its `print` is
    /// `Output.write`), so every byte passes the one escaping path, whoever adds the next command.
    @Test func theCommandLineHasOneWayOut() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/tend")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 10)
        var bypasses: [String] = []
        for file in files where file != "Output.swift" {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for way in ["FileHandle.standardOutput", "FileHandle.standardError", "Swift.print", "fputs(", "fwrite(", "putchar(", "FileHandle(fileDescriptor"]
            where text.contains(way) {
                bypasses.append("\(file): \(way)")
            }
        }
        #expect(bypasses.isEmpty, "writes that bypass Output: \(bypasses)")
    }

    @Test func exportFilesAreOwnerOnlyAndNeverWrittenThroughALink() throws {
        _ = try HostileCorpus.makeDesk(tend, at: desk)
        let file = tend.path("tickets.csv")
        #expect(try tend.run(["export", "--format", "csv", "--output", file, "--store", desk, "--as", "li.hua"]).status == 0)
        let mode = ((try FileManager.default.attributesOfItem(atPath: file))[.posixPermissions] as? Int) ?? -1
        print("hostile text: export file mode \(String(mode, radix: 8))")
        #expect(mode == 0o600)

        let victim = tend.path("victim.txt")
        try "keep me\n".write(toFile: victim, atomically: true, encoding: .utf8)
        let link = tend.path("link.json")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        #expect(try tend.run(["export", "--format", "json", "--output", link, "--store", desk, "--as", "li.hua"]).status == 0)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me\n", "the export was written through a symlink")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == nil)

        let nowhere = try tend.run(["export", "--format", "csv", "--output", tend.path("no/such/folder/x.csv"), "--store", desk, "--as", "li.hua"])
        #expect(nowhere.status == 1 && nowhere.stderr.contains("no/such/folder/x.csv"), "\(nowhere.stderr)")
    }
}
