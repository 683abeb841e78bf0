import SCALECodec
import ChainTypes
import Primitives

/// An extrinsic whose signature, era and call were checked: who sends it, with which nonce and
/// tip, and the decoded call.
public struct CheckedExtrinsic: Equatable, Sendable {
    /// The signer and its signed extensions, or `nil` for an inherent.
    public var signed: (sender: AccountID, nonce: UInt32, tip: UInt64)?
    public var call: RuntimeCall
    /// The encoded length, length prefix included (what the length fee charges).
    public var encodedLength: Int
    /// The era, for the pool's longevity.
    public var era: Era

    public static func == (a: CheckedExtrinsic, b: CheckedExtrinsic) -> Bool {
        a.call == b.call && a.encodedLength == b.encodedLength && a.era == b.era
            && a.signed?.sender == b.signed?.sender && a.signed?.nonce == b.signed?.nonce && a.signed?.tip == b.signed?.tip
    }
}
