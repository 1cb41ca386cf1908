// Safe text is the one escaping path for every layer, the terminal included, so it lives in a
// module of its own below both. Everything that uses the domain sees it as it always did.
@_exported import TendText
