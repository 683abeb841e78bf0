import JSON
import Yuma

/// The JSON output of `subtensor epoch`: one member per stored vector, one per line.
enum EpochOutputJSON {
    /// A single epoch's output object.
    static func render(_ result: EpochDocument.Result) -> String {
        let output = result.output
        var members: [(String, String)] = [
            ("active", list(output.active)),
            ("rank", list(output.rank)),
            ("trust", list(output.trust)),
            ("consensus", list(output.consensus)),
            ("incentive", list(output.incentive)),
            ("dividends", list(output.dividends)),
            ("emission", list(output.emission)),
            ("validator_trust", list(output.validatorTrust)),
            ("validator_permit", list(output.validatorPermit)),
            ("bonds", rows(output.bonds)),
            ("pruning_scores", list(output.pruningScores)),
            ("server_emission", list(output.serverEmission)),
            ("validator_emission", list(output.validatorEmission)),
        ]
        var info = "{\"variant\":\"\(result.variant.rawValue)\",\"n\":\(result.input.n),\"current_block\":\(result.input.currentBlock)"
        if let label = result.label { info += ",\"label\":" + JSONString.quoted(label) }
        members.append(("info", info + "}"))
        return "{" + members.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",\n") + "}"
    }

    /// The document's output: the single object, or `{"steps": [...]}` for a sequence.
    static func render(_ results: [EpochDocument.Result], sequence: Bool) -> String {
        if !sequence, let only = results.first { return render(only) }
        return "{\"steps\":[\n" + results.map(render).joined(separator: ",\n") + "\n]}"
    }

    private static func list<T: CustomStringConvertible>(_ values: [T]) -> String {
        "[" + values.map(\.description).joined(separator: ",") + "]"
    }

    private static func rows(_ rows: [[UIDValue]]) -> String {
        "[" + rows.map { row in "[" + row.map { "[\($0.uid),\($0.value)]" }.joined(separator: ",") + "]" }
            .joined(separator: ",") + "]"
    }
}
