extension MerkleTrie {
    /// Builds the subtree over sorted, distinct keys `range`, which agree on `depth` nibbles (the
    /// same walk as `RootBuilder`, producing nodes instead of encodings).
    static func build(_ entries: SortedEntries, _ range: Range<Int>, depth: Int) -> Node {
        let keys = entries.keys
        let first = keys[range.lowerBound]
        if range.count == 1 {
            return Node(partial: Nibbles.unpack(first, from: depth), value: entries.values[range.lowerBound])
        }
        let common = Nibbles.commonPrefix(first, keys[range.upperBound - 1], from: depth)
        let value: [UInt8]? = first.count * 2 == common ? entries.values[range.lowerBound] : nil
        var children = [Node?](repeating: nil, count: 16)
        var runStart = value == nil ? range.lowerBound : range.lowerBound + 1
        while runStart < range.upperBound {
            let nibble = Nibbles.at(common, in: keys[runStart])
            var runEnd = runStart + 1
            while runEnd < range.upperBound && Nibbles.at(common, in: keys[runEnd]) == nibble { runEnd += 1 }
            children[Int(nibble)] = build(entries, runStart..<runEnd, depth: common + 1)
            runStart = runEnd
        }
        return Node(partial: Nibbles.unpack(first, from: depth, to: common), value: value, children: children)
    }
}
