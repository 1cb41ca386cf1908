import Foundation

/// One line of a demo case, Chinese first and English following it in meaning. `{pet}` stands for
/// the pet's name. Each line is filled in once for every pet name the demo desk uses, so a ticket
/// shares its texts instead of building new strings (a million tickets are made from these).
struct DemoText: Sendable {
    let zh: String
    let en: String
    /// The line with each of `DemoData.zhPets` (and `enPets`) put in, in that order; one line
    /// when it names no pet.
    private let zhFilled: [String]
    private let enFilled: [String]

    init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
        zhFilled = DemoText.fill(zh, DemoData.zhPets)
        enFilled = DemoText.fill(en, DemoData.enPets)
    }

    /// The line in the ticket's language, for the pet at `pet` in that language's list of names.
    func text(chinese: Bool, pet: Int) -> String {
        let lines = chinese ? zhFilled : enFilled
        return lines.count == 1 ? lines[0] : lines[pet]
    }

    /// The line for any pet name (tests, and anyone reading a ticket back to its case).
    func text(chinese: Bool, petName: String) -> String {
        (chinese ? zh : en).replacingOccurrences(of: DemoText.placeholder, with: petName)
    }

    static let placeholder = "{pet}"

    private static func fill(_ line: String, _ names: [String]) -> [String] {
        line.contains(placeholder) ? names.map { line.replacingOccurrences(of: placeholder, with: $0) } : [line]
    }
}
