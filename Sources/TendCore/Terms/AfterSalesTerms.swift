import Foundation

/// The business's after-sales terms: refund and redo windows per service line, its guarantees,
/// and the customer's statutory rights, as a handler cites them. Read by `TermsFile` from the
/// shipped `terms/terms.toml`, or from a desk's own `terms.toml`, which replaces it whole.
public struct AfterSalesTerms: Sendable, Equatable {
    /// In the file's order.
    public let clauses: [TermsClause]
    /// The file they were read from.
    public let path: String

    public init(clauses: [TermsClause], path: String) {
        self.clauses = clauses
        self.path = path
    }

    public static let empty = AfterSalesTerms(clauses: [], path: "")

    public func clause(_ id: String) -> TermsClause? {
        clauses.first { $0.id.caseInsensitiveCompare(id) == .orderedSame }
    }

    /// The clauses for a ticket of this service line: those written for the line first, then those
    /// for every line, then (unless left out) those for other lines only; each group in the file's
    /// order. With no line, the file's order.
    public func ordered(for line: ServiceLine?, includingOthers: Bool = true) -> [TermsClause] {
        guard let line else { return clauses }
        let fitting = clauses.filter { $0.fit(line) == .thisLine } + clauses.filter { $0.fit(line) == .everyLine }
        return includingOthers ? fitting + clauses.filter { $0.fit(line) == .otherLines } : fitting
    }
}
