/// A desk's tickets and their digests, read in place for the length of one statistics scan.
struct StatsScan {
    let tickets: UnsafeBufferPointer<Ticket>
    let digests: UnsafeBufferPointer<StatsDigest>

    @inline(__always)
    func ticket(_ index: Int) -> UnsafePointer<Ticket> { tickets.baseAddress! + index }

    @inline(__always)
    func digest(_ index: Int) -> UnsafePointer<StatsDigest> { digests.baseAddress! + index }
}
