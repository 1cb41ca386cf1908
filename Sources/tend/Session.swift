import Foundation
import TendCore
import TendTerminal
import TendPostgres

/// Freeing a large desk ticket by ticket takes longer than most commands; a command's process
/// ends right after, and the system takes its memory back at once. So the desk is never freed.
nonisolated(unsafe) private var keptUntilExit: [Store] = []

/// An open desk with the person acting on it, their language and the current instant.
struct Session {
    let store: Store
    let actor: StaffMember
    let lang: Language
    let now: Date

    static func open(_ options: DeskOptions) throws -> Session {
        TerminalLocale.setUp()
        let store = try options.openStore()
        keptUntilExit.append(store)
        let actor = try options.actor(on: store)
        let session = Session(store: store, actor: actor, lang: options.language, now: Date().roundedToStore)
        session.reportNotices()
        return session
    }

    /// Tells the user, on standard error, what the store noticed (a torn record left out, a
    /// compaction to retry); the command's own result is unaffected.
    func reportNotices() {
        for notice in store.takeNotices() { Output.warn(notice.message(lang)) }
    }

    var policy: Policy { store.policy }

    func ticket(_ text: String) throws -> Ticket {
        guard let id = TicketID(parsing: text), let ticket = store.desk.ticket(id) else {
            throw StoreError.noSuchTicket(text)
        }
        return ticket
    }

    /// Checks an action against the desk as it is on disk now and records its events durably
    /// under this request id (a retry of a recorded one reports the first outcome).
    @discardableResult
    func change(_ idText: String, _ options: ChangeOptions?, _ action: TicketAction) throws -> Acted {
        guard let id = TicketID(parsing: idText) else { throw StoreError.noSuchTicket(idText) }
        defer { reportNotices() }
        // A command without ChangeOptions (show --reveal) makes a request of its own: a
        // ChangeOptions made here instead of parsed would trap when its option is read.
        let request = options?.request ?? RequestID.make()
        return try tellingHowToRetry(request) {
            try store.act(on: id, as: actor, at: now, request: request, fingerprint: options?.fingerprint,
                          fresh: options?.requestID == nil) { workflow, ticket in try action.events(workflow, ticket) }
        }
    }

    /// When a change's outcome is unknown (the connection to a team's desk was lost during its
    /// COMMIT), says how to find out without doing it twice: the same command with its request id.
    func tellingHowToRetry<T>(_ request: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error where Session.outcomeUnknown(error) {
            Output.warn(lang.pick("Run the same command again with --request-id \(request) once the database is back: if the change was recorded, it is not made twice.",
                                  "数据库恢复后，请加上 --request-id \(request) 再运行同一条命令：若这项更改已经记录，不会重复执行。"))
            throw error
        }
    }

    static func outcomeUnknown(_ error: Error) -> Bool {
        if case TeamDeskError.outcomeUnknown = error { return true }
        if case DatabaseError.lost(duringCommit: true) = error { return true }
        return false
    }

    /// What was done, in the words every front end uses for it.
    func outcome(_ action: TicketAction, _ acted: Acted) -> String {
        action.outcome(before: acted.before, after: acted.after, policy: policy, lang: lang, terms: CommandLineTerms())
    }
}
