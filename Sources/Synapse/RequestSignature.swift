import Keys
import Primitives

/// The signatures of the synapse protocol (bittensor 7.4.0 `dendrite.preprocess_synapse_for_request`,
/// `axon.default_verify`, `AxonMiddleware.preprocess`): sr25519 with Substrate's `"substrate"`
/// context over UTF-8 text, sent as `"0x" + hex`.
public enum RequestSignature {
    /// What a dendrite signs: `"{nonce}.{dendrite_hotkey}.{axon_hotkey}.{uuid}.{body_hash}"`.
    public static func dendriteMessage(
        nonce: Int64, dendriteHotkey: String, axonHotkey: String, uuid: String, bodyHash: String
    ) -> String {
        "\(nonce).\(dendriteHotkey).\(axonHotkey).\(uuid).\(bodyHash)"
    }

    /// What an axon signs on each answer: `"{axon_nonce}.{dendrite_hotkey}.{axon_hotkey}.{axon_uuid}"`.
    public static func axonMessage(nonce: Int64, dendriteHotkey: String, axonHotkey: String, axonUUID: String) -> String {
        "\(nonce).\(dendriteHotkey).\(axonHotkey).\(axonUUID)"
    }

    /// `"0x" + hex(sign(message))`.
    public static func sign(_ message: String, with keypair: Keypair) -> String {
        Hex.encode(keypair.sign(Array(message.utf8)), prefixed: true)
    }

    /// Whether `signature` (hex, with or without `0x`) is `publicKey`'s sr25519 signature of
    /// `message`. Like substrate-interface's `Keypair.verify`, a signature of the message wrapped
    /// in `<Bytes>…</Bytes>` (what browser wallets sign) is accepted too. Never throws.
    public static func verify(_ signature: String, message: String, publicKey: Sr25519.PublicKey) -> Bool {
        guard let bytes = try? Hex.decode(signature), bytes.count == Sr25519.signatureLength else { return false }
        if publicKey.verify(bytes, message: Array(message.utf8)) { return true }
        return publicKey.verify(bytes, message: Array("<Bytes>\(message)</Bytes>".utf8))
    }

    /// The sr25519 public key behind an SS58 address, or `nil` if it is not a valid address.
    public static func publicKey(ss58 address: String) -> Sr25519.PublicKey? {
        guard let decoded = try? SS58.decode(address) else { return nil }
        return Sr25519.PublicKey(bytes: decoded.publicKey)
    }
}
