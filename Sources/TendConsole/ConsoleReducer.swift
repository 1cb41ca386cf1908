import Foundation
import TendCore
import TendTerminal

/// What the reducer reads besides the state: the desk and policy as they are now, and how many
/// rows the focused pane shows (for paging).
public struct ConsoleEnvironment {
    public let desk: Desk
    public let policy: Policy
    public let page: Int

    public init(desk: Desk, policy: Policy, page: Int) {
        self.desk = desk
        self.policy = policy
        self.page = page
    }
}

/// The console's update: a message in, the state changed, effects out. Pure — it reads the desk
/// and writes nothing; the run loop (`Console`) carries out the effects and sends back what came
/// of them — so every behaviour is testable without a terminal.
public enum ConsoleReducer {
    public static func update(_ message: ConsoleMessage, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        let formBefore = state.form
        let filterBefore = state.filter
        var effects: [ConsoleEffect] = []
        switch message {
        case .key(let key):
            state.message = nil
            effects = handle(key, &state, env)
        case .tick(let now):
            state.now = now
            if state.queriedAt.map(minute) != minute(now) {
                if !state.requeriesInBackground {
                    requery(&state, env)
                } else if !state.backgroundQueryAsked {
                    // At a million tickets this takes half a second: changes and keys go on meanwhile.
                    state.backgroundQueryAsked = true
                    effects = [.requeryInBackground(BackgroundQuery(filter: state.filter, now: now, login: state.actor.login,
                                                                    generation: state.queryGeneration))]
                }
            }
        case .requeried(let asked, let queue, let counts, let since):
            state.backgroundQueryAsked = false
            // Made from the desk as it was when asked; the changes since then apply on top at the
            // new instant. A whole query made meanwhile (a new filter, a desk read again) is newer
            // and already holds those changes: this one is dropped, and them with it (applied
            // twice, a new ticket would stand in the queue twice).
            guard asked.generation == state.queryGeneration, asked.filter == state.filter else { break }
            state.queriedAt = asked.now
            state.queryGeneration += 1
            state.setQueue(queue)
            state.counts = counts
            settleFollow(&state, env)
            apply(since, &state, env)
        case .deskChanged:
            followRoster(&state, env)
            let (before, first) = (state.counts.needsOwner, state.queriedAt == nil)
            requery(&state, env)
            if !first { effects = alertNeedingOwner(since: before, changed: nil, &state, env) }
        case .deskUpdated(let update):
            followRoster(&state, env)
            announceDecisions(update, &state, env)
            let before = state.counts.needsOwner
            apply(update, &state, env)
            effects = alertNeedingOwner(since: before, changed: update.changed, &state, env)
        case .deskStatus(let status):
            state.deskStatus = status
        case .presence(let others):
            state.others = others
        case .committed(let commit, let ticket, let outcome):
            // Accepted: the form it came from closes (and its draft is forgotten, below).
            if commit.fromForm, state.form != nil { state.modal = nil }
            switch commit.action {
            case .reveal: state.revealed.insert(ticket)
            case .receive:
                // A new complaint is shown at once, whatever the filter.
                state.filter = TicketFilter()
                state.follow = ticket
                state.focus = .ticket
            default: break
            }
            state.say(outcome)
        case .refused(let commit, let text):
            // Nothing typed is lost: the form stays open with the reason in it.
            if commit.fromForm { state.editForm { $0.error = text } }
            state.say(text, error: true)
        case .themeSwitched(let name, let problem):
            if let problem { state.say(problem, error: true) } else { state.say(state.lang.pick("Theme: \(name)", "配色主题：\(name)")) }
        case .trainingSaved(let result, let problem):
            if let problem {
                state.say(state.lang.pick("Could not save the practice result: \(problem)", "无法保存练习成绩：\(problem)"), error: true)
            } else {
                state.say(state.lang.pick("Practice saved: \(result.correct) of \(result.rounds) right (\(result.score)%).",
                                          "练习已保存：答对 \(result.correct)/\(result.rounds)（\(result.score)%）。"))
            }
        case .trainingReport(let summaries, let problem):
            state.modal = .report(summaries)
            if let problem { state.say(problem, error: true) }
        case .draftNotKept(let reason), .refreshFailed(let reason):
            state.say(reason, error: true)
        case .notices(let texts):
            guard !texts.isEmpty else { break }
            let text = texts.joined(separator: " ")
            state.say(state.message.map { $0 + " " + text } ?? text, error: state.messageIsError)
        }
        // A changed filter is queried at once. The run loop sends a commit's changed tickets
        // before its outcome, so the queue already holds a ticket just taken in: it is selected.
        if state.filter != filterBefore {
            requery(&state, env)
        } else if message.isCommitted {
            settleFollow(&state, env)
        }
        return effects + draftEffects(formBefore: formBefore, &state)
    }

    /// Keeps the open form on disk after every change to it; forgets it once it is submitted or
    /// thrown away.
    private static func draftEffects(formBefore: Form?, _ state: inout ConsoleState) -> [ConsoleEffect] {
        if let before = formBefore, state.form == nil {
            let key = Draft.key(before.purpose)
            return state.drafts.removeValue(forKey: key) == nil ? [] : [.forgetDraft(key: key)]
        }
        guard let form = state.form, form != formBefore, form.edited, form.purpose.keepsDraft else { return [] }
        let draft = Draft(form, at: state.now)
        guard !draft.sameContent(as: state.drafts[draft.key]) else { return [] }
        state.drafts[draft.key] = draft
        return [.saveDraft(draft)]
    }

    /// Re-runs the query: the desk was read whole, the filter or the minute changed (SLA order moves).
    static func requery(_ state: inout ConsoleState, _ env: ConsoleEnvironment) {
        state.queriedAt = state.now
        state.queryGeneration += 1
        state.setQueue(TicketQuery.run(env.desk, policy: env.policy, filter: state.filter, now: state.now))
        settleFollow(&state, env)
        state.counts = QueueCounts(desk: env.desk, policy: env.policy, login: state.actor.login, now: state.now)
    }

    static func minute(_ date: Date) -> Int { Int(date.timeIntervalSince1970 / 60) }
}
