import ArgumentParser
import TendCore

/// The smaller actions on one ticket. Each prints what happened in one line.

struct TakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "take", abstract: "Assign an unassigned ticket to yourself.")
    @OptionGroup var desk: DeskOptions
    @Argument(help: "The ticket.") var id: String

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let ticket = try session.change(id) { workflow, ticket in try workflow.assign(ticket, to: session.actor.login) }
            print(session.lang.pick("\(ticket.id) is yours.", "\(ticket.id) 已由您负责。"))
        }
    }
}

struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "assign", abstract: "Assign or reassign a ticket (reassigning is for supervisors).")
    @OptionGroup var desk: DeskOptions
    @Argument(help: "The ticket.") var id: String
    @Option(name: .customLong("to"), help: ArgumentHelp("The handler's login.", valueName: "login")) var login: String

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let ticket = try session.change(id) { workflow, ticket in try workflow.assign(ticket, to: login) }
            print(session.lang.pick("\(ticket.id) assigned to \(login).", "\(ticket.id) 已分配给 \(login)。"))
        }
    }
}

struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "grade", abstract: "Change a ticket's grade, with a reason.")
    @OptionGroup var desk: DeskOptions
    @Argument(help: "The ticket.") var id: String
    @Argument(help: "general, significant, serious or critical.") var grade: String
    @Option(help: "Why the grade changes.") var reason: String = ""

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let newGrade: Grade = try parseVocabulary(grade, "grade")
            let ticket = try session.change(id) { workflow, ticket in try workflow.changeGrade(ticket, to: newGrade, reason: reason) }
            print(session.lang.pick("\(ticket.id) is now \(ticket.grade.english).", "\(ticket.id) 已改为\(ticket.grade.chinese)投诉。"))
        }
    }
}

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a note to a ticket's timeline.")
    @OptionGroup var desk: DeskOptions
    @Argument(help: "The ticket.") var id: String
    @Argument(help: "The note's text.") var text: [String]

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let ticket = try session.change(id) { workflow, ticket in try workflow.addNote(ticket, text: text.joined(separator: " ")) }
            print(session.lang.pick("Note added to \(ticket.id).", "已为 \(ticket.id) 添加备注。"))
        }
    }
}

struct ApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "approve", abstract: "Approve a resolution above the handler's ceiling (supervisors).")
    @OptionGroup var desk: DeskOptions
    @Argument(help: "The ticket.") var id: String

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let ticket = try session.change(id) { workflow, ticket in try workflow.approve(ticket) }
            print(session.lang.pick("Resolution on \(ticket.id) approved; it can now advance to follow-up.",
                                    "\(ticket.id) 的处理方案已审批，可进入回访。"))
        }
    }
}

struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Reopen a closed or follow-up ticket (back to investigating).")
    @OptionGroup var desk: DeskOptions
    @Argument(help: "The ticket.") var id: String
    @Option(help: "Why: what the customer is still unhappy about.") var reason: String = ""

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let ticket = try session.change(id) { workflow, ticket in try workflow.reopen(ticket, reason: reason) }
            print(session.lang.pick("\(ticket.id) reopened: investigating.", "\(ticket.id) 已重新打开，回到调查评估。"))
        }
    }
}

struct MediateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mediate", abstract: "Send a dispute to third-party mediation.")
    @OptionGroup var desk: DeskOptions
    @Argument(help: "The ticket.") var id: String
    @Option(help: "Why it cannot be settled directly.") var reason: String = ""

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let ticket = try session.change(id) { workflow, ticket in try workflow.startMediation(ticket, reason: reason) }
            print(session.lang.pick("\(ticket.id) is in mediation; advance it with --outcome when it returns.",
                                    "\(ticket.id) 已转第三方调解；有结果后用 --outcome 推进。"))
        }
    }
}

struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "followup", abstract: "Record a failed follow-up call.")
    @OptionGroup var desk: DeskOptions
    @Argument(help: "The ticket.") var id: String
    @Flag(help: "The call did not reach the customer.") var failed = false
    @Option(help: "What happened on the call.") var note: String = ""

    func validate() throws {
        guard failed else { throw ValidationError("say --failed for a call that did not reach the customer; a successful call closes the ticket with `tend advance --score`") }
    }

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let ticket = try session.change(id) { workflow, ticket in try workflow.recordFailedFollowUp(ticket, note: note) }
            print(session.lang.pick("\(ticket.id): \(ticket.failedFollowUps) failed call(s) of \(session.policy.followUpAttempts) before it may close unreachable.",
                                    "\(ticket.id)：已回访失败 \(ticket.failedFollowUps) 次（满 \(session.policy.followUpAttempts) 次可按联系不上结案）。"))
        }
    }
}

struct RelateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "relate", abstract: "Link a ticket to a related one (same customer, same incident).")
    @OptionGroup var desk: DeskOptions
    @Argument(help: "The ticket.") var id: String
    @Argument(help: "The related ticket.") var other: String

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let related = try session.ticket(other).id
            let ticket = try session.change(id) { workflow, ticket in try workflow.relate(ticket, to: related) }
            print(session.lang.pick("\(ticket.id) is related to \(related).", "\(ticket.id) 已关联 \(related)。"))
        }
    }
}
