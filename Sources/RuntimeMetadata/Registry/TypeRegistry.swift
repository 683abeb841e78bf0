import SCALECodec

/// A type's id in the registry: its position, dense from 0.
public typealias TypeID = UInt32

/// A scale-info-like type registry under construction: interns type descriptions and hands
/// out dense ids `0..<count` in registration order, as scale-info's `PortableRegistry` does
/// (clients look types up by id, some by position).
///
/// Two ways in: `register(_:)` interns a description (the same description gets the same id),
/// and `define(_:_:)` builds a named type once, reserving its id before its parts are built, so
/// a type may refer to itself (`RuntimeCall` inside `Sudo.sudo`).
public struct TypeRegistry: Sendable {
    private var slots: [TypeDescription?] = []
    private var interned: [TypeDescription: TypeID] = [:]
    private var named: [String: TypeID] = [:]

    public init() {}

    /// The number of ids handed out.
    public var count: Int { slots.count }

    /// The description behind `id`. Traps for an id whose `define` is still building it.
    public subscript(id: TypeID) -> TypeDescription {
        guard let description = slots[Int(id)] else { preconditionFailure("type \(id) is still being defined") }
        return description
    }

    /// Every type in id order. Traps if a definition is unfinished.
    public var types: [TypeDescription] { (0..<TypeID(slots.count)).map { self[$0] } }

    /// The id of `description`, registering it when new.
    /// - Complexity: O(size of the description) for the hash lookup.
    @discardableResult
    public mutating func register(_ description: TypeDescription) -> TypeID {
        if let id = interned[description] { return id }
        let id = TypeID(slots.count)
        slots.append(description)
        interned[description] = id
        return id
    }

    /// The id of the type called `key`, built by `build` the first time. The id is reserved
    /// before `build` runs, so `build` may ask for `key` again (recursion) and gets that id.
    public mutating func define(_ key: String, _ build: (inout TypeRegistry) -> TypeDescription) -> TypeID {
        if let id = named[key] { return id }
        let id = TypeID(slots.count)
        slots.append(nil)
        named[key] = id
        let description = build(&self)
        slots[Int(id)] = description
        if interned[description] == nil { interned[description] = id }
        return id
    }

    /// The id already given to `key` by `define`, if any.
    public func id(named key: String) -> TypeID? { named[key] }

    /// `PortableRegistry`: `Vec<(Compact<u32> id, Type)>`.
    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encodeCompactLength(slots.count)
        for (id, description) in types.enumerated() {
            encoder.encodeCompact(UInt32(id))
            encoder.encode(description)
        }
    }
}
