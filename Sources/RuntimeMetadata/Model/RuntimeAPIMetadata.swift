import SCALECodec

/// A runtime API trait (V15): its methods, reached with `state_call("<Name>_<method>", args)`.
public struct RuntimeAPIMetadata: Sendable, SCALEEncodable {
    /// One method: named inputs, in order, and the output type.
    public struct Method: Sendable, SCALEEncodable {
        public var name: String
        public var inputs: [(name: String, type: TypeID)]
        public var output: TypeID
        public var docs: [String]

        public init(_ name: String, inputs: [(name: String, type: TypeID)] = [], output: TypeID, docs: [String] = []) {
            self.name = name
            self.inputs = inputs
            self.output = output
            self.docs = docs
        }

        public func encode(to encoder: inout SCALEEncoder) {
            encoder.encode(name)
            encoder.encodeCompactLength(inputs.count)
            for input in inputs {
                encoder.encode(input.name)
                encoder.encodeCompact(input.type)
            }
            encoder.encodeCompact(output)
            encoder.encode(docs)
        }
    }

    /// The trait name (`AccountNonceApi`).
    public var name: String
    /// The trait version the runtime implements (reported in `RuntimeVersion.apis`).
    public var version: UInt32
    public var methods: [Method]
    public var docs: [String]

    public init(_ name: String, version: UInt32, methods: [Method], docs: [String] = []) {
        self.name = name
        self.version = version
        self.methods = methods
        self.docs = docs
    }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(name)
        encoder.encode(methods)
        encoder.encode(docs)
    }
}
