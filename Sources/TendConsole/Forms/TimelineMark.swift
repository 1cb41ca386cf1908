import TendCore

/// How far a ticket's timeline had got when a form on it was opened (or when what changed since
/// was last shown): a form submitted after someone else changed the ticket says what changed,
/// instead of going ahead as if nothing had.
public struct TimelineMark: Sendable, Equatable {
    public let count: Int
    public let last: TimelineEntry?

    public init(_ ticket: Ticket) {
        count = ticket.timeline.count
        last = ticket.timeline.last
    }

    /// The entries the ticket gained since the mark, oldest first; empty when none. A timeline
    /// that does not continue the marked one (the desk was replaced meanwhile) shows its last entry.
    public func entriesSince(in ticket: Ticket) -> ArraySlice<TimelineEntry> {
        let timeline = ticket.timeline
        if count > 0, timeline.count >= count, timeline[count - 1] == last { return timeline[count...] }
        return timeline.suffix(1)
    }

    /// What changed, in the timeline's own words, for the form's message line: who, when and
    /// what, newest last (the last few), and how to go on.
    static func message(_ entries: ArraySlice<TimelineEntry>, on id: TicketID, petDied: Bool = false, lang: Language) -> String {
        let shown = entries.suffix(3).map { entry in
            "\(TimeText.local(entry.at)) \(entry.actor)" + lang.pick(": ", "：") + TimelineText.sentence(entry.event, lang, petDied: petDied)
        }
        let earlier = entries.count - shown.count
        let more = earlier > 0 ? lang.pick(" (and \(earlier) earlier)", "（另有更早的 \(earlier) 条）") : ""
        return lang.pick("\(id) changed since this form was opened\(more): ", "打开此表单后，\(id) 有了新的变化\(more)：")
            + shown.joined(separator: lang.pick("; ", "；"))
            + lang.pick(". Press Ctrl-S again to submit anyway, or Esc to leave the form.", "。仍要提交请再按 Ctrl-S，按 Esc 离开表单。")
    }
}
