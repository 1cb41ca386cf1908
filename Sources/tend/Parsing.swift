import ArgumentParser
import Foundation
import TendCore

/// Command-line values in the domain's vocabularies, with errors that list the valid words.
func parseVocabulary<V: Vocabulary>(_ text: String, _ what: String) throws -> V {
    guard let value = V.parse(text) else { throw ValidationError("\(what) \"\(text)\" is not one of: \(V.identifiers)") }
    return value
}

func parseVocabularyList<V: Vocabulary>(_ texts: [String], _ what: String) throws -> Set<V> {
    Set(try texts.flatMap { $0.split(separator: ",").map(String.init) }.map { try parseVocabulary($0, what) as V })
}

/// A moment typed as a flag (a duration from now, or an instant), range-checked and rounded as
/// the store keeps it; refused by name otherwise.
func parseMoment(_ text: String, now: Date, what: String) throws -> Date {
    try TimeText.readMoment(text, now: now, field: what).roundedToStore
}

/// An integer flag inside its range, refused by name otherwise.
func requireRange(_ value: Int, _ range: ClosedRange<Int>, flag: String) throws {
    guard range.contains(value) else {
        throw InputRefusal.numberOutOfRange(field: flag, value: String(value), lowest: Int64(range.lowerBound), highest: Int64(range.upperBound))
    }
}
