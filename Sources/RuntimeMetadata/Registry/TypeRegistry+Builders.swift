/// Shorthands for the anonymous types (primitives, sequences, tuples …) and for named
/// composites and enums, so pallet descriptions read like their Rust declarations.
extension TypeRegistry {
    public mutating func primitive(_ primitive: PrimitiveType) -> TypeID { register(TypeDescription(.primitive(primitive))) }
    public mutating func sequence(of element: TypeID) -> TypeID { register(TypeDescription(.sequence(element))) }
    public mutating func array(_ length: UInt32, of element: TypeID) -> TypeID {
        register(TypeDescription(.array(length: length, element: element)))
    }
    public mutating func tuple(_ elements: [TypeID]) -> TypeID { register(TypeDescription(.tuple(elements))) }
    public mutating func compact(of inner: TypeID) -> TypeID { register(TypeDescription(.compact(inner))) }
    /// `()`.
    public mutating func unit() -> TypeID { tuple([]) }
    /// `Vec<u8>`.
    public mutating func bytes() -> TypeID { sequence(of: primitive(.u8)) }

    /// A named struct (or tuple struct when the fields have no names), built once per path.
    public mutating func composite(
        _ path: [String], parameters: [TypeParameter] = [], docs: [String] = [], _ fields: (inout TypeRegistry) -> [TypeField]
    ) -> TypeID {
        define(Self.key(path, parameters)) { registry in
            TypeDescription(path: path, parameters: parameters, .composite(fields(&registry)), docs: docs)
        }
    }

    /// A named enum, built once per path.
    public mutating func variant(
        _ path: [String], parameters: [TypeParameter] = [], docs: [String] = [], _ variants: (inout TypeRegistry) -> [TypeVariant]
    ) -> TypeID {
        define(Self.key(path, parameters)) { registry in
            TypeDescription(path: path, parameters: parameters, .variant(variants(&registry)), docs: docs)
        }
    }

    /// A field-less enum whose variants are `names` with indices 0, 1, 2 …
    public mutating func plainEnum(_ path: [String], _ names: [String]) -> TypeID {
        variant(path) { _ in names.enumerated().map { TypeVariant($0.element, index: UInt8($0.offset)) } }
    }

    /// `Option<T>`.
    public mutating func option(of some: TypeID) -> TypeID {
        variant(["Option"], parameters: [TypeParameter("T", some)]) { _ in
            [TypeVariant("None", index: 0), TypeVariant("Some", index: 1, fields: [TypeField(nil, some)])]
        }
    }

    /// `Result<T, E>`.
    public mutating func result(ok: TypeID, error: TypeID) -> TypeID {
        variant(["Result"], parameters: [TypeParameter("T", ok), TypeParameter("E", error)]) { _ in
            [TypeVariant("Ok", index: 0, fields: [TypeField(nil, ok)]), TypeVariant("Err", index: 1, fields: [TypeField(nil, error)])]
        }
    }

    /// The key `define` files a named type under: its path and the ids of its parameters.
    static func key(_ path: [String], _ parameters: [TypeParameter]) -> String {
        let arguments = parameters.map { $0.type.map(String.init) ?? "_" }.joined(separator: ",")
        return path.joined(separator: "::") + (parameters.isEmpty ? "" : "<\(arguments)>")
    }
}
