import JSON
import Yuma

/// A `subtensor epoch` input (yuma.md §7): one storage snapshot, or a sequence
/// `{"initial_state": {…}, "steps": [{…}, …]}` whose steps override fields and run one epoch each.
struct EpochDocument {
    /// One epoch to run: the overrides it applies first, and how to run it.
    struct Step {
        var overrides: EpochObject
        /// Prefix for error messages (`""` for a single snapshot, `"steps[2]."` in a sequence).
        var path: String
        /// A step's own `"variant"`; `nil` uses the command's default.
        var variant: EpochVariant?
        var label: String?
    }

    /// One epoch that ran.
    struct Result {
        var label: String?
        var variant: EpochVariant
        var input: EpochInput
        var output: EpochOutput
    }

    var initialState: EpochObject
    var steps: [Step]
    /// Whether the document is a sequence (its output is `{"steps": […]}`).
    var isSequence: Bool
    /// A top-level `"weights_raw"`.
    var weightsRaw: Bool

    /// Parses and checks the document's shape (the fields are checked when they are applied).
    init(bytes: [UInt8]) throws(EpochFormatError) {
        let root: JSONValue
        do { root = try JSONParser.parse(bytes, maximumDepth: 512) } catch { throw Self.syntaxError(error, in: bytes) }
        let top = try EpochField.object(root, "the input")
        weightsRaw = try top["weights_raw"].map { v throws(EpochFormatError) in try EpochField.bool(v, "weights_raw") } ?? false
        guard let stepsValue = top["steps"] else {
            initialState = EpochObject()
            steps = [Step(overrides: top, path: "", variant: try Self.variant(top, path: ""), label: nil)]
            isSequence = false
            return
        }
        guard let initial = top["initial_state"] else {
            throw EpochFormatError("initial_state is missing (a document with steps is a sequence).")
        }
        initialState = try EpochField.object(initial, "initial_state")
        steps = []
        for (k, value) in try EpochField.list(stepsValue, "steps").enumerated() {
            let path = "steps[\(k)]"
            let overrides = try EpochField.object(value, path)
            var label: String?
            if case .string(let text)? = overrides["label"] { label = text }
            steps.append(Step(overrides: overrides, path: path + ".", variant: try Self.variant(overrides, path: path + "."),
                              label: label))
        }
        isSequence = true
    }

    /// The parser's complaint as one sentence with a line and a column; any fault at the end of
    /// the input reads "unexpected end of input".
    private static func syntaxError(_ error: JSONParser.Error, in bytes: [UInt8]) -> EpochFormatError {
        let (line, column) = error.lineAndColumn(in: bytes)
        let message = error.offset >= bytes.count ? "unexpected end of input" : error.message
        return EpochFormatError("input is not valid JSON: \(message) at line \(line), column \(column).")
    }

    private static func variant(_ object: EpochObject, path: String) throws(EpochFormatError) -> EpochVariant? {
        guard let value = object["variant"] else { return nil }
        guard case .string(let name) = value, let variant = EpochVariant(rawValue: name) else {
            throw EpochFormatError("\(path)variant must be \"sparse\" or \"dense\", found \(EpochField.describe(value)).")
        }
        return variant
    }

    /// Runs every step in order; `Bonds` and `ValidatorPermit` carry over from each epoch to the
    /// next.
    /// - Parameters:
    ///   - defaultVariant: the variant of steps that do not name one.
    ///   - denseLimit: the largest `n` a dense epoch may have (it holds several n × n matrices).
    func run(defaultVariant: EpochVariant, denseLimit: Int = 8192) throws(EpochFormatError) -> [Result] {
        var draft = EpochDraft()
        if isSequence { try draft.apply(initialState, path: "initial_state.", weightsRaw: weightsRaw) }
        var results: [Result] = []
        for step in steps {
            try draft.apply(step.overrides, path: step.path, weightsRaw: weightsRaw)
            let context = isSequence ? String(step.path.dropLast()) + ": " : ""
            let input = try draft.input(path: context)
            let variant = step.variant ?? defaultVariant
            if variant == .dense && Int(input.n) > denseLimit {
                throw EpochFormatError("\(context)n = \(input.n) is too large for the dense epoch (at most \(denseLimit)); run it sparse.")
            }
            let output: EpochOutput
            do { output = try Epoch.run(input, variant: variant) } catch { throw EpochFormatError(context + error.description) }
            results.append(Result(label: step.label, variant: variant, input: input, output: output))
            draft.bonds = output.bonds
            draft.validatorPermit = output.validatorPermit
        }
        return results
    }
}
