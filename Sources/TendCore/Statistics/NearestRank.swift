/// The value of a given rank among many, found by selection (quickselect) rather than by sorting
/// them all: a year's answer times on a large desk are a million values, and a median and a
/// 90th percentile need two ranks, not the whole order.
enum NearestRank {
    /// The `rank`-th smallest of `values` (from 1). Reorders `values`.
    static func select(_ rank: Int, in values: inout [Double]) -> Double {
        precondition(rank >= 1 && rank <= values.count, "a rank within the values")
        return values.withUnsafeMutableBufferPointer { buffer in
            let target = rank - 1
            var low = 0, high = buffer.count - 1
            while low < high {
                // The median of three as the pivot keeps ordered input from the worst case.
                let middle = low + (high - low) / 2
                let pivot = Swift.max(Swift.min(buffer[low], buffer[middle]),
                                      Swift.min(Swift.max(buffer[low], buffer[middle]), buffer[high]))
                var left = low, right = high
                while left <= right {
                    while buffer[left] < pivot { left += 1 }
                    while buffer[right] > pivot { right -= 1 }
                    if left <= right {
                        buffer.swapAt(left, right)
                        left += 1
                        right -= 1
                    }
                }
                // Now low...right ≤ pivot ≤ left...high, and what lies between equals the pivot.
                if target <= right {
                    high = right
                } else if target >= left {
                    low = left
                } else {
                    return buffer[target]
                }
            }
            return buffer[target]
        }
    }
}
