import SCALECodec

/// This runtime's metadata, V14 and V15, generated from its own type registry and pallet
/// descriptions (substrate-interop.md part B).
///
/// Both blobs are the full `RuntimeMetadataPrefixed`: `"meta"` ‖ version byte ‖ body. They are
/// built once, on first use. Serve V14 at `state_getMetadata` (py-substrate-interface reads
/// only that) and V15 at `Metadata_metadata_at_version(15)`.
public enum RuntimeMetadata {
    /// `"meta"`, the magic every metadata blob starts with.
    public static let magic: [UInt8] = Array("meta".utf8)

    /// The metadata versions this runtime serves.
    public static let versions: [UInt32] = [14, 15]

    /// The V14 blob.
    public static func v14() -> [UInt8] { encodedV14 }
    /// The V15 blob.
    public static func v15() -> [UInt8] { encodedV15 }

    /// The blob for `version`, or `nil` for a version not served (`metadata_at_version`).
    public static func blob(version: UInt32) -> [UInt8]? {
        switch version {
        case 14: return encodedV14
        case 15: return encodedV15
        default: return nil
        }
    }

    /// The description both blobs encode, built once.
    public static let document = MetadataDocument.build()
    private static let encodedV14 = document.encoded(version: 14)
    private static let encodedV15 = document.encoded(version: 15)
}
