import Testing
import TendTerminal

/// Bars in eighths of a cell, never nothing for something; weekly lines from their lowest value
/// to their highest; plain ASCII when asked.
@Suite struct BlockChartTests {
    @Test func barsAreDrawnInEighths() {
        #expect(BlockChart.bar(1, width: 4, ascii: false) == "████")
        #expect(BlockChart.bar(0.5, width: 3, ascii: false) == "█▌")
        #expect(BlockChart.bar(0.001, width: 10, ascii: false) == "▏")
        #expect(BlockChart.bar(0, width: 10, ascii: false) == "")
        #expect(BlockChart.bar(0.5, width: 4, ascii: true) == "##")
        #expect(BlockChart.bar(0.01, width: 4, ascii: true) == "#")
    }

    @Test func weeklyLinesRunFromTheLowestToTheHighest() {
        #expect(BlockChart.sparkline([94, 98, 96, nil, 98], ascii: false) == "▁█▅ █")
        #expect(BlockChart.sparkline([5, 5, 5], ascii: false) == "▅▅▅")
        #expect(BlockChart.sparkline([1, 8], ascii: true) == "_#")
        #expect(BlockChart.sparkline([], ascii: false) == "")
    }
}
