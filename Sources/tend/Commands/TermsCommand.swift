import ArgumentParser
import Foundation
import TendCore

/// The business's after-sales terms, as a handler cites them: the clauses for a ticket's service
/// line first, then those for every line, then the rest.
struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "List the after-sales terms to cite: refund and redo windows, guarantees, statutory rights.",
        discussion: """
        Given a ticket (or --service), the clauses written for its service line come first, marked *, \
        then those for every service line, marked +, then the others. The terms are the desk's own \
        terms.toml when it has one, else Tend's sample terms/terms.toml; a file with an error is \
        reported as file:line and the command exits 1. In the console, K shows them beside a ticket \
        and Enter cites one into a resolution's details.
        """)

    @OptionGroup var desk: DeskOptions

    @Argument(help: "A ticket, e.g. T-1042: the clauses for its service line come first.")
    var id: String?

    @Option(help: ArgumentHelp("A service line whose clauses come first: \(ServiceLine.identifiers) (instead of the ticket's).", valueName: "line"))
    var service: String?

    @Flag(help: "JSON: one object per clause, in the order listed, with both languages and the citation.")
    var json = false

    func run() throws {
        let lang = desk.language
        try Output.reporting(lang) {
            var line: ServiceLine? = try service.map { try parseVocabulary($0, "service") }
            var ticket: TicketID?
            let directory: String
            if case .directory(let path) = try desk.place(), id == nil {
                directory = path
            } else {
                // A ticket is read from the desk (a team's desk keeps its own files on this machine).
                let session = try Session.open(desk)
                directory = session.store.directory
                if let id {
                    let found = try session.ticket(id)
                    ticket = found.id
                    if line == nil { line = found.intake.service }
                }
            }
            let terms = try TermsFile.load(storeDirectory: directory)
            let clauses = terms.ordered(for: line)
            if json {
                print(JSONValue.array(clauses.map { Self.record($0, line: line) }).rendered(pretty: true))
                return
            }
            if let line {
                let whose = ticket.map { lang.pick(" (\($0))", "（\($0)）") } ?? ""
                print(lang.pick("After-sales terms for \(line.name(lang))\(whose): * written for it, + for every service, then the others.",
                                "售后条款：\(line.name(lang))\(whose)。* 为该服务的条款，+ 为所有服务通用的条款，其余在后。"))
                print("")
            }
            for clause in clauses {
                let mark = line.map { line in
                    switch clause.fit(line) {
                    case .thisLine: "* "
                    case .everyLine: "+ "
                    case .otherLines: "  "
                    }
                } ?? ""
                let about = [clause.kind.name(lang), clause.windowText(lang), clause.scope(lang)].compactMap { $0 }.joined(separator: " · ")
                print("\(mark)\(clause.id)  \(clause.title.text(lang))  \(lang.pick("[", "【"))\(about)\(lang.pick("]", "】"))")
                print("\(String(repeating: " ", count: mark.count))    \(clause.text.text(lang))")
                print("")
            }
            print(lang.pick("\(clauses.count) clause\(clauses.count == 1 ? "" : "s"), from \(terms.path)", "共 \(clauses.count) 条，来自 \(terms.path)"))
        }
    }

    static func record(_ clause: TermsClause, line: ServiceLine?) -> JSONValue {
        func both(_ text: Bilingual) -> JSONValue { .object([("en", .string(text.en)), ("zh", .string(text.zh))]) }
        var fields: [(String, JSONValue)] = [
            ("id", .string(clause.id)), ("kind", .string(clause.kind.rawValue)),
            ("services", .array(clause.services.map { .string($0.rawValue) })),
            ("window", clause.window.map { .string(DurationText.format($0)) } ?? .null),
            ("title", both(clause.title)), ("text", both(clause.text)),
            ("citation", .object([("en", .string(clause.citation(.en))), ("zh", .string(clause.citation(.zh)))])),
        ]
        if let line {
            let fit = switch clause.fit(line) {
            case .thisLine: "this_line"
            case .everyLine: "every_line"
            case .otherLines: "other_lines"
            }
            fields.append(("fits", .string(fit)))
        }
        return .object(fields)
    }
}
