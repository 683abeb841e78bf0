
/// `sp_version::RuntimeVersion`: the type of the `System.Version` constant (its value is
/// `RuntimeVersion.current`).
extension RuntimeTypes {
    static func runtimeVersion(in registry: inout TypeRegistry) -> TypeID {
        registry.composite(["sp_version", "RuntimeVersion"]) { r in
            let str = r.primitive(.str)
            let text = r.composite(["Cow"], parameters: [TypeParameter("T", str)]) { _ in [TypeField(nil, str)] }
            let u32 = r.primitive(.u32)
            let apiList = r.sequence(of: r.tuple([r.array(8, of: r.primitive(.u8)), u32]))
            let apis = r.composite(["Cow"], parameters: [TypeParameter("T", apiList)]) { _ in [TypeField(nil, apiList)] }
            return [
                TypeField("spec_name", text, typeName: "RuntimeString"), TypeField("impl_name", text, typeName: "RuntimeString"),
                TypeField("authoring_version", u32, typeName: "u32"), TypeField("spec_version", u32, typeName: "u32"),
                TypeField("impl_version", u32, typeName: "u32"), TypeField("apis", apis, typeName: "ApisVec"),
                TypeField("transaction_version", u32, typeName: "u32"), TypeField("state_version", r.primitive(.u8), typeName: "u8"),
            ]
        }
    }
}
