import Foundation
import TendCore
import TendTerminal

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
        let options = options ?? ChangeOptions()
        return try store.act(on: id, as: actor, at: now, request: options.request, fingerprint: options.fingerprint,
                             fresh: options.requestID == nil) { workflow, ticket in try action.events(workflow, ticket) }
    }

    /// What was done, in the words every front end uses for it.
    func outcome(_ action: TicketAction, _ acted: Acted) -> String {
        action.outcome(before: acted.before, after: acted.after, policy: policy, lang: lang, terms: CommandLineTerms())
    }
}
