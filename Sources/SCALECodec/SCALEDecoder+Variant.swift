extension SCALEDecoder {
    /// Reads an enum variant index (one byte) for `type`, without checking it.
    ///
    /// Switch over the result and, for an unknown index, `throw decoder.invalidVariantIndex(index, of: Self.self)`.
    @inlinable
    public mutating func decodeVariantIndex(of type: Any.Type) throws(SCALEDecodingError) -> UInt8 {
        try readByte(decoding: type)
    }

    /// Reads an enum variant index for `type` and checks it against `allowed`.
    ///
    /// - Throws: `.invalidVariantIndex` naming `type` and the index's offset.
    @inlinable
    public mutating func decodeVariantIndex<S: Sequence>(
        of type: Any.Type, allowed: S
    ) throws(SCALEDecodingError) -> UInt8 where S.Element == UInt8 {
        let index = try readByte(decoding: type)
        if !allowed.contains(index) {
            throw .invalidVariantIndex(type: String(describing: type), index: index, offset: offset - 1)
        }
        return index
    }

    /// The error for a variant index just read by `decodeVariantIndex(of:)` that names no variant.
    ///
    /// Call it right after reading the index: the offset reported is that of the byte just read.
    @inlinable
    public func invalidVariantIndex(_ index: UInt8, of type: Any.Type) -> SCALEDecodingError {
        .invalidVariantIndex(type: String(describing: type), index: index, offset: Swift.max(0, offset - 1))
    }

    /// The error for a value the type rejects, at `offset` (defaults to the current offset).
    @inlinable
    public func invalidValue(_ reason: String, of type: Any.Type, at offset: Int? = nil) -> SCALEDecodingError {
        .invalidValue(type: String(describing: type), offset: offset ?? self.offset, reason: reason)
    }
}
