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

func parseMoment(_ text: String, now: Date, what: String) throws -> Date {
    guard let date = TimeText.parseMoment(text, now: now) else {
        throw ValidationError("\(what) \"\(text)\" is neither a duration (4h, 30m, 2d) nor a time (2026-11-23T10:00)")
    }
    return date.roundedToStore
}
