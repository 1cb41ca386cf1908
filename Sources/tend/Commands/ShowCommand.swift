import ArgumentParser
import Foundation
import TendCore
import TendTerminal

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one ticket with its whole timeline.")

    @OptionGroup var desk: DeskOptions

    @Argument(help: "The ticket, e.g. T-1042.")
    var id: String

    @Flag(help: "Show the customer's full contact (assignee or supervisor only; logged in the timeline).")
    var reveal = false

    @Flag(help: "JSON output, with the timeline.")
    var json = false

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            var ticket = try session.ticket(id)
            if reveal {
                ticket = try session.change(id, nil, .reveal).after
            }
            var record = TicketRecord(policy: session.policy, now: session.now)
            record.revealContact = reveal
            if json {
                print(record.json(ticket, timeline: true).rendered(pretty: true))
            } else {
                print(TicketText.render(ticket, session: session, revealContact: reveal), terminator: "")
            }
        }
    }
}

/// A ticket for reading in a terminal: fields, clocks, resolution, satisfaction and timeline.
enum TicketText {
    static func render(_ ticket: Ticket, session: Session, revealContact: Bool) -> String {
        let lang = session.lang
        var lines: [(String, String)] = []
        func add(_ en: String, _ zh: String, _ value: String?) {
            if let value, !value.isEmpty { lines.append((lang.pick(en, zh), SafeText.line(value))) }
        }
        let customer = ticket.customer
        if ticket.intake.isPriority {
            lines.append(("★", lang.pick("PRIORITY CUSTOMER — serve first", "特殊群体客户 — 优先处理")
                + (customer.specialNeedsNote.isEmpty ? "" : ": " + SafeText.line(customer.specialNeedsNote))))
        }
        add("Stage", "阶段", ticket.stage.name(lang))
        add("Grade", "等级", ticket.grade.name(lang))
        add("Cause", "成因", ticket.cause?.name(lang))
        add("Customer", "客户", customer.name)
        add("Contact", "联系方式", revealContact ? customer.contact : Masking.contact(customer.contact))
        add("Pet", "宠物", [ticket.pet.name, ticket.pet.species, ticket.pet.breed].filter { !$0.isEmpty }.joined(separator: " · "))
        add("Service", "服务", ticket.intake.service.name(lang) + (ticket.intake.branch.isEmpty ? "" : " @ \(ticket.intake.branch)"))
        add("Channel", "渠道", ticket.intake.channel.name(lang))
        add("Assignee", "负责人", ticket.assignee ?? lang.pick("(unassigned)", "（未分配）"))
        add("Received", "受理时间", TimeText.local(ticket.receivedAt))
        add("Happened", "发生时间", ticket.intake.occurredAt.map(TimeText.local))
        add("Promised", "承诺答复", ticket.eta.map(TimeText.local))
        if let sla = session.policy.sla(for: ticket, at: session.now) {
            let clock = switch sla.clock {
            case .answer: lang.pick("answer", "首次答复")
            case .resolve: lang.pick("resolve", "处理完成")
            case .followUp: lang.pick("follow-up", "回访")
            }
            add("SLA", "时限", "\(clock) \(lang.pick("due", "截止")) \(TimeText.local(sla.due)) — \(sla.state.name(lang)), \(QueueTable.slaCell(sla))")
        }
        add("Findings", "调查结论", ticket.findings)
        if let resolution = ticket.resolution {
            var text = resolution.kind.name(lang)
            if let amount = resolution.amount { text += " \(amount.formatted)" }
            text += lang.pick(": ", "：") + resolution.details
            switch resolution.approval {
            case .notNeeded: break
            case .pending: text += lang.pick(" [awaiting approval]", " [待审批]")
            case .approved(let by, _): text += lang.pick(" [approved by \(by)]", " [\(by) 已审批]")
            }
            add("Resolution", "处理方案", text)
        }
        if !ticket.grants.isEmpty {
            let total = Money(minorUnits: ticket.grantedTotal, currency: session.policy.currency).formatted
            add("Granted", "已给予", lang.pick("\(total) in all: ", "共 \(total)：")
                + ticket.grants.map { grantText($0, lang) }.joined(separator: lang.pick("; ", "；")))
        }
        if let satisfaction = ticket.satisfaction {
            add("Satisfaction", "满意度", "\(satisfaction.score)/5" + (satisfaction.comment.isEmpty ? "" : " — \(satisfaction.comment)"))
        }
        if ticket.failedFollowUps > 0 { add("Failed calls", "回访失败", "\(ticket.failedFollowUps)") }
        if !ticket.related.isEmpty { add("Related", "关联工单", ticket.related.map(\.description).joined(separator: ", ")) }
        let labelWidth = lines.map { DisplayWidth.of($0.0) }.max() ?? 0
        var out = "\(ticket.id)  \(SafeText.line(customer.name)) · \(SafeText.line(ticket.pet.name))\n"
        for (label, value) in lines { out += "  \(DisplayWidth.fit(label, to: labelWidth))  \(value)\n" }
        out += "\n  \(lang.pick("What happened:", "投诉内容："))\n"
        for line in SafeText.block(ticket.intake.description).split(separator: "\n", omittingEmptySubsequences: false) {
            out += "    \(line)\n"
        }
        out += "\n  \(lang.pick("Timeline:", "处理记录："))\n"
        for entry in ticket.timeline {
            out += "    \(TimeText.local(entry.at))  \(DisplayWidth.fit(SafeText.line(entry.actor), to: 12))  \(SafeText.line(TimelineText.sentence(entry.event, lang)))\n"
        }
        return out
    }

    /// "voucher ¥150.00 (li.hua, 2026-11-20 17:00, approved by zhao.min)".
    static func grantText(_ grant: Resolution, _ lang: Language) -> String {
        var who = [grant.proposedBy, TimeText.local(grant.proposedAt)]
        if case .approved(let by, _) = grant.approval { who.append(lang.pick("approved by \(by)", "\(by) 已审批")) }
        return grant.kind.name(lang) + (grant.amount.map { " " + $0.formatted } ?? "") + lang.pick(" (", "（")
            + who.joined(separator: lang.pick(", ", "，")) + lang.pick(")", "）")
    }
}
