/// A Merlin transcript (STROBE-128 based Fiat–Shamir transcript), as schnorrkel uses it for
/// sr25519 signing contexts, challenges, witnesses and HDKD.
public struct MerlinTranscript: Sendable {
    private var strobe: Strobe128

    /// Starts a transcript with domain separator `label`.
    public init(label: String) {
        self.init(label: Array(label.utf8))
    }

    /// Starts a transcript with domain separator `label`.
    public init(label: [UInt8]) {
        strobe = Strobe128(protocolLabel: Array("Merlin v1.0".utf8))
        appendMessage(label: Array("dom-sep".utf8), message: label)
    }

    /// Appends `message` under `label`.
    public mutating func appendMessage<M: Collection>(label: [UInt8], message: M) where M.Element == UInt8 {
        strobe.metaAD(label, more: false)
        strobe.metaAD(Self.le32(message.count), more: true)
        strobe.ad(message, more: false)
    }

    /// Appends `message` under the UTF-8 label `label`.
    public mutating func appendMessage<M: Collection>(_ label: String, _ message: M) where M.Element == UInt8 {
        appendMessage(label: Array(label.utf8), message: message)
    }

    /// Draws `count` challenge bytes under `label`.
    public mutating func challengeBytes(_ label: String, count: Int) -> [UInt8] {
        strobe.metaAD(Array(label.utf8), more: false)
        strobe.metaAD(Self.le32(count), more: true)
        return strobe.prf(count, more: false)
    }

    /// Draws a 64-byte challenge under `label` and reduces it modulo the group order.
    public mutating func challengeScalar(_ label: String) -> Ristretto255.Scalar {
        Ristretto255.Scalar(reducingWide: challengeBytes(label, count: 64))
    }

    /// Derives `count` witness bytes bound to this transcript, the secret `witnesses` and
    /// 32 bytes of `randomness`, without modifying the transcript (schnorrkel's
    /// `witness_bytes` with the transcript RNG).
    public func witnessBytes(_ label: String, witnesses: [[UInt8]], randomness: [UInt8], count: Int) -> [UInt8] {
        var rng = strobe
        let labelBytes = Array(label.utf8)
        for witness in witnesses {
            rng.metaAD(labelBytes, more: false)
            rng.metaAD(Self.le32(witness.count), more: true)
            rng.key(witness, more: false)
        }
        rng.metaAD(Array("rng".utf8), more: false)
        rng.key(randomness, more: false)
        rng.metaAD(Self.le32(count), more: false)
        return rng.prf(count, more: false)
    }

    static func le32(_ n: Int) -> [UInt8] {
        let v = UInt32(truncatingIfNeeded: n)
        return [UInt8(v & 0xff), UInt8((v >> 8) & 0xff), UInt8((v >> 16) & 0xff), UInt8(v >> 24)]
    }
}
