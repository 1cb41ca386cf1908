/// The kinds of pet on the demo desk. A case says which it can happen to (cat food is for cats,
/// training is for dogs), and a customer's pet is chosen to fit.
enum DemoSpecies: CaseIterable, Sendable {
    case dog, cat, rabbit

    var zh: String {
        switch self {
        case .dog: "狗"
        case .cat: "猫"
        case .rabbit: "兔"
        }
    }

    var en: String {
        switch self {
        case .dog: "dog"
        case .cat: "cat"
        case .rabbit: "rabbit"
        }
    }
}
