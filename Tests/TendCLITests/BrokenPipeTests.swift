import Foundation
import Testing

/// Output into a pipe whose reader has gone (`tend list | head`): the command ends quietly. With
/// SIGPIPE ignored (as a program that talks to a database over the network does), each write
/// fails with EPIPE instead, and that once trapped with a backtrace.
@Suite struct BrokenPipeTests {
    @Test func aListIntoAClosedPipeEndsQuietly() throws {
        let tend = TendRunner()
        let desk = tend.path("desk")
        #expect(try tend.run(["demo", "--store", desk]).status == 0)
        let spawned = try tend.start("/bin/sh", ["-c", "trap '' PIPE; \"$0\" list --all --limit 0 --store \"$1\" | true; echo \"status $?\"",
                                                 TendRunner.binary, desk])
        _ = spawned.wait()
        let said = (try? String(contentsOfFile: spawned.stdout, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOfFile: spawned.stderr, encoding: .utf8)) ?? ""
        #expect(!errors.contains("Fatal error") && !errors.contains("Broken pipe"), "\(errors)")
        #expect(said.contains("status 0"), "\(said)")
    }
}
