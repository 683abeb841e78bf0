extension MerkleTrie: Sequence {
    /// Iterates the entries in increasing key order.
    public struct Iterator: IteratorProtocol {
        /// A node being visited, with the next child slot to look at and the path length before
        /// the node's own nibbles were appended.
        private var stack: [(node: Node, nextChild: Int, pathStart: Int, valueDone: Bool)] = []
        /// The nibbles from the top to the node on top of the stack.
        private var path: [UInt8] = []

        init(top: Node?) {
            if let top {
                path = top.partial
                stack.append((top, 0, 0, false))
            }
        }

        public mutating func next() -> (key: [UInt8], value: [UInt8])? {
            while let frame = stack.last {
                let last = stack.count - 1
                if !frame.valueDone {
                    stack[last].valueDone = true
                    if let value = frame.node.value { return (Nibbles.pack(path), value) }
                }
                let children = frame.node.children
                var slot = frame.nextChild
                while slot < children.count && children[slot] == nil { slot += 1 }
                if slot < children.count, let child = children[slot] {
                    stack[last].nextChild = slot + 1
                    let start = path.count
                    path.append(UInt8(slot))
                    path.append(contentsOf: child.partial)
                    stack.append((child, 0, start, false))
                } else {
                    path.removeSubrange(frame.pathStart...)
                    stack.removeLast()
                }
            }
            return nil
        }
    }

    /// An iterator over the entries in increasing key order.
    public func makeIterator() -> Iterator { Iterator(top: top) }

    public var underestimatedCount: Int { count }
}
