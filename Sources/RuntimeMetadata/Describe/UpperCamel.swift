/// `fundsUnavailable` → `FundsUnavailable`: a Swift case name in the chain's spelling.
func upperCamel(_ value: Any) -> String {
    let text = String(describing: value)
    return text.prefix(1).uppercased() + text.dropFirst()
}
