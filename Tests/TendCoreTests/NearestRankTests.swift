import Testing
@testable import TendCore

/// The median and 90th percentile are found by selection; they must be the very values a sort
/// finds at the nearest rank, whatever order and repetitions the durations come in.
@Suite struct NearestRankTests {
    @Test func selectionFindsWhatSortingFinds() {
        var generator = SystemRandomNumberGenerator()
        var checked = 0
        for count in [1, 2, 3, 5, 10, 99, 100, 1_001, 20_000] {
            let shapes: [[Double]] = [
                (0..<count).map { _ in Double(Int.random(in: 0..<1_000_000, using: &generator)) },
                (0..<count).map { _ in Double(Int.random(in: 0..<4, using: &generator)) },
                (0..<count).map(Double.init),
                (0..<count).reversed().map(Double.init),
                Array(repeating: 7, count: count),
            ]
            for values in shapes {
                let sorted = values.sorted()
                for q in [0.0, 0.1, 0.5, 0.9, 0.99, 1.0] {
                    let rank = DurationFigures.rank(q, of: count)
                    var scratch = values
                    #expect(NearestRank.select(rank, in: &scratch) == sorted[rank - 1], "q \(q) of \(count)")
                    checked += 1
                }
            }
        }
        #expect(checked == 9 * 5 * 6)
    }

    @Test func theFiguresAreTheNearestRanks() {
        // 1…10: the median is the 5th value, the 90th percentile the 9th.
        let figures = DurationFigures((1...10).reversed().map(Double.init))
        #expect(figures.median == 5)
        #expect(figures.p90 == 9)
        #expect(figures.mean == 5.5)
        #expect(figures.count == 10)
    }
}
