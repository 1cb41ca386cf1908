import ArgumentParser
import TendCore

struct CompactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact",
        abstract: "Fold the journal into a fresh snapshot (done automatically as the journal grows).")
    @OptionGroup var desk: DeskOptions

    func run() throws {
        try Output.reporting(desk.language) {
            let store = try desk.openStore()
            try store.compact()
            print(desk.language.pick("Compacted \(store.desk.count) tickets into a new snapshot.",
                                     "已将 \(store.desk.count) 张工单压缩为新快照。"))
        }
    }
}
