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
            effects = recordRungs(&state)
            if state.queriedAt.map(minute) != minute(now) {
                effects += checkWarnings(&state, env)
                if !state.requeriesInBackground {
                    requery(&state, env)
                    effects += watchLadder(&state, env)
                } else if !state.backgroundQueryAsked {
                    // At a million tickets this takes half a second: changes and keys go on meanwhile.
                    state.backgroundQueryAsked = true
                    effects += [.requeryInBackground(BackgroundQuery(filter: state.filter, now: now, login: state.actor.login,
                                                                    generation: state.queryGeneration, viewer: state.actor,
                                                                    warnAfter: state.ladderWatchedTo))]
                    if state.ladderWatchedTo == nil { state.ladderWatchedTo = now }
                }
            }
        case .requeried(let asked, let queue, let counts, let since, let warnings):
            state.backgroundQueryAsked = false
            // The rungs found are told whether or not the queue itself is taken: they are of the
            // time the query looked at, which the next one starts after.
            if asked.warnAfter != nil { state.ladderWatchedTo = max(state.ladderWatchedTo ?? asked.now, asked.now) }
            effects = warn(warnings, &state, env)
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
            if !first { effects = alertNeedingOwner(since: before, changed: nil, &state, env) } else { effects = checkWarnings(&state, env) }
        case .deskUpdated(let update):
            followRoster(&state, env)
            announceDecisions(update, &state, env)
            let before = state.counts.needsOwner
            apply(update, &state, env)
            settleOwnerAlert(&state, env)
            effects = alertNeedingOwner(since: before, changed: update.changed, &state, env)
        case .deskStatus(let status):
            state.deskStatus = status
        case .statsComputed(let request, let stats, let warnings):
            take(request, stats, warnings, &state)
        case .earlyWarnings(let warnings):
            state.earlyWarnings = warnings
        case .presence(let others):
            state.others = others
        case .committed(let commit, _, _) where commit.action.name == .escalate:
            // The warning was told when it was found; recording it says nothing more.
            break
        case .refused(let commit, _) where commit.action.name == .escalate:
            // Another console (another supervisor's) recorded it first, or the ticket moved on.
            break
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
            offerPause(after: commit.action, on: ticket, &state, env)
        case .refused(let commit, let text):
            // Nothing typed is lost: the form stays open with the reason in it.
            if commit.fromForm { state.editForm { $0.error = text } }
            state.say(text, error: true)
        case .privateNoteSaved(let problem):
            if let problem {
                state.say(state.lang.pick("Could not keep the note: \(problem)", "无法保存这条记录：\(problem)"), error: true)
            } else {
                state.say(state.lang.pick("Kept for you alone. Take the next call when you are ready.", "已保存，仅您本人可见。准备好了再接下一个电话。"))
            }
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

    /// Runs the ladder watch with a whole query made at once (a small desk, or tests): the time
    /// since the last one; the first only starts the watch.
    static func watchLadder(_ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        defer { state.ladderWatchedTo = state.now }
        guard let from = state.ladderWatchedTo else { return [] }
        return warn(LadderWatch.reached(env.desk, policy: env.policy, viewer: state.actor, after: from, upTo: state.now), &state, env)
    }

    /// Tells the user of the rungs reached (the status row; the bell for a clock run out or a
    /// supervisors' rung) and records each ticket's once. A request id made of the rung itself
    /// lets two supervisors' consoles find the same rung and record it once between them.
    static func warn(_ warnings: [ClockWarning], _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        guard !warnings.isEmpty else { return [] }
        let lang = state.lang
        let told = warnings.prefix(3).map { EscalationText.warning($0.escalation, id: $0.ticket, lang) }
        let more = warnings.count > 3 ? lang.pick(" And \(warnings.count - 3) more.", " 另有 \(warnings.count - 3) 条。") : ""
        state.say(told.joined(separator: " ") + more, error: true)
        // One per ticket: recording a ticket's earliest rung records every rung of it since.
        var seen = Set(state.rungsToRecord.map(\.ticket))
        state.rungsToRecord += warnings.filter { seen.insert($0.ticket).inserted }
        let ring = warnings.contains { $0.escalation.tell == .supervisors || $0.escalation.percent >= 100 }
        return (ring ? [.alert] : []) + recordRungs(&state)
    }

    /// Records up to a few dozen of the rungs told, each as its own request whose id is made of
    /// the rung, so two supervisors' consoles finding the same rung record it once between them.
    static func recordRungs(_ state: inout ConsoleState) -> [ConsoleEffect] {
        guard !state.rungsToRecord.isEmpty else { return [] }
        let batch = state.rungsToRecord.prefix(40)
        state.rungsToRecord.removeFirst(batch.count)
        return batch.map { warning in
            let step = warning.escalation
            let request = "w\(warning.ticket.number)-\(step.clock.storageCode)-\(step.percent)-\(Int64((step.reachedAt.timeIntervalSince1970 * 1000).rounded()))"
            var commit = Commit(ticket: warning.ticket, action: .escalate(since: step.reachedAt.addingTimeInterval(-0.001)), request: request)
            commit.sharedRequest = true
            return .commit(commit)
        }
    }

    static func minute(_ date: Date) -> Int { Int(date.timeIntervalSince1970 / 60) }
}
