/// Places for the names only the desk knows (branches, logins), so that a scan hashes a name once
/// per ticket and counts everything about it in arrays at its place, rather than hashing it again
/// for every dictionary it appears in.
struct NamePlaces: Sendable {
    private(set) var names: [String] = []
    private var places: [String: Int] = [:]

    /// The name's place, given one the first time it is seen.
    @inline(__always)
    mutating func place(of name: String) -> Int {
        if let place = places[name] { return place }
        places[name] = names.count
        names.append(name)
        return names.count - 1
    }

    /// The name's place if it has one.
    func existingPlace(of name: String) -> Int? { places[name] }

    /// Where each of `other`'s places is in this one (names new here added), for merging slices
    /// that met the names in different orders.
    mutating func adopt(_ other: NamePlaces) -> [Int] {
        other.names.map { place(of: $0) }
    }
}
