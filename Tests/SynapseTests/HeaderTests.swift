import Foundation
import Keys
import Testing
@testable import Synapse

@Suite struct HeaderTests {
    func sample() -> SynapseMessage<TextCausalLMNext> {
        var message = SynapseMessage(payload: TextCausalLMNext(textInputs: [104, 105], topk: 4))
        message.envelope.timeout = 12.0
        message.dendrite = TerminalInfo(ip: "127.0.0.1", version: 7_004_000, nonce: 1_700_000_000_000_000_000, uuid: "u-1", hotkey: "5Dend", signature: "0xab")
        message.axon = TerminalInfo(ip: "127.0.0.1", port: 8091, hotkey: "5Axon")
        return message
    }

    @Test func headersFollowToHeadersOrder() {
        let headers = sample().headers(totalSize: 10)
        #expect(headers.map(\.0) == [
            "name", "timeout", "bt_header_axon_ip", "bt_header_axon_port", "bt_header_axon_hotkey",
            "bt_header_dendrite_ip", "bt_header_dendrite_version", "bt_header_dendrite_nonce", "bt_header_dendrite_uuid",
            "bt_header_dendrite_hotkey", "bt_header_dendrite_signature", "bt_header_input_obj_text_inputs",
            "header_size", "total_size", "computed_body_hash",
        ])
        let values = Dictionary(uniqueKeysWithValues: headers)
        #expect(values["name"] == "TextCausalLMNext")
        #expect(values["timeout"] == "12.0")
        #expect(values["bt_header_input_obj_text_inputs"] == "W10=")  // base64("[]")
        #expect(values["header_size"] == "464")  // sys.getsizeof of a 12-entry dict
        #expect(values["computed_body_hash"] == sample().payload.bodyHash)
    }

    @Test func headersRoundTripCaseInsensitively() throws {
        let message = sample()
        let headers = message.headers().map { (name: $0.0.uppercased(), value: $0.1) }
        let parsed = try SynapseEnvelope(headers: headers)
        #expect(parsed.name == "TextCausalLMNext")
        #expect(parsed.timeout == 12.0)
        #expect(parsed.dendrite == message.dendrite)
        #expect(parsed.axon == message.axon)
        #expect(parsed.computedBodyHash == message.payload.bodyHash)
    }

    @Test func malformedNumericHeaderIsAnError() {
        #expect(throws: SynapseError.malformedHeader("nonce")) {
            try SynapseEnvelope(headers: [(name: "bt_header_dendrite_nonce", value: "abc")])
        }
        #expect(throws: SynapseError.malformedHeader("timeout")) {
            try SynapseEnvelope(headers: [(name: "timeout", value: "nan")])
        }
    }

    @Test func jsonBodyIsFlatAndRoundTrips() throws {
        let message = sample()
        let body = try message.jsonBody()
        let object = try #require(JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(object["text_inputs"] as? [Int] == [104, 105])
        #expect(object["name"] as? String == "TextCausalLMNext")
        #expect((object["axon"] as? [String: Any])?["status_code"] is NSNull)
        let decoded = try SynapseMessage<TextCausalLMNext>.decode(jsonBody: body)
        #expect(decoded.payload == message.payload)
        #expect(decoded.envelope == message.envelope)
    }

    @Test func lenientTerminalNumbers() throws {
        let body = Data(#"{"dendrite":{"status_code":"200","port":"9000","process_time":"0.5"},"text_inputs":[]}"#.utf8)
        let decoded = try SynapseMessage<TextCausalLMNext>.decode(jsonBody: body)
        #expect(decoded.dendrite.statusCode == 200 && decoded.dendrite.port == 9000 && decoded.dendrite.processTime == 0.5)
    }

    @Test(arguments: ["", "{", "[]", #"{"text_inputs": "x"}"#, #"{"topk": 3}"#])
    func malformedBodiesAreErrorsNotCrashes(body: String) {
        #expect(throws: SynapseError.self) { try SynapseMessage<TextCausalLMNext>.decode(jsonBody: Data(body.utf8)) }
    }

    @Test func signatureMessageAndVerification() throws {
        let pair = try Keypair(uri: "//Alice", scheme: .sr25519)
        let address = try pair.ss58Address()
        let text = RequestSignature.dendriteMessage(nonce: 5, dendriteHotkey: address, axonHotkey: "5Axon", uuid: "u", bodyHash: "h")
        #expect(text == "5.\(address).5Axon.u.h")
        let signature = RequestSignature.sign(text, with: pair)
        #expect(signature.hasPrefix("0x") && signature.count == 130)
        let key = try #require(RequestSignature.publicKey(ss58: address))
        #expect(RequestSignature.verify(signature, message: text, publicKey: key))
        #expect(!RequestSignature.verify(signature, message: text + "x", publicKey: key))
        #expect(!RequestSignature.verify("0x1234", message: text, publicKey: key))
        #expect(!RequestSignature.verify("not hex", message: text, publicKey: key))
        #expect(RequestSignature.publicKey(ss58: "garbage") == nil)
    }
}
