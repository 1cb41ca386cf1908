/// Something worth telling the user that did not stop the desk from opening or a change from
/// being recorded. Front ends show these after the command's own output (the command line on
/// standard error, the console on the status row).
public enum StoreNotice: Sendable, Equatable, Refusal {
    /// A crash cut the last journal record short; it was never acknowledged and is left out.
    case tornTail(file: String, offset: Int, bytes: Int)
    /// The change is durable, but folding the journal into a new snapshot failed; it is retried later.
    case compactionFailed(StoreError)
    /// A desk written by an earlier Tend was rewritten in the current format before the first change.
    case upgraded(directory: String)
    /// Something a log other than the file journal noticed (a database), in its own words.
    case fromLog(Bilingual)

    public func message(_ lang: Language) -> String {
        switch self {
        case .tornTail(let file, let offset, let bytes):
            return lang.pick("\(file): left out an incomplete last record at byte \(offset) (\(bytes) bytes) from an interrupted write; it was never reported as done.",
                             "\(file)：第 \(offset) 字节处有一条未写完的记录（\(bytes) 字节），来自一次中断的写入，从未报告为完成，已略去。")
        case .compactionFailed(let error):
            return lang.pick("the change is saved, but the journal could not be folded into a new snapshot (\(error.message(.en))); Tend will try again later.",
                             "更改已保存，但日志未能合并为新的快照（\(error.message(.zh))）；Tend 稍后会再试。")
        case .upgraded(let directory):
            return lang.pick("\(directory) was rewritten in the current file format before this change.",
                             "\(directory) 已在本次更改前改写为当前的文件格式。")
        case .fromLog(let text):
            return text.text(lang)
        }
    }
}
