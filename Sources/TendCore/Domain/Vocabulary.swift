/// A closed set of domain words (stages, grades, causes…) with a stable identifier used in files
/// and on the command line, and a name in each language.
///
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable
where RawValue == String, AllCases == [Self] {
    var english: String { get }
    var chinese: String { get }
    /// `allCases`, computed once: the synthesized `allCases` builds a new array on every call,
    /// which a scan over a million tickets cannot afford.
    static var ordered: [Self] { get }
}

extension Vocabulary {
    public func name(_ lang: Language) -> String { lang.pick(english, chinese) }

    /// Accepts the identifier (`follow_up`, also `follow-up`, any case) or either language's name.
    public static func parse(_ text: String) -> Self? {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
        return allCases.first { $0.rawValue == key || $0.english.lowercased() == key || $0.chinese == key }
    }

    /// The identifiers, for error messages and help: "general, significant, serious, critical".
    public static var identifiers: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The word's place in `ordered`, for counting in an array rather than a dictionary.
    @inline(__always)
    static func place(of word: Self) -> Int {
        let list = ordered
        var index = 0
        while list[index] != word { index += 1 }
        return index
    }
}

/// A vocabulary kept in the binary store. Each word has its own byte there (`storageCode`),
/// written out in its type: a new word may go anywhere in the list (lists are in reading order),
/// but a code, once used, is never given to another word.
public protocol StoredVocabulary: Vocabulary {
    /// The word's byte in journals and snapshots.
    var storageCode: UInt8 { get }
}

extension StoredVocabulary {
    /// The word stored under `code`; a dozen words at most, so a scan is as quick as a table.
    static func from(code: UInt8) -> Self? {
        for word in ordered where word.storageCode == code { return word }
        return nil
    }
}

import Foundation
