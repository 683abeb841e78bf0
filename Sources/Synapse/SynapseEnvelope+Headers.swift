import Foundation

/// The HTTP headers of a synapse, as bittensor 7.4.0's `Synapse.to_headers` writes them and
/// `parse_headers_to_inputs` reads them.
extension SynapseEnvelope {
    /// Header prefixes; bittensor matches them as substrings of lower-cased names.
    public static let axonPrefix = "bt_header_axon_"
    public static let dendritePrefix = "bt_header_dendrite_"
    public static let inputPrefix = "bt_header_input_obj_"

    /// The headers in `to_headers` order: `name`, `timeout`, `bt_header_axon_*`,
    /// `bt_header_dendrite_*` (non-`nil` fields), `bt_header_input_obj_*` for the payload's
    /// required fields, `header_size`, `total_size`, `computed_body_hash`.
    ///
    /// - Parameters:
    ///   - requiredFields: the payload's required fields and the JSON of their empty value.
    ///   - bodyHash: the payload's `computed_body_hash`.
    ///   - totalSize: what to report as `total_size` (bittensor's is an interpreter size estimate).
    public func headers(
        requiredFields: [(field: String, emptyJSON: String)], bodyHash: String, totalSize: Int
    ) -> [(String, String)] {
        var headers: [(String, String)] = []
        headers.reserveCapacity(24)
        headers.append(("name", name ?? ""))
        headers.append(("timeout", PythonValue.float(timeout ?? 12.0).str))
        for (field, value) in axon.headerFields { headers.append((Self.axonPrefix + field, value)) }
        for (field, value) in dendrite.headerFields { headers.append((Self.dendritePrefix + field, value)) }
        for (field, empty) in requiredFields {
            headers.append((Self.inputPrefix + field, Data(empty.utf8).base64EncodedString()))
        }
        headers.append(("header_size", String(Self.pythonDictSize(entries: headers.count))))
        headers.append(("total_size", String(totalSize)))
        headers.append(("computed_body_hash", bodyHash))
        return headers
    }

    /// Reads the envelope from request or response headers (names in any case).
    ///
    /// Terminal fields come from `bt_header_axon_*` / `bt_header_dendrite_*`; `name`, `timeout`,
    /// `header_size`, `total_size` and `computed_body_hash` from their own headers. Unknown
    /// headers are ignored, as in bittensor.
    ///
    /// - Throws: `SynapseError.malformedHeader` when a numeric value does not parse.
    public init(headers: some Sequence<(name: String, value: String)>) throws(SynapseError) {
        self.init(name: nil, timeout: nil, totalSize: nil, headerSize: nil, computedBodyHash: nil)
        for (rawName, value) in headers {
            let name = rawName.lowercased()
            if let field = Self.suffix(of: name, after: Self.axonPrefix) {
                try axon.set(field: field, headerValue: value)
            } else if let field = Self.suffix(of: name, after: Self.dendritePrefix) {
                try dendrite.set(field: field, headerValue: value)
            } else {
                switch name {
                case "name": self.name = value
                case "timeout":
                    guard let t = Double(value.trimmingSpaces), t.isFinite else { throw .malformedHeader("timeout") }
                    timeout = t
                case "header_size":
                    guard let v = Int(value.trimmingSpaces) else { throw .malformedHeader("header_size") }
                    headerSize = v
                case "total_size":
                    guard let v = Int(value.trimmingSpaces) else { throw .malformedHeader("total_size") }
                    totalSize = v
                case "computed_body_hash": computedBodyHash = value
                default: break
                }
            }
        }
    }

    /// What follows `marker` in `name`, matched anywhere as bittensor's `in` test does (the
    /// common case, a prefix, without a substring search).
    static func suffix(of name: String, after marker: String) -> Substring? {
        if name.hasPrefix(marker) { return name.dropFirst(marker.count) }
        guard name.utf8.count > marker.utf8.count, name.contains("bt_header_"),
              let range = name.range(of: marker) else { return nil }
        return name[range.upperBound...]
    }

    /// CPython 3.11's `sys.getsizeof` of a dict built by inserting `entries` keys, which is what
    /// bittensor reports as `header_size`.
    static func pythonDictSize(entries: Int) -> Int {
        switch entries {
        case 0: return 64
        case 1...5: return 184
        case 6...10: return 272
        case 11...21: return 464
        case 22...42: return 832
        case 43...85: return 1584
        default: return 3328
        }
    }
}
