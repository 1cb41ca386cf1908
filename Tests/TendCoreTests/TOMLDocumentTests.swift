import Foundation
import Testing
@testable import TendCore

/// The one way Tend reads its TOML files (policy, themes, script libraries).
@Suite final class TOMLDocumentTests {
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "tend-toml-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = directory + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let roster = "[[staff]]\nlogin = \"a\"\nrole = \"supervisor\"\n[[staff]]\nlogin = \"b\"\nrole = \"boss\"\n"

    @Test func aByteOrderMarkIsPassedOverAndLinesStillCount() throws {
        let path = try write("policy.toml", [0xEF, 0xBB, 0xBF] + Array(Self.roster.utf8))
        #expect { _ = try PolicyFile.load(path: path) } throws: { error in
            (error as? PolicyError)?.line == 6 && (error as? PolicyError)?.reason.contains("role must be") == true
        }
        let good = try write("good.toml", [0xEF, 0xBB, 0xBF] + Array("demo = true\n[[staff]]\nlogin = \"a\"\nrole = \"supervisor\"\n".utf8))
        #expect(try PolicyFile.load(path: good).demo)
    }

    @Test func textThatIsNotUTF8IsRefusedNamingTheFile() throws {
        let path = try write("x.toml", Array("name = \"".utf8) + [0xFF, 0xFE] + Array("\"\n".utf8))
        #expect { _ = try PolicyFile.load(path: path) } throws: { "\($0)" == "\(path):0: the policy file is not UTF-8 text" }
        #expect { _ = try LibraryFile.load(path: path) } throws: { "\($0)" == "\(path):0: the file is not UTF-8 text" }
    }

    @Test func aMissingFileIsRefusedNamingTheFile() throws {
        let path = directory + "/absent.toml"
        #expect { _ = try LibraryFile.load(path: path) } throws: { error in
            "\(error)".hasPrefix("\(path):0: cannot read the file (") && "\(error)".contains("No such file")
        }
    }

    @Test func aHugeFileIsRefusedBeforeItIsRead() throws {
        let path = try write("huge.toml", Array(repeating: UInt8(ascii: "#"), count: TOMLDocument.largestFile + 1))
        #expect { _ = try PolicyFile.load(path: path) } throws: { "\($0)" == "\(path):0: the policy file is larger than 4 MiB" }
    }

    @Test func thePolicyIsNeverReadThroughALinkButALibraryFileMayBe() throws {
        let policy = try write("real-policy.toml", Array("[[staff]]\nlogin = \"a\"\nrole = \"supervisor\"\n".utf8))
        let policyLink = directory + "/policy.toml"
        try FileManager.default.createSymbolicLink(atPath: policyLink, withDestinationPath: policy)
        #expect { _ = try PolicyFile.load(path: policyLink) } throws: { error in
            "\(error)".hasPrefix("\(policyLink):0: cannot read the policy file (") && "\(error)".contains("symbolic link")
        }
        let library = try write("real-lib.toml", Array("[[phrase]]\nlang = \"en\"\ncategory = \"blame\"\nmatch = [\"your fault\"]\nbetter = \"b\"\nwhy = \"w\"\n".utf8))
        let libraryLink = directory + "/lib.toml"
        try FileManager.default.createSymbolicLink(atPath: libraryLink, withDestinationPath: library)
        let contents = try LibraryFile.load(path: libraryLink)
        #expect(contents.phrases.count == 1 && contents.phrases[0].origin == "\(libraryLink):1")
    }

    @Test func aValueOfTheWrongTypeIsRefusedAtItsLineInTheCallersWords() throws {
        let document = try TOMLDocument(source: "a = 1\n[t]\nb = \"x\"\n[[e]]\nc = true\n[[e]]\nc = 2\n", path: "d.toml")
        #expect(try document.root.int("a", else: "") == 1)
        #expect(try document.root.string("missing", else: "") == nil)
        let table = try #require(try document.root.section("t", else: ""))
        #expect { _ = try table.bool("b", else: "b must be true or false") } throws: { "\($0)" == "d.toml:3: b must be true or false" }
        let entries = try #require(try document.root.array("e", else: ""))
        let second = try document.root.entry("e", 1, entries[1], else: "")
        #expect { _ = try second.bool("c", else: "c must be true or false") } throws: { "\($0)" == "d.toml:7: c must be true or false" }
        #expect { try second.onlyKeys(["d"]) { "unknown \($0)" } } throws: { "\($0)" == "d.toml:7: unknown c" }
        #expect { _ = try document.root.entry("a", 0, document.root["a"]!, else: "not a table") } throws: { ($0 as? FileLineError)?.reason == "not a table" }
    }
}
