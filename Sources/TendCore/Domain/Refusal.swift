/// An error that can say, in the user's language, why something was refused or failed. Every
/// front end (the command line, the console) shows such errors by their message, so a new kind
/// of refusal needs no change to the code that reports it.
public protocol Refusal: Error {
    func message(_ lang: Language) -> String
}

extension StoreError: Refusal {}
extension WorkflowError: Refusal {}
