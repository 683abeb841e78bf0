/// Marks the standard integer types whose in-memory layout on a little-endian host is exactly
/// their SCALE encoding, so arrays of them can be copied in bulk.
///
/// Internal on purpose: a type outside this module could conform to `FixedWidthInteger` yet
/// encode differently, so only the conformances below opt in.
@usableFromInline
protocol SCALEBitwiseInteger: FixedWidthInteger, BitwiseCopyable {}

extension UInt8: SCALEBitwiseInteger {}
extension UInt16: SCALEBitwiseInteger {}
extension UInt32: SCALEBitwiseInteger {}
extension UInt64: SCALEBitwiseInteger {}
extension UInt128: SCALEBitwiseInteger {}
extension Int8: SCALEBitwiseInteger {}
extension Int16: SCALEBitwiseInteger {}
extension Int32: SCALEBitwiseInteger {}
extension Int64: SCALEBitwiseInteger {}
extension Int128: SCALEBitwiseInteger {}

/// Whether arrays of `T` may be copied to and from SCALE bytes wholesale on this host.
@inlinable
func isBulkCopyable<T>(_ type: T.Type) -> Bool {
    #if _endian(little)
    return T.self is any SCALEBitwiseInteger.Type
    #else
    return false
    #endif
}
