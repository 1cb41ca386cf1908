import Foundation
import TOMLKit

/// Reads and writes `policy.toml`. A file with any error is rejected whole, naming file:line.
public enum PolicyFile {
    public static let name = "policy.toml"

    public static func load(path: String) throws -> Policy {
        // Never through a symbolic link: the desk's files are its own.
        try PolicyReader(try TOMLDocument.load(path: path, what: "policy file", followingLinks: false)).read()
    }

    public static func parse(_ source: String, path: String) throws -> Policy {
        try PolicyReader(try TOMLDocument(source: source, path: path)).read()
    }

    /// The file as we write it: every setting spelled out, with comments saying what they mean.
    public static func render(_ policy: Policy) -> String {
        var out = """
        # Tend desk policy. Edit with care: a file with an error is rejected whole (file:line is shown).
        # Durations: 30m, 4h, 2d, 1h30m. Money: decimal amounts in the desk currency, e.g. "200.00".

        # A demo desk lets `--as LOGIN` act as anyone on the roster. Keep false for a real desk.
        demo = \(policy.demo)
        currency = "\(policy.currency)"
        # Failed follow-up calls after which a ticket may be closed without a satisfaction score.
        follow_up_attempts = \(policy.followUpAttempts)
        # The zone the desk keeps its hours in (opening hours, duty, holidays). Left out: this machine's.
        \(policy.zoneIsNamed ? "timezone = \(quoted(policy.zone.identifier))" : "# timezone = \"Asia/Shanghai\"")

        # Service levels per grade: answer and resolve run from receipt; follow_up from the start of
        # the follow-up stage; due_soon is how much time left makes a ticket "due soon".

        """
        for grade in Grade.allCases {
            let terms = policy.terms(for: grade)
            out += """
            [sla.\(grade.rawValue)]
            answer = "\(DurationText.format(terms.answer))"
            resolve = "\(DurationText.format(terms.resolve))"
            follow_up = "\(DurationText.format(terms.followUp))"
            due_soon = "\(DurationText.format(terms.dueSoon))"


            """
        }
        out += "# What each role may grant without a supervisor's approval.\n[ceilings]\n"
        for role in Role.allCases {
            let amount = Money(minorUnits: policy.roleCeilings[role] ?? 0, currency: policy.currency)
            out += "\(role.rawValue) = \"\(amount.decimal)\"\n"
        }
        out += "\n# Who decides a resolution above every supervisor's ceiling: a supervisor on the roster (an\n"
        out += "# owner or a regional manager). Left out, the supervisor with the highest ceiling.\n"
        if let login = policy.topApproverLogin {
            out += "[approvals]\ntop_approver = \(quoted(login))\n"
        } else {
            out += "# [approvals]\n# top_approver = \"login\"\n"
        }
        out += renderClocks(policy)
        out += PolicyFollowUpReader.render(policy)
        out += PolicyStatsReader.render(policy)
        out += "\n# The roster: operating-system login, display name, role (handler, supervisor, trainee),\n"
        out += "# and optionally a personal ceiling that replaces the role's.\n"
        for member in policy.staff {
            out += "\n[[staff]]\nlogin = \(quoted(member.login))\nname = \(quoted(member.name))\nrole = \"\(member.role.rawValue)\"\n"
            if let ceiling = member.ceiling {
                out += "ceiling = \"\(Money(minorUnits: ceiling, currency: policy.currency).decimal)\"\n"
            }
        }
        return out
    }

    /// Routing, duty, the escalation ladder, pauses, the desk's zone and the branches' hours.
    private static func renderClocks(_ policy: Policy) -> String {
        func list(_ items: [String]) -> String { "[" + items.map(quoted).joined(separator: ", ") + "]" }
        var out = "\n# Who a new serious or critical ticket is sent to at once: supervisors' logins, or \"on_duty\" for\n"
        out += "# whoever the [[duty]] rota has on at that moment (every supervisor when nobody is).\n[routing]\n"
        for grade in [Grade.serious, .critical] {
            out += "\(grade.rawValue) = \(list((policy.routing[grade] ?? []).map(\.text)))\n"
        }
        out += "\n# Supervisors on duty, by login and weekly hours (\"mon-fri 09:00-18:00; sat 10:00-16:00\", or \"always\").\n"
        if policy.duty.isEmpty { out += "# [[duty]]\n# login = \"li.hua\"\n# hours = \"mon-fri 09:00-18:00\"\n" }
        for shift in policy.duty {
            out += "[[duty]]\nlogin = \(quoted(shift.login))\nhours = \(quoted(shift.hours.text))\n\n"
        }
        out += "\n# The escalation ladder: at what share of a running clock to warn whom (assignee or supervisors).\n"
        for step in policy.escalation {
            out += "[[escalation]]\nat = \(step.percent)\ntell = \"\(step.tell.rawValue)\"\n\n"
        }
        out += "# What a clock may be paused for (\(PauseReason.identifiers)); an empty list: never.\n"
        out += "[clocks]\npause_for = \(list(policy.pauseReasons.map(\.rawValue)))\n"
        out += "\n# Branches with opening hours: a ticket's clocks count open time only where open_time_only is\n"
        out += "# true (a shop); a branch not listed, or \"always\" open, counts every minute (a 24-hour line).\n"
        out += "# Holidays are days (\"2027-02-06\") or runs of days (\"2027-02-06..2027-02-12\").\n"
        if policy.branches.isEmpty {
            out += "# [[branch]]\n# name = \"Xuhui\"\n# hours = \"mon-sun 09:00-21:00\"\n# holidays = [\"2027-02-06..2027-02-12\"]\n# open_time_only = true\n"
        }
        for branch in policy.branches {
            out += "[[branch]]\nname = \(quoted(branch.name))\nhours = \(quoted(branch.hours.text))\n"
            out += "holidays = \(list(HolidayText.runs(branch.holidays)))\nopen_time_only = \(branch.openTimeOnly)\n\n"
        }
        return out
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Turns the parsed TOML tree into a `Policy`, checking every value.
private struct PolicyReader {
    let document: TOMLDocument
    var root: TOMLSection { document.root }

    init(_ document: TOMLDocument) { self.document = document }

    func read() throws -> Policy {
        try onlyKnownKeys(root, allowed: ["demo", "currency", "follow_up_attempts", "sla", "ceilings", "approvals", "staff",
                                          "timezone", "routing", "duty", "escalation", "clocks", "branch", "follow_up",
                                          "statistics", "warnings"])
        var policy = Policy.starting(with: StaffMember(login: "", name: "", role: .supervisor))
        policy.staff = []
        if let flag = try root.bool("demo", else: "demo must be true or false") {
            policy.demo = flag
        }
        let currencyRule = "currency must be a three-letter ISO code such as \"CNY\""
        if let code = try root.string("currency", else: currencyRule) {
            guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else { throw root.fail("currency", currencyRule) }
            policy.currency = code
        }
        let attemptsRule = "follow_up_attempts must be a whole number from 1 to 20"
        if let count = try root.int("follow_up_attempts", else: attemptsRule) {
            guard (1...20).contains(count) else { throw root.fail("follow_up_attempts", attemptsRule) }
            policy.followUpAttempts = count
        }
        if let sla = try root.section("sla", else: "sla must be a table of grades") {
            try readSLA(sla, into: &policy)
        }
        if let ceilings = try root.section("ceilings", else: "ceilings must be a table of roles") {
            try onlyKnownKeys(ceilings, allowed: Role.allCases.map(\.rawValue))
            for role in Role.allCases {
                if let amount = ceilings[role.rawValue] {
                    policy.roleCeilings[role] = try money(amount, in: ceilings, key: role.rawValue, currency: policy.currency)
                }
            }
        }
        guard let staff = root["staff"]?.array else {
            throw root.fail(nil, "the policy has no [[staff]] roster: add at least one supervisor")
        }
        for index in 0..<staff.count {
            let entry = try root.entry("staff", index, staff[index], else: "each [[staff]] entry must be a table")
            policy.staff.append(try readMember(entry, policy: policy))
        }
        guard policy.staff.contains(where: { $0.role == .supervisor }) else {
            throw document.fail("staff#0", nil, "the roster has no supervisor: at least one [[staff]] needs role = \"supervisor\"")
        }
        try PolicyClocksReader(root: root).read(into: &policy)
        try PolicyFollowUpReader(root: root).read(into: &policy)
        try PolicyStatsReader(root: root).read(into: &policy)
        if let approvals = try root.section("approvals", else: "approvals must be a table") {
            try onlyKnownKeys(approvals, allowed: ["top_approver"])
            let rule = "top_approver must be the login of a supervisor on the roster"
            if let login = try approvals.string("top_approver", else: rule) {
                guard policy.member(login)?.role == .supervisor else { throw approvals.fail("top_approver", rule) }
                policy.topApproverLogin = login
            }
        }
        return policy
    }

    func readSLA(_ sla: TOMLSection, into policy: inout Policy) throws {
        try onlyKnownKeys(sla, allowed: Grade.allCases.map(\.rawValue))
        for grade in Grade.allCases {
            let table = "sla.\(grade.rawValue)"
            guard let terms = try sla.section(grade.rawValue, else: "\(table) must be a table") else { continue }
            try onlyKnownKeys(terms, allowed: ["answer", "resolve", "follow_up", "due_soon"])
            var result = policy.terms(for: grade)
            for (key, path) in [("answer", \SLATerms.answer), ("resolve", \.resolve),
                                ("follow_up", \.followUp), ("due_soon", \.dueSoon)] {
                let rule = "\(key) must be a duration such as \"4h\" or \"30m\""
                guard let text = try terms.string(key, else: rule) else { continue }
                let seconds: TimeInterval
                do {
                    seconds = try DurationText.read(text, field: key)
                } catch .durationTooLong {
                    throw terms.fail(key, "\(key) is longer than the longest duration, \(DurationText.format(DurationText.longest))")
                } catch {
                    throw terms.fail(key, rule)
                }
                guard seconds > 0 else { throw terms.fail(key, rule) }
                result[keyPath: path] = seconds
            }
            guard result.answer <= result.resolve else {
                throw terms.fail("answer", "answer (\(DurationText.format(result.answer))) must not be longer than resolve (\(DurationText.format(result.resolve)))")
            }
            policy.sla[grade] = result
        }
    }

    func readMember(_ entry: TOMLSection, policy: Policy) throws -> StaffMember {
        try onlyKnownKeys(entry, allowed: ["login", "name", "role", "ceiling"])
        guard let login = entry["login"]?.string, !login.isEmpty, !login.contains(where: \.isWhitespace) else {
            throw entry.fail("login", "each [[staff]] needs a login: the operating-system user name, without spaces")
        }
        if policy.staff.contains(where: { $0.login == login }) {
            throw entry.fail("login", "login \"\(login)\" is on the roster twice")
        }
        guard let roleText = entry["role"]?.string, let role = Role.parse(roleText) else {
            throw entry.fail("role", "role must be one of \(Role.identifiers)")
        }
        let name = entry["name"]?.string ?? login
        var ceiling: Int64?
        if let raw = entry["ceiling"] {
            ceiling = try money(raw, in: entry, key: "ceiling", currency: policy.currency)
        }
        return StaffMember(login: login, name: name, role: role, ceiling: ceiling)
    }

    func money(_ value: TOMLValueConvertible, in table: TOMLSection, key: String, currency: String) throws -> Int64 {
        let largest = Money.largest(currency: currency).decimal
        if let whole = value.int, whole >= 0 {
            guard whole <= Money.largestMinorUnits / 100 else { throw table.fail(key, "\(key) must be at most \(largest)") }
            return Int64(whole) * 100
        }
        guard let text = value.string else { throw table.fail(key, "\(key) must be an amount such as \"200.00\"") }
        do {
            return try Money.read(text, currency: currency, field: key).minorUnits
        } catch .amountTooLarge {
            throw table.fail(key, "\(key) must be at most \(largest)")
        } catch {
            throw table.fail(key, "\(key) must be an amount such as \"200.00\"")
        }
    }

    func onlyKnownKeys(_ table: TOMLSection, allowed: [String]) throws {
        try table.onlyKeys(allowed) { "unknown setting \"\($0)\"; expected one of: \(allowed.joined(separator: ", "))" }
    }
}
