import Foundation
import TOMLKit

/// Reads the policy's clock settings: the zone, routing, the duty rota, the escalation ladder,
/// pause reasons and branches' hours. Every value is checked; a mistake names its line.
struct PolicyClocksReader {
    let root: TOMLSection

    func read(into policy: inout Policy) throws {
        if let name = try root.string("timezone", else: "timezone must be a zone name such as \"Asia/Shanghai\"") {
            guard let zone = TimeZone(identifier: name) else {
                throw root.fail("timezone", "timezone \"\(name)\" is not a zone this machine knows; use a name such as \"Asia/Shanghai\"")
            }
            policy.zone = zone
            policy.zoneIsNamed = true
        }
        let supervisors = Set(policy.staff.filter { $0.role == .supervisor }.map(\.login))
        if let routing = try root.section("routing", else: "routing must be a table") {
            try routing.onlyKeys(["serious", "critical"]) { "unknown setting \"\($0)\"; expected one of: serious, critical" }
            for grade in [Grade.serious, .critical] {
                let rule = "\(grade.rawValue) must be a list of supervisors' logins or \"on_duty\", such as [\"on_duty\"]"
                guard let list = try routing.array(grade.rawValue, else: rule) else { continue }
                var targets: [RouteTarget] = []
                for item in list {
                    guard let text = item.string else { throw routing.fail(grade.rawValue, rule) }
                    if text == "on_duty" { targets.append(.onDuty); continue }
                    guard supervisors.contains(text) else {
                        throw routing.fail(grade.rawValue, "\"\(text)\" is not a supervisor on the roster; \(rule)")
                    }
                    targets.append(.login(text))
                }
                guard !targets.isEmpty else { throw routing.fail(grade.rawValue, "\(grade.rawValue) must name someone: \(rule)") }
                policy.routing[grade] = targets
            }
        }
        policy.duty = try entries("duty").map { entry in
            try entry.onlyKeys(["login", "hours"]) { "unknown setting \"\($0)\"; expected one of: login, hours" }
            guard let login = try entry.string("login", else: "login must be text"), supervisors.contains(login) else {
                throw entry.fail("login", "each [[duty]] needs the login of a supervisor on the roster")
            }
            return DutyShift(login: login, hours: try hours(entry))
        }
        let ladder = try entries("escalation").map { entry in
            try entry.onlyKeys(["at", "tell"]) { "unknown setting \"\($0)\"; expected one of: at, tell" }
            let atRule = "at must be a share of the clock in percent, from 1 to 200, such as 80"
            guard let percent = try entry.int("at", else: atRule), (1...200).contains(percent) else { throw entry.fail("at", atRule) }
            let tellRule = "tell must be one of \(EscalationAudience.identifiers)"
            guard let text = try entry.string("tell", else: tellRule), let tell = EscalationAudience(rawValue: text) else {
                throw entry.fail("tell", tellRule)
            }
            return EscalationStep(percent: percent, tell: tell)
        }
        if root["escalation"] != nil {
            guard Set(ladder.map(\.percent)).count == ladder.count else {
                throw root.fail("escalation", "two [[escalation]] steps are at the same share of the clock")
            }
            policy.escalation = ladder.sorted { $0.percent < $1.percent }
        }
        if let clocks = try root.section("clocks", else: "clocks must be a table") {
            try clocks.onlyKeys(["pause_for"]) { "unknown setting \"\($0)\"; expected: pause_for" }
            let rule = "pause_for must be a list of \(PauseReason.identifiers) (empty: clocks never pause)"
            if let list = try clocks.array("pause_for", else: rule) {
                policy.pauseReasons = try list.map { item in
                    guard let text = item.string, let reason = PauseReason(rawValue: text) else { throw clocks.fail("pause_for", rule) }
                    return reason
                }
            }
        }
        policy.branches = try entries("branch").map { entry in
            try entry.onlyKeys(["name", "hours", "holidays", "open_time_only"]) {
                "unknown setting \"\($0)\"; expected one of: name, hours, holidays, open_time_only"
            }
            guard let name = try entry.string("name", else: "name must be text"), !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw entry.fail("name", "each [[branch]] needs a name, as tickets give it")
            }
            var holidays = Set<Int>()
            let rule = "holidays must be a list of days (\"2027-02-06\") or runs of days (\"2027-02-06..2027-02-12\")"
            for item in try entry.array("holidays", else: rule) ?? TOMLArray() {
                guard let text = item.string, let days = HolidayText.days(text) else { throw entry.fail("holidays", rule) }
                holidays.formUnion(days)
            }
            let openOnly = try entry.bool("open_time_only", else: "open_time_only must be true or false") ?? true
            return BranchHours(name: name, hours: try hours(entry), holidays: holidays, openTimeOnly: openOnly)
        }
        let names = policy.branches.map(\.name)
        if let twice = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
            throw root.fail("branch", "branch \"\(twice)\" is listed twice")
        }
    }

    private func entries(_ key: String) throws -> [TOMLSection] {
        guard let raw = root[key] else { return [] }
        guard let list = raw.array else { throw root.fail(key, "\(key) must be written [[\(key)]]") }
        return try (0..<list.count).map { try root.entry(key, $0, list[$0], else: "each [[\(key)]] entry must be a table") }
    }

    private func hours(_ entry: TOMLSection) throws -> WeeklyHours {
        let rule = "hours must be weekly hours such as \"mon-fri 09:00-18:00; sat 10:00-16:00\", or \"always\""
        guard let text = try entry.string("hours", else: rule), let hours = WeeklyHours.parse(text) else { throw entry.fail("hours", rule) }
        guard hours.days.contains(where: { !$0.isEmpty }) else { throw entry.fail("hours", "hours must be open at some time of the week") }
        return hours
    }
}

/// Holidays as written in the policy: a day, or a run of days "first..last" (at most a year).
enum HolidayText {
    static func days(_ text: String) -> [Int]? {
        let ends = text.components(separatedBy: "..").map { DayNumber.parse($0.trimmingCharacters(in: .whitespaces)) }
        guard let first = ends.first ?? nil else { return nil }
        guard ends.count == 2 else { return ends.count == 1 ? [first] : nil }
        guard let last = ends[1], last >= first, last - first < 366 else { return nil }
        return Array(first...last)
    }

    /// The days back as runs, for writing the policy out.
    static func runs(_ days: Set<Int>) -> [String] {
        var out: [String] = []
        var sorted = days.sorted()[...]
        while let first = sorted.first {
            var last = first
            sorted = sorted.dropFirst()
            while sorted.first == last + 1 { last += 1; sorted = sorted.dropFirst() }
            out.append(first == last ? DayNumber.text(first) : "\(DayNumber.text(first))..\(DayNumber.text(last))")
        }
        return out
    }
}
