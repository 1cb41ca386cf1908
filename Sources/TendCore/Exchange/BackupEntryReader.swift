import Foundation

/// The event kinds a backup's timeline holds, as `TimelineText.kind` writes them.
enum BackupEventKinds {
    static let chinese: [String: String] = [
        "received": "受理", "acknowledged": "回应客户", "assigned": "分配", "investigation_started": "开始调查",
        "assessed": "评估", "resolution_proposed": "提出处理方案", "resolution_approved": "方案审批",
        "follow_up_started": "进入回访", "follow_up_failed": "回访未联系上", "closed": "结案", "reopened": "重新打开",
        "mediation_started": "转第三方调解", "mediation_ended": "调解结束", "grade_changed": "调整等级",
        "note_added": "备注", "contact_revealed": "查看联系方式", "related": "关联工单", "anger_set": "客户情绪",
        "script_said": "使用话术", "checklist_waived": "未完成必说事项",
    ]

    static let identifiers = chinese.keys.sorted().joined(separator: ", ")
}

/// Reads one timeline entry of a backup (`TicketRecord.entryJSON`) back into the entry it was:
/// instant, actor, request id and the event with all its data. `text` is for people and is not read.
enum BackupEntryReader {
    static func entry(_ value: Any) throws(BackupReason) -> TimelineEntry {
        var fields = try BackupFields(value)
        let at = try fields.instant("at")
        let actor = try fields.filledText("actor")
        let kind = try fields.text("event")
        guard fields.has("data") else { throw .noEventData }
        var data = try fields.fields("data")
        let request = try fields.optionalText("request")
        if request?.isEmpty == true { throw .emptyRequestID }
        _ = try fields.optionalText("text")
        try fields.finish()
        let event = try self.event(kind, &data)
        try data.finish()
        return TimelineEntry(at: at, actor: actor, event: event, request: request)
    }

    private static func event(_ kind: String, _ data: inout BackupFields) throws(BackupReason) -> TicketEvent {
        switch kind {
        case "received": return .received(try intake(&data))
        case "acknowledged": return .acknowledged(eta: try data.instant("eta"))
        case "assigned": return .assigned(to: try data.filledText("assignee"))
        case "investigation_started": return .investigationStarted
        case "assessed":
            return .assessed(grade: try data.word("grade", Grade.self), cause: try data.word("cause", Cause.self),
                             findings: try data.text("findings"))
        case "resolution_proposed":
            return .resolutionProposed(kind: try data.word("kind", ResolutionKind.self), amount: try amount(&data),
                                       details: try data.text("details"), needsApproval: try data.flag("needs_approval"))
        case "resolution_approved": return .resolutionApproved
        case "follow_up_started": return .followUpStarted
        case "follow_up_failed": return .followUpFailed(note: try data.text("note"))
        case "closed":
            let score = try data.optionalNumber("score")
            if let score, !(1...5).contains(score) { throw .scoreOutOfRange(score) }
            return .closed(score: score.map(Int.init), comment: try data.text("comment"))
        case "reopened": return .reopened(reason: try data.text("reason"))
        case "mediation_started": return .mediationStarted(reason: try data.text("reason"))
        case "mediation_ended": return .mediationEnded(outcome: try data.text("outcome"))
        case "grade_changed":
            return .gradeChanged(from: try data.word("from", Grade.self), to: try data.word("to", Grade.self),
                                 reason: try data.text("reason"))
        case "note_added": return .noteAdded(text: try data.text("text"))
        case "contact_revealed": return .contactRevealed
        case "related":
            let text = try data.text("related")
            guard let other = TicketID(parsing: text), other.description == text else { throw .badTicketID(text) }
            return .related(to: other)
        case "anger_set": return .angerSet(try data.word("anger", Anger.self))
        case "script_said":
            return .scriptSaid(id: try data.text("script"), covers: try data.words("covers", ChecklistItem.self))
        case "checklist_waived":
            return .checklistWaived(stage: try data.word("stage", Stage.self), items: try data.words("items", ChecklistItem.self))
        default:
            throw .unknownEvent(kind)
        }
    }

    private static func intake(_ data: inout BackupFields) throws(BackupReason) -> Intake {
        var customer = try data.fields("customer")
        var pet = try data.fields("pet")
        let intake = Intake(
            customer: Customer(name: try customer.filledText("name"), contact: try customer.filledText("contact"),
                               specialNeeds: try customer.flag("special_needs"),
                               specialNeedsNote: try customer.text("special_needs_note")),
            pet: Pet(name: try pet.text("name"), species: try pet.text("species"), breed: try pet.text("breed")),
            service: try data.word("service", ServiceLine.self), branch: try data.text("branch"),
            channel: try data.word("channel", Channel.self), description: try data.filledText("description"),
            occurredAt: try data.optionalInstant("occurred_at"), grade: try data.word("grade", Grade.self),
            cause: try data.optionalWord("cause", Cause.self))
        try customer.finish()
        try pet.finish()
        return intake
    }

    /// An amount as records write one: minor units and currency, with the decimal beside them.
    private static func amount(_ data: inout BackupFields) throws(BackupReason) -> Money? {
        let decimal = try data.optionalText("amount")
        let currency = try data.optionalText("currency")
        guard let minor = try data.optionalNumber("amount_minor") else {
            if decimal != nil { throw .missing(field: "data.amount_minor") }
            if currency != nil { throw .missing(field: "data.amount_minor") }
            return nil
        }
        guard (0...Money.largestMinorUnits).contains(minor) else { throw .amountOutOfRange(minor) }
        guard let currency, !currency.isEmpty else { throw .missing(field: "data.currency") }
        let money = Money(minorUnits: minor, currency: currency)
        if let decimal, decimal != money.decimal { throw .amountDisagrees(decimal: decimal, minor: minor) }
        return money
    }
}
