import SCALECodec

/// Encodes the trie over sorted, distinct keys recursively, the way `trie_root` walks them: a
/// range of keys sharing their first `depth` nibbles becomes one node.
///
/// Because the keys are sorted, the prefix shared by a whole range is the prefix shared by its
/// first and last keys, and each child's keys are a contiguous run.
struct RootBuilder {
    let entries: SortedEntries
    let layout: TrieLayout

    /// The encoding of the node holding keys `range`, all of which agree on `depth` nibbles.
    ///
    /// - Complexity: O(number of keys in `range` × nodes on their paths), i.e. one pass over
    ///   the keys per trie level.
    func encodeNode(_ range: Range<Int>, depth: Int) -> [UInt8] {
        let keys = entries.keys
        let first = keys[range.lowerBound]
        if range.count == 1 {
            let value = entries.values[range.lowerBound]
            let end = first.count * 2
            let hashed = layout.storesHashedValue(length: value.count)
            var encoder = SCALEEncoder(reservingCapacity: 4 + (end - depth) / 2 + (hashed ? 32 : value.count))
            NodeCodec.appendLeafHeader(nibbleCount: end - depth, hashedValue: hashed, to: &encoder)
            Nibbles.appendPartial(of: first, from: depth, to: end, to: &encoder)
            NodeCodec.appendValue(value, hashed: hashed, to: &encoder)
            return encoder.takeBytes()
        }

        let common = Nibbles.commonPrefix(first, keys[range.upperBound - 1], from: depth)
        let value: [UInt8]? = first.count * 2 == common ? entries.values[range.lowerBound] : nil
        let childKeys = (value == nil ? range.lowerBound : range.lowerBound + 1)..<range.upperBound

        // Split the remaining keys by their nibble at `common`; the runs are contiguous.
        var runEnds = [Int](repeating: 0, count: 16)
        var bitmap: UInt16 = 0
        var runStart = childKeys.lowerBound
        while runStart < childKeys.upperBound {
            let nibble = Int(Nibbles.at(common, in: keys[runStart]))
            var runEnd = runStart + 1
            while runEnd < childKeys.upperBound && Int(Nibbles.at(common, in: keys[runEnd])) == nibble { runEnd += 1 }
            runEnds[nibble] = runEnd
            bitmap |= 1 << nibble
            runStart = runEnd
        }

        let hashed = value.map { layout.storesHashedValue(length: $0.count) } ?? false
        var encoder = SCALEEncoder(reservingCapacity: 40 + bitmap.nonzeroBitCount * 33)
        NodeCodec.appendBranchHeader(nibbleCount: common - depth, value: value, hashedValue: hashed, to: &encoder)
        Nibbles.appendPartial(of: first, from: depth, to: common, to: &encoder)
        encoder.encodeInteger(bitmap)
        if let value { NodeCodec.appendValue(value, hashed: hashed, to: &encoder) }
        var childStart = childKeys.lowerBound
        for nibble in 0..<16 where bitmap & (1 << nibble) != 0 {
            let child = encodeNode(childStart..<runEnds[nibble], depth: common + 1)
            ChildReference(encodedNode: child).encode(to: &encoder)
            childStart = runEnds[nibble]
        }
        return encoder.takeBytes()
    }
}
