import Foundation

/// A case written out whole for someone outside the desk — a mediator, an insurer, a vet board:
/// what happened, what was found and done, what was promised and kept, the evidence with its
/// checksums, the follow-up, and every entry of the timeline. Markdown or printable HTML. The
/// contact is masked (the person it goes to has no need of it); customer text is escaped for
/// the format, never passed through as markup.
public struct CaseReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case md, html
    }

    public let policy: Policy
    public let lang: Language
    public let now: Date
    public let by: StaffMember

    public init(policy: Policy, lang: Language, now: Date, by: StaffMember) {
        self.policy = policy
        self.lang = lang
        self.now = now
        self.by = by
    }

    /// The report's sections: each a heading and its rows (label and value; a nil label is a paragraph).
    struct Section {
        let heading: String
        var rows: [(label: String?, value: String)]
    }

    func sections(_ ticket: Ticket) -> [Section] {
        var presenter = TicketPresenter(policy: policy, viewer: by, now: now, lang: lang)
        presenter.revealed = false
        var summary = Section(heading: lang.pick("The case", "案件概况"), rows: [])
        var evidence = Section(heading: lang.pick("Evidence", "证据"), rows: [])
        for line in presenter.lines(ticket) {
            switch line.kind {
            case .description: continue
            case .priority: summary.rows.append((nil, line.value))
            default:
                if line.label?.hasPrefix(lang.pick("Evidence", "证据")) == true { continue }
                summary.rows.append((line.label, line.value))
            }
        }
        for (index, item) in ticket.evidence.enumerated() {
            evidence.rows.append(("\(index + 1)", EvidenceText.line(item, lang, fullChecksum: true)))
        }
        if evidence.rows.isEmpty { evidence.rows.append((nil, lang.pick("None recorded.", "无。"))) }
        let complaint = Section(heading: presenter.descriptionHeading, rows: [(nil, ticket.intake.description)])
        let timeline = Section(heading: presenter.timelineHeading, rows: presenter.timeline(ticket).map { ("\($0.at) \($0.actor)", $0.text) })
        return [summary, complaint, evidence, timeline]
    }

    public func render(_ ticket: Ticket, as format: Format) -> String {
        let title = lang.pick("Case report \(ticket.id)", "案件报告 \(ticket.id)")
        let footer = lang.pick("Made \(TimeText.local(now)) by \(by.login) from the desk's record. The contact is masked. Each file's SHA-256 identifies the exact bytes kept.",
                               "本报告于 \(TimeText.local(now)) 由 \(by.login) 依据工作台记录生成。联系方式已隐去。每个文件的 SHA-256 校验值可用于核对所存文件未被改动。")
        switch format {
        case .md: return markdown(title, sections(ticket), footer)
        case .html: return html(title, sections(ticket), footer)
        }
    }

    private func markdown(_ title: String, _ sections: [Section], _ footer: String) -> String {
        var out = "# \(Self.md(title))\n"
        for section in sections {
            out += "\n## \(Self.md(section.heading))\n\n"
            for row in section.rows {
                if let label = row.label {
                    out += "- **\(Self.md(label))**: \(Self.md(row.value))\n"
                } else {
                    out += Self.md(row.value) + "\n\n"
                }
            }
        }
        return out + "\n---\n\n" + Self.md(footer) + "\n"
    }

    private func html(_ title: String, _ sections: [Section], _ footer: String) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="\(lang.pick("en", "zh-CN"))"><head><meta charset="utf-8"><title>\(Self.html(title))</title>
        <style>body{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.5}th{text-align:left;vertical-align:top;padding-right:1em;white-space:nowrap}td{white-space:pre-wrap}code{word-break:break-all}@media print{body{margin:0}}</style>
        </head><body>
        <h1>\(Self.html(title))</h1>

        """
        for section in sections {
            out += "<h2>\(Self.html(section.heading))</h2>\n"
            let paragraphs = section.rows.filter { $0.label == nil }
            for row in paragraphs { out += "<p>\(Self.html(row.value))</p>\n" }
            let labelled = section.rows.filter { $0.label != nil }
            guard !labelled.isEmpty else { continue }
            out += "<table>\n"
            for row in labelled { out += "<tr><th>\(Self.html(row.label!))</th><td>\(Self.html(row.value))</td></tr>\n" }
            out += "</table>\n"
        }
        return out + "<hr><p><small>\(Self.html(footer))</small></p>\n</body></html>\n"
    }

    /// Text made inert for HTML: control characters shown as the terminal layer shows them, and
    /// the five characters that start markup escaped.
    static func html(_ text: String) -> String {
        var out = ""
        for character in SafeText.block(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Text made inert for Markdown: every character that could start markup (a heading, a link,
    /// emphasis, raw HTML, a table) is escaped, and line breaks kept as hard breaks.
    static func md(_ text: String) -> String {
        var out = ""
        for character in SafeText.block(text) {
            switch character {
            // As entities, not backslashes: no renderer that lets HTML through reads a tag here.
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n": out += "  \n"
            default:
                if "\\`*_{}[]()#+-.!|~".contains(character) { out.append("\\") }
                out.append(character)
            }
        }
        return out
    }
}
