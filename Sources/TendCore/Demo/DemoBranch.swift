/// Where a demo complaint arose, named in both languages. A ticket keeps the name in its own
/// language, as its customer and handler would write it: a Chinese ticket says 朝阳店, an English
/// one "Chaoyang branch" (the desk mixes Chinese and English customers ticket by ticket).
struct DemoBranch: Sendable {
    let zh: String
    let en: String

    func name(chinese: Bool) -> String { chinese ? zh : en }

    /// The shops a complaint may come from, when its case does not name the place.
    static let shops = [
        DemoBranch(zh: "朝阳店", en: "Chaoyang branch"),
        DemoBranch(zh: "海淀店", en: "Haidian branch"),
        DemoBranch(zh: "浦东店", en: "Pudong branch"),
        DemoBranch(zh: "天河店", en: "Tianhe branch"),
        DemoBranch(zh: "滨江店", en: "Riverside branch"),
    ]

    /// Places a case names itself.
    static let onlineShop = DemoBranch(zh: "网上商城", en: "Online shop")
    static let helpline = DemoBranch(zh: "客服热线", en: "Helpline")
    /// A branch that has closed (its prepaid cards are a case of their own), so no other
    /// complaint comes from it.
    static let harbourRoad = DemoBranch(zh: "港湾路店", en: "Harbour Road branch")
}
