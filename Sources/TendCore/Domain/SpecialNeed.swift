/// What a customer on the priority channel (特殊群体通道) needs from the handler, by type: what to
/// say and how to say it differ for each (a hearing-impaired customer is written to, not read to
/// on the phone; an elderly one is spoken to slowly, with large print).
public enum SpecialNeed: String, StoredVocabulary, Comparable {
    public static let ordered = allCases
    case hearing, sight, elderly, mobility, language

    /// The bit of the customer's needs in journals and snapshots (see `EventCodec`): never reuse
    /// or change one.
    public var storageCode: UInt8 {
        switch self {
        case .hearing: 0
        case .sight: 1
        case .elderly: 2
        case .mobility: 3
        case .language: 4
        }
    }

    public var english: String {
        switch self {
        case .hearing: "hearing impaired"
        case .sight: "sight impaired"
        case .elderly: "elderly"
        case .mobility: "limited mobility"
        case .language: "speaks neither language well"
        }
    }

    public var chinese: String {
        switch self {
        case .hearing: "听障"
        case .sight: "视障"
        case .elderly: "高龄"
        case .mobility: "行动不便"
        case .language: "语言不通"
        }
    }

    public static func < (a: SpecialNeed, b: SpecialNeed) -> Bool { a.storageCode < b.storageCode }

    /// Needs as one byte: bit `storageCode` for each.
    static func mask(_ needs: Set<SpecialNeed>) -> UInt8 { needs.reduce(0) { $0 | 1 << $1.storageCode } }

    static func needs(in mask: UInt8) -> Set<SpecialNeed> { Set(ordered.filter { mask & 1 << $0.storageCode != 0 }) }

    /// Reads what a form, a file or the command line says of a customer's needs: types by their
    /// identifier or either language's name, separated by commas, 、, + or spaces; "yes" (a need
    /// of no listed type) or "no". Nil when a word is none of these.
    public static func parseList(_ text: String) -> (flagged: Bool, needs: Set<SpecialNeed>)? {
        let words = text.split(whereSeparator: { ",，、;；+/ ".contains($0) }).map(String.init)
        var needs = Set<SpecialNeed>()
        var flagged = false
        for word in words {
            let key = word.lowercased()
            if ["yes", "true", "1", "是", "有"].contains(key) { flagged = true; continue }
            if ["no", "false", "0", "否", "无", "none"].contains(key) { continue }
            // The short names a handler types: "hearing", "sight", "mobility", "language".
            guard let need = parse(word) ?? ordered.first(where: { $0.english.lowercased().hasPrefix(key) }) else { return nil }
            needs.insert(need)
        }
        return (flagged || !needs.isEmpty, needs)
    }
}
