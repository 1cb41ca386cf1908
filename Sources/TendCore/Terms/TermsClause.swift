import Foundation

/// One clause of a business's after-sales terms (`terms/terms.toml`, or a desk's own
/// `terms.toml`): what a handler cites to a customer, in either language.
public struct TermsClause: Sendable, Hashable {
    /// Short and unique in its file: "G1".
    public let id: String
    /// The service lines it is for; empty: every line.
    public let services: [ServiceLine]
    public let kind: TermsKind
    public let title: Bilingual
    public let text: Bilingual
    /// How long the customer has, when the clause gives a time ("3d").
    public let window: TimeInterval?
    /// Where it was read from, `file:line`.
    public let origin: String

    public init(id: String, services: [ServiceLine] = [], kind: TermsKind, title: Bilingual, text: Bilingual,
                window: TimeInterval? = nil, origin: String = "") {
        self.id = id
        self.services = services
        self.kind = kind
        self.title = title
        self.text = text
        self.window = window
        self.origin = origin
    }

    /// How the clause stands to a service line: written for it, for every line, or for others.
    public enum Fit: Int, Sendable, Comparable {
        case thisLine, everyLine, otherLines

        public static func < (a: Fit, b: Fit) -> Bool { a.rawValue < b.rawValue }
    }

    public func fit(_ line: ServiceLine) -> Fit {
        if services.isEmpty { return .everyLine }
        return services.contains(line) ? .thisLine : .otherLines
    }

    /// The lines it is for, named: "grooming, boarding"; "every service" when it is for all.
    public func scope(_ lang: Language) -> String {
        services.isEmpty ? lang.pick("every service", "所有服务") : services.map { $0.name(lang) }.joined(separator: lang.pick(", ", "、"))
    }

    /// The window as a duration: "3d", "3天".
    public func windowText(_ lang: Language) -> String? {
        window.map { DurationText.format($0, lang) }
    }

    /// The clause as a handler writes it into a resolution's details, for the customer to read:
    /// "依据《售后条款》G1（美容重做）：……", "Per our after-sales terms, G1 (Grooming redo): …". A
    /// statutory right is cited as the customer's own right, not as the business's terms.
    public func citation(_ lang: Language) -> String {
        switch (kind, lang) {
        case (.statutory, .zh): "依据法定权利 \(id)（\(title.zh)）：\(text.zh)"
        case (.statutory, .en): "Under your statutory rights, \(id) (\(title.en)): \(text.en)"
        case (_, .zh): "依据《售后条款》\(id)（\(title.zh)）：\(text.zh)"
        case (_, .en): "Per our after-sales terms, \(id) (\(title.en)): \(text.en)"
        }
    }
}
