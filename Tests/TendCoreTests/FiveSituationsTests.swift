import Foundation
import Testing
@testable import TendCore

/// The issue's five situations, as real tickets walked through the gates: the first five scripts
/// the console's pane offers (and `tend scripts --ticket` prints) are each among those reviewed as
/// fitting the situation, and none says what must not be said there.
struct FiveSituationsTests {
    static let library = try! ScriptLibrary.load(storeDirectory: nil).library
    static let f = Fixture()

    struct Situation: Sendable, CustomTestStringConvertible {
        let name: String
        let stage: Stage
        let service: ServiceLine
        let channel: Channel
        let cause: Cause
        let grade: Grade
        let harm: Harm
        let mood: Anger
        var needs: Set<SpecialNeed> = []
        /// Scripts read beside this situation and judged to fit it, in both languages.
        let fitting: Set<String>
        /// Words that must not reach the customer here (lower-cased English, or Chinese).
        let never: [String]

        var testDescription: String { name }
    }

    static let situations: [Situation] = [
        Situation(name: "a dog injured in grooming, its owner angry, at resolving", stage: .resolving, service: .grooming, channel: .phone,
                  cause: .healthSafety, grade: .critical, harm: .injured, mood: .angry,
                  fitting: ["res-injury-critical-angry", "harm-injured-resolving-angry", "res-injury-vet-cost", "harm-injured-resolving-costs",
                            "harm-injured-resolving-aftercare", "res-apology-written", "res-mediation-offer", "inv-jargon-medical", "tech-own-calm",
                            "inv-lower-voice"],
                  never: ["voucher", "代金券", "redo", "重新做", "重做", "free groom", "免费美容", "走丢", "lost", "离世", "died"]),
        Situation(name: "a cat that died after boarding, its owner grieving, at follow-up", stage: .followUp, service: .boarding, channel: .phone,
                  cause: .healthSafety, grade: .critical, harm: .died, mood: .grieving,
                  fitting: ["any-death-condolence", "harm-died-follow-up-call", "harm-died-follow-up-goodbye", "harm-died-follow-up-nothing-asked",
                            "harm-died-belongings", "fu-critical-continued", "tech-mirror-pace"],
                  never: ["满意", "打分", "几分", "评分", "恢复", "好些了", "摸摸", "代金券", "satisf", "score", "recover", "pat ", "voucher",
                          "how is {pet}", "how's {pet}", "接{pet}", "collect {pet}"]),
        Situation(name: "a price dispute on the phone, the customer upset, at intake", stage: .received, service: .grooming, channel: .phone,
                  cause: .price, grade: .general, harm: .none, mood: .upset,
                  fitting: ["received-price", "tech-mirror-price", "tech-facts-first-price", "any-price-upsell", "tech-check-understanding-price",
                            "received-empathy-upset", "received-listen-open", "any-upset-reassure", "received-i-statement", "tech-facts-first",
                            "tech-mirror-pace"],
                  never: ["refund", "退款", "退钱", "vet", "看医生", "受伤", "injur", "our fault", "我们的错"]),
        Situation(name: "an elderly hearing-impaired customer at acknowledged", stage: .acknowledged, service: .grooming, channel: .priority,
                  cause: .serviceQuality, grade: .general, harm: .none, mood: .upset, needs: [.elderly, .hearing],
                  fitting: ["needs-hearing-acknowledged-written-time", "needs-hearing-acknowledged-channel", "needs-elderly-acknowledged-one-thing",
                            "needs-elderly-acknowledged-note", "needs-elderly-family", "any-special-needs-large-print", "ack-text-confirm"],
                  never: ["call you", "打给您", "电话里", "给您打电话", "read it out", "念给您"]),
        Situation(name: "a dog lost from boarding (critical), its owner angry, at investigating", stage: .investigating, service: .boarding,
                  channel: .phone, cause: .healthSafety, grade: .critical, harm: .lost, mood: .angry,
                  fitting: ["any-lost-pet", "harm-lost-investigating-angry", "harm-lost-investigating-update", "harm-lost-investigating-owner-help",
                            "harm-lost-investigating-police", "inv-critical-transparency", "inv-angry-pause"],
                  never: ["fell ill", "生病", "病了", "recover", "恢复", "collect {pet}", "接{pet}", "how is {pet}"]),
    ]

    /// The situation's ticket, walked by a supervisor through the real gates to its stage.
    static func ticket(_ s: Situation) throws -> Ticket {
        let intake = Intake(customer: Customer(name: "张阿姨", contact: "13800000000", needs: s.needs), pet: Pet(name: "豆豆"),
                            service: s.service, channel: s.channel, description: "投诉", grade: s.grade, cause: s.cause)
        var ticket = Ticket(id: TicketID(1001), received: TimelineEntry(at: Fixture.now, actor: f.handler.login, event: .received(intake)))
        f.apply(&ticket, f.handler, [.harmSet(s.harm), .angerSet(s.mood)])
        let flow = f.workflow(f.supervisor)
        while ticket.stage != s.stage {
            var fields = AdvanceFields()
            switch ticket.stage {
            case .received:
                fields.eta = Fixture.now.addingTimeInterval(3600)
                fields.etaReason = "the vet calls back within the hour"
            case .acknowledged: fields.assignee = f.supervisor.login
            case .investigating: fields.findings = "what the records and the staff say"
            case .resolving:
                fields.resolution = .apology
                fields.details = "an apology"
            default: Issue.record("no way on from \(ticket.stage)")
            }
            f.apply(&ticket, f.supervisor, try flow.advance(ticket, fields))
        }
        return ticket
    }

    @Test(arguments: situations)
    func theFirstFiveFit(_ situation: Situation) throws {
        let ticket = try Self.ticket(situation)
        #expect(ticket.harm == situation.harm && ticket.anger == situation.mood && ticket.cause == situation.cause)
        let top = Array(Self.library.matching(ticket).prefix(5))
        #expect(top.count == 5)
        for script in top {
            #expect(situation.fitting.contains(script.id), "\(script.id) is not among those reviewed as fitting")
            for lang in [Language.en, .zh] {
                let said = script.text.text(lang).lowercased()
                for word in situation.never where said.contains(word) {
                    Issue.record("\(script.id) \(lang.rawValue) says \"\(word)\": \(script.text.text(lang))")
                }
            }
        }
        print("\(situation.name): \(top.map(\.id).joined(separator: ", "))")
    }
}
