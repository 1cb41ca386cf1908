import Foundation

/// A handler's private note of how a hard call went (self-care after an angry call or a critical
/// case). Only its author reads it: it is kept apart from the desk's record — not on the ticket's
/// timeline, not in exports, backups or statistics — in `private/LOGIN.jsonl` under this person's
/// own folder for the desk, owner-only.
public struct PrivateNote: Sendable, Hashable, Codable {
    public let login: String
    public let at: Date
    /// The ticket the call was about, so the author can find their note again.
    public let ticket: String
    public let text: String

    public init(login: String, at: Date, ticket: TicketID, text: String) {
        self.login = login
        self.at = at
        self.ticket = ticket.description
        self.text = text
    }
}

public struct PrivateNotes {
    public let directory: String
    private let storeDirectory: String

    public init(storeDirectory: String) {
        self.storeDirectory = storeDirectory
        directory = (storeDirectory as NSString).appendingPathComponent("private")
    }

    /// A login's file; a login is a roster word, but is made safe for a path all the same.
    func file(_ login: String) -> String {
        (directory as NSString).appendingPathComponent(login.map { $0.isLetter || $0.isNumber || "._-".contains($0) ? String($0) : "_" }.joined() + ".jsonl")
    }

    public func append(_ note: PrivateNote) throws {
        try DurableFile.makeFolder(directory, inside: storeDirectory)
        try LineFile.append(json: note, to: file(note.login))
    }

    /// The author's own notes, oldest first; lines that cannot be read are skipped.
    public func notes(of login: String) -> [PrivateNote] {
        guard let text = try? String(contentsOfFile: file(login), encoding: .utf8) else { return [] }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = TimeText.readISOMilliseconds(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an instant: \(text)")
            }
            return date
        }
        return text.split(separator: "\n").compactMap { try? decoder.decode(PrivateNote.self, from: Data($0.utf8)) }.filter { $0.login == login }
    }
}
