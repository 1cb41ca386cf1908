import ArgumentParser
import TendCore

/// The smaller actions on one ticket: each checks one workflow action against the desk, records
/// it, and says what happened in one line. They share `run()`.
protocol TicketActionCommand: ParsableCommand {
    var desk: DeskOptions { get }
    var change: ChangeOptions { get }
    var id: String { get }
    func events(_ workflow: Workflow, _ ticket: Ticket, _ session: Session) throws -> [TicketEvent]
    func done(_ ticket: Ticket, _ session: Session) -> String
}

extension TicketActionCommand {
    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let acted = try session.change(id, change) { workflow, ticket in try events(workflow, ticket, session) }
            print(done(acted.after, session))
        }
    }
}

struct TakeCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "take", abstract: "Assign an unassigned ticket to yourself.")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String

    func events(_ workflow: Workflow, _ ticket: Ticket, _ session: Session) throws -> [TicketEvent] {
        try workflow.assign(ticket, to: session.actor.login)
    }

    func done(_ ticket: Ticket, _ session: Session) -> String {
        session.lang.pick("\(ticket.id) is yours.", "\(ticket.id) 已由您负责。")
    }
}

struct AssignCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "assign", abstract: "Assign or reassign a ticket (reassigning is for supervisors).")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Option(name: .customLong("to"), help: ArgumentHelp("The handler's login.", valueName: "login")) var login: String

    func events(_ workflow: Workflow, _ ticket: Ticket, _ session: Session) throws -> [TicketEvent] {
        try workflow.assign(ticket, to: login)
    }

    func done(_ ticket: Ticket, _ session: Session) -> String {
        session.lang.pick("\(ticket.id) assigned to \(login).", "\(ticket.id) 已分配给 \(login)。")
    }
}

struct GradeCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "grade", abstract: "Change a ticket's grade, with a reason.")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Argument(help: "general, significant, serious or critical.") var grade: String
    @Option(help: "Why the grade changes.") var reason: String = ""

    func validate() throws { let _: Grade = try parseVocabulary(grade, "grade") }

    func events(_ workflow: Workflow, _ ticket: Ticket, _ session: Session) throws -> [TicketEvent] {
        try workflow.changeGrade(ticket, to: try parseVocabulary(grade, "grade"), reason: reason)
    }

    func done(_ ticket: Ticket, _ session: Session) -> String {
        session.lang.pick("\(ticket.id) is now \(ticket.grade.english).", "\(ticket.id) 已改为\(ticket.grade.chinese)投诉。")
    }
}

struct NoteCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a note to a ticket's timeline.")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Argument(help: "The note's text.") var text: [String]

    func events(_ workflow: Workflow, _ ticket: Ticket, _ session: Session) throws -> [TicketEvent] {
        try workflow.addNote(ticket, text: text.joined(separator: " "))
    }

    func done(_ ticket: Ticket, _ session: Session) -> String {
        session.lang.pick("Note added to \(ticket.id).", "已为 \(ticket.id) 添加备注。")
    }
}

struct ApproveCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "approve", abstract: "Approve a resolution above the handler's ceiling (supervisors).")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String

    func events(_ workflow: Workflow, _ ticket: Ticket, _ session: Session) throws -> [TicketEvent] {
        try workflow.approve(ticket)
    }

    func done(_ ticket: Ticket, _ session: Session) -> String {
        session.lang.pick("Resolution on \(ticket.id) approved; it can now advance to follow-up.",
                          "\(ticket.id) 的处理方案已审批，可进入回访。")
    }
}

struct ReopenCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Reopen a closed or follow-up ticket (back to investigating).")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Option(help: "Why: what the customer is still unhappy about.") var reason: String = ""

    func events(_ workflow: Workflow, _ ticket: Ticket, _ session: Session) throws -> [TicketEvent] {
        try workflow.reopen(ticket, reason: reason)
    }

    func done(_ ticket: Ticket, _ session: Session) -> String {
        session.lang.pick("\(ticket.id) reopened: investigating.", "\(ticket.id) 已重新打开，回到调查评估。")
    }
}

struct MediateCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "mediate", abstract: "Send a dispute to third-party mediation.")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Option(help: "Why it cannot be settled directly.") var reason: String = ""

    func events(_ workflow: Workflow, _ ticket: Ticket, _ session: Session) throws -> [TicketEvent] {
        try workflow.startMediation(ticket, reason: reason)
    }

    func done(_ ticket: Ticket, _ session: Session) -> String {
        session.lang.pick("\(ticket.id) is in mediation; advance it with --outcome when it returns.",
                          "\(ticket.id) 已转第三方调解；有结果后用 --outcome 推进。")
    }
}

struct FollowUpCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "followup", abstract: "Record a failed follow-up call.")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Flag(help: "The call did not reach the customer.") var failed = false
    @Option(help: "What happened on the call.") var note: String = ""

    func validate() throws {
        guard failed else { throw ValidationError("say --failed for a call that did not reach the customer; a successful call closes the ticket with `tend advance --score`") }
    }

    func events(_ workflow: Workflow, _ ticket: Ticket, _ session: Session) throws -> [TicketEvent] {
        try workflow.recordFailedFollowUp(ticket, note: note)
    }

    func done(_ ticket: Ticket, _ session: Session) -> String {
        let limit = session.policy.followUpAttempts
        return session.lang.pick("\(ticket.id): \(ticket.failedFollowUps) failed call(s) of \(limit) before it may close unreachable.",
                                 "\(ticket.id)：已回访失败 \(ticket.failedFollowUps) 次（满 \(limit) 次可按联系不上结案）。")
    }
}

struct RelateCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "relate", abstract: "Link a ticket to a related one (same customer, same incident).")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Argument(help: "The related ticket.") var other: String

    func events(_ workflow: Workflow, _ ticket: Ticket, _ session: Session) throws -> [TicketEvent] {
        try workflow.relate(ticket, to: try session.ticket(other).id)
    }

    func done(_ ticket: Ticket, _ session: Session) -> String {
        let related = TicketID(parsing: other)?.description ?? other
        return session.lang.pick("\(ticket.id) is related to \(related).", "\(ticket.id) 已关联 \(related)。")
    }
}

struct AngerCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "anger", abstract: "Record how angry the customer is: calm, upset or angry (it changes the scripts offered).")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Argument(help: "calm, upset or angry.") var level: String

    func validate() throws { let _: Anger = try parseVocabulary(level, "anger level") }

    func events(_ workflow: Workflow, _ ticket: Ticket, _ session: Session) throws -> [TicketEvent] {
        try workflow.setAnger(ticket, to: try parseVocabulary(level, "anger level"))
    }

    func done(_ ticket: Ticket, _ session: Session) -> String {
        session.lang.pick("\(ticket.id): customer's mood is \(ticket.anger.english).", "\(ticket.id)：客户情绪为\(ticket.anger.chinese)。")
    }
}
