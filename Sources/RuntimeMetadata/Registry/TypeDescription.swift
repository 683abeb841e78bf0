import SCALECodec

/// One entry of the type registry: scale-info's `Type` (path, generic parameters, definition, docs).
public struct TypeDescription: Hashable, Sendable, SCALEEncodable {
    /// The Rust path, crate first (`["sp_core", "crypto", "AccountId32"]`); empty for
    /// primitives, tuples, sequences, arrays and compacts. Clients recognise types by it.
    public var path: [String]
    public var parameters: [TypeParameter]
    public var definition: TypeDefinition
    public var docs: [String]

    public init(path: [String] = [], parameters: [TypeParameter] = [], _ definition: TypeDefinition, docs: [String] = []) {
        self.path = path
        self.parameters = parameters
        self.definition = definition
        self.docs = docs
    }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(path)
        encoder.encode(parameters)
        encoder.encode(definition)
        encoder.encode(docs)
    }
}
