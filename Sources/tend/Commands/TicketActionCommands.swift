import ArgumentParser
import TendCore

/// The smaller actions on one ticket: each names one `TicketAction` (the vocabulary the
/// console's keys and `:` line use too), records it, and says what happened in the same words
/// the console does. They share `run()`.
protocol TicketActionCommand: ParsableCommand {
    var desk: DeskOptions { get }
    var change: ChangeOptions { get }
    var id: String { get }
    func action(_ session: Session) throws -> TicketAction
}

extension TicketActionCommand {
    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let action = try action(session)
            print(session.outcome(action, try session.change(id, change, action)))
        }
    }
}

struct TakeCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "take", abstract: "Assign an unassigned ticket to yourself.")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String

    func action(_ session: Session) throws -> TicketAction {
        .take
    }
}

struct AssignCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "assign", abstract: "Assign or reassign a ticket (reassigning is for supervisors).")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Option(name: .customLong("to"), help: ArgumentHelp("The handler's login.", valueName: "login")) var login: String

    func action(_ session: Session) throws -> TicketAction {
        .assign(to: login)
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

    func action(_ session: Session) throws -> TicketAction {
        .grade(try parseVocabulary(grade, "grade"), reason: reason)
    }
}

struct NoteCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a note to a ticket's timeline.")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Argument(help: "The note's text.") var text: [String]

    func action(_ session: Session) throws -> TicketAction {
        .note(text.joined(separator: " "))
    }
}

struct ApproveCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "approve", abstract: "Approve a resolution above the handler's ceiling (supervisors); `tend approvals` lists them.")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Option(help: "A word for the handler, kept on the timeline.") var comment: String = ""

    func action(_ session: Session) throws -> TicketAction {
        .approve(comment: comment)
    }
}

struct RejectCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "reject", abstract: "Reject a resolution waiting for approval, saying why (supervisors); the handler proposes another.")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Option(help: "Why: the handler reads it (required).") var comment: String

    func action(_ session: Session) throws -> TicketAction {
        .reject(comment: comment)
    }
}

struct ReopenCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Reopen a closed or follow-up ticket (back to investigating).")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Option(help: "Why: what the customer is still unhappy about.") var reason: String = ""

    func action(_ session: Session) throws -> TicketAction {
        .reopen(reason: reason)
    }
}

struct MediateCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(
        commandName: "mediate", abstract: "Send a dispute to third-party mediation: who, their reference, the next date, what was sent.",
        discussion: "The clocks stand still until the outcome is recorded (tend advance ID --outcome TEXT) when the policy's [clocks] pause_for includes mediator.")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Option(help: ArgumentHelp("Who mediates: consumer_association (消费者协会), vet_board, insurer, court or other.", valueName: "party")) var party: String
    @Option(help: "The mediator's reference for the case (may be given later with tend mediation).") var reference: String = ""
    @Option(help: ArgumentHelp("The next date the mediator set: a time from now (3d) or a moment.", valueName: "time")) var next: String?
    @Option(help: "What was sent to them (photos, the vet's record).") var sent: String = ""
    @Option(help: "Why it cannot be settled directly.") var reason: String = ""

    func validate() throws { let _: MediationParty = try parseVocabulary(party, "mediator") }

    func action(_ session: Session) throws -> TicketAction {
        .mediate(MediationReferral(party: try parseVocabulary(party, "mediator"), reference: reference, reason: reason,
                                   next: try next.map { try parseMoment($0, now: session.now, what: "--next") }, sent: sent))
    }
}

struct MediationCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(
        commandName: "mediation", abstract: "Record news of a mediation under way: a reference, the next date, what was sent, a note.",
        discussion: "The mediation's outcome is recorded with tend advance ID --outcome TEXT, which takes the ticket back to resolving.")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Option(help: "The mediator's reference, given or changed.") var reference: String = ""
    @Option(help: ArgumentHelp("The next date: a time from now (3d) or a moment.", valueName: "time")) var next: String?
    @Option(help: "What was sent to them.") var sent: String = ""
    @Option(help: "What happened.") var note: String = ""

    func action(_ session: Session) throws -> TicketAction {
        .mediation(MediationUpdate(reference: reference, next: try next.map { try parseMoment($0, now: session.now, what: "--next") },
                                   sent: sent, note: note))
    }
}

struct FollowUpCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "follow-up", abstract: "Record a failed follow-up call.", aliases: ["followup"])
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Flag(help: "The call did not reach the customer.") var failed = false
    @Option(help: "What happened on the call.") var note: String = ""
    @Option(help: ArgumentHelp("When to try again: a time from now (2h) or a moment; default: the policy's retry_after.", valueName: "time")) var next: String?

    func validate() throws {
        guard failed else { throw ValidationError("say --failed for a call that did not reach the customer; a call that got through is recorded with `tend advance --score`") }
    }

    func action(_ session: Session) throws -> TicketAction {
        .followUpFailed(note: note, next: try next.map { try parseMoment($0, now: session.now, what: "--next") })
    }
}

struct KeptCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "kept", abstract: "Tick a promised remedy done (a transfer made, an apology sent).")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Argument(help: "Which promise, as `tend show` numbers them; needed only when several are open.") var number: Int?
    @Option(help: "What was done (a transfer's reference).") var note: String = ""

    func action(_ session: Session) throws -> TicketAction {
        .keep(number: number, note: note)
    }
}

struct RelateCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "relate", abstract: "Link a ticket to a related one (same customer, same incident).")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Argument(help: "The related ticket.") var other: String

    func action(_ session: Session) throws -> TicketAction {
        .relate(to: try session.ticket(other).id)
    }
}

struct AngerCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "anger", abstract: "Record how angry the customer is: calm, upset or angry (it changes the scripts offered).")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Argument(help: "calm, upset or angry.") var level: String

    func validate() throws { let _: Anger = try parseVocabulary(level, "anger level") }

    func action(_ session: Session) throws -> TicketAction {
        .anger(try parseVocabulary(level, "anger level"))
    }
}

struct PauseCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause",
        abstract: "Stop a ticket's clocks while the desk waits on someone else (the policy's [clocks] pause_for says for what).")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String
    @Option(help: "What we wait for: \(PauseReason.identifiers).") var reason: String

    func validate() throws { let _: PauseReason = try parseVocabulary(reason, "pause reason") }

    func action(_ session: Session) throws -> TicketAction {
        .pause(try parseVocabulary(reason, "pause reason"))
    }
}

struct ResumeCommand: TicketActionCommand {
    static let configuration = CommandConfiguration(commandName: "resume", abstract: "Start a paused ticket's clocks again.")
    @OptionGroup var desk: DeskOptions
    @OptionGroup var change: ChangeOptions
    @Argument(help: "The ticket.") var id: String

    func action(_ session: Session) throws -> TicketAction { .resume }
}
