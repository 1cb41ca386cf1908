import Foundation
import Testing
@testable import TendCore

/// Special needs by type: kept on the customer through the journal, read from forms, files and
/// backups, and choosing the scripts written for them.
struct SpecialNeedTests {
    func roundTrip(_ customer: Customer) throws -> Customer {
        let intake = Intake(customer: customer, pet: Pet(name: "豆豆"), service: .grooming, channel: .priority, description: "投诉")
        let entry = TimelineEntry(at: Date(timeIntervalSince1970: 1_795_000_000), actor: "li.hua", event: .received(intake))
        var writer = ByteWriter()
        EventCodec.encode(entry, into: &writer)
        let decoded = try writer.bytes.withUnsafeBufferPointer { buffer -> TimelineEntry in
            var reader = ByteReader(buffer)
            return try EventCodec.decode(from: &reader)
        }
        guard case .received(let back) = decoded.event else { throw CancellationError() }
        return back.customer
    }

    @Test func needsSurviveTheJournalAndAnOldByteReadsAsTheFlagAlone() throws {
        for needs in [Set<SpecialNeed>(), [.hearing], [.elderly, .hearing], Set(SpecialNeed.ordered)] {
            let customer = Customer(name: "张阿姨", contact: "13800000000", needs: needs, specialNeedsNote: "大字")
            #expect(try roundTrip(customer) == customer)
            #expect(customer.specialNeeds == !needs.isEmpty)
        }
        let flagged = Customer(name: "张阿姨", contact: "13800000000", specialNeeds: true)
        #expect(try roundTrip(flagged) == flagged)
        // A journal written before needs had types holds 0 or 1 in the same byte.
        #expect(SpecialNeed.needs(in: 1 >> 1).isEmpty && SpecialNeed.mask([.hearing, .language]) == 0b1_0001)
    }

    @Test func aListOfNeedsIsReadInEitherLanguage() {
        #expect(SpecialNeed.parseList("hearing, elderly")! == (true, [.hearing, .elderly]))
        #expect(SpecialNeed.parseList("听障、高龄")! == (true, [.hearing, .elderly]))
        #expect(SpecialNeed.parseList("yes")! == (true, []))
        #expect(SpecialNeed.parseList("no")! == (false, []))
        #expect(SpecialNeed.parseList("")! == (false, []))
        #expect(SpecialNeed.parseList("sight+mobility")! == (true, [.sight, .mobility]))
        #expect(SpecialNeed.parseList("deaf") == nil)
    }

    @Test func anImportedRowKeepsItsNeeds() throws {
        let csv = "customer,contact,pet,service,channel,description,special_needs\n张阿姨,13800000000,豆豆,grooming,priority,剪伤了,\"hearing, elderly\"\n"
        let intake = try #require(try IntakeImport.parse(csv).first)
        #expect(intake.customer.needs == [.hearing, .elderly] && intake.customer.specialNeeds)
        #expect(throws: (any Error).self) {
            try IntakeImport.parse("customer,contact,pet,service,channel,description,special_needs\n张,1,豆,grooming,phone,x,deaf\n")
        }
    }

    @Test func aScriptForANeedShowsOnlyForThatNeed() throws {
        let library = try LibraryFile.parse("""
            [[script]]
            id = "write-it-down"
            kind = "special_needs"
            stages = ["acknowledged"]
            special_needs = ["hearing"]
            title_en = "t"
            title_zh = "t"
            when_en = "w"
            when_zh = "w"
            text_en = "I'll confirm {eta} in writing."
            text_zh = "{eta}之前我发文字给您。"
            why_en = "w"
            why_zh = "w"
            avoid_en = "a"
            avoid_zh = "a"
            """, path: "scripts.toml")
        let script = try #require(library.scripts.first)
        #expect(script.needTypes == [.hearing] && script.specialNeeds == true)
        #expect(script.fit(ScriptContext(stage: .acknowledged, needTypes: [.elderly, .hearing])) != nil)
        #expect(script.fit(ScriptContext(stage: .acknowledged, needTypes: [.elderly])) == nil)
        #expect(script.fit(ScriptContext(stage: .acknowledged, specialNeeds: true)) == nil)
        #expect(script.fit(ScriptContext(stage: .acknowledged)) == nil)
        #expect(throws: (any Error).self) {
            try LibraryFile.parse("[[script]]\nid = \"x\"\nkind = \"listen\"\nstages = [\"received\"]\nspecial_needs = [\"deaf\"]\n", path: "scripts.toml")
        }
    }
}

/// The shipped library for customers with needs: a hearing-impaired customer is written to, and
/// a script made for the voice is never offered to them.
struct SpecialNeedLibraryTests {
    let library = try! ScriptLibrary.load(storeDirectory: nil).library

    /// Words of a call to the customer, or of reading aloud to them (calling the vet is fine).
    static func speaksOfThePhone(_ text: String) -> String? {
        let phone = /(?i)回电|打给您|给您打|打电话给您|电话里|在电话|接我的电话|打个电话|一起通个电话|您要打电话|call you|call back|on the phone|over the phone|on the line|ring you|calling|念给您听|read (it|them) out|phone call/
        return text.firstMatch(of: phone).map { String($0.output.0) }
    }

    @Test func aHearingImpairedCustomerIsNeverOfferedAScriptForTheVoice() {
        #expect(Self.speaksOfThePhone("{eta}之前我给您回电话。") != nil && Self.speaksOfThePhone("我跟医生通个电话。") == nil)
        var offered = 0
        for stage in Stage.ordered where stage.isOpen {
            for needs in [Set<SpecialNeed>([.hearing]), [.hearing, .elderly]] {
                for mode in ContactMode.ordered {
                    let context = ScriptContext(stage: stage, grade: .general, anger: .upset, mode: mode, needTypes: needs)
                    #expect(context.mode != .phone)
                    for script in library.matching(context) {
                        offered += 1
                        #expect(!script.notForNeeds.contains(.hearing) && script.modes != [.phone], "\(stage) \(script.id)")
                        for lang in [Language.en, .zh] {
                            if let words = Self.speaksOfThePhone(script.text.text(lang)) { Issue.record("\(script.id) \(lang.rawValue): \(words)") }
                        }
                    }
                }
            }
        }
        #expect(offered > 100)
    }
}
