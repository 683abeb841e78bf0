import CompressNIO
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Hummingbird's side of the axon: turns an HTTP request into an `AxonRequest`, runs the
/// pipeline, and writes the `AxonResponse` back, with optional gzip both ways.
struct AxonResponder: HTTPResponder {
    typealias Context = AxonRequestContext
    let core: AxonCore

    func respond(to request: Request, context: AxonRequestContext) async throws -> Response {
        let limit = core.configuration.limits.maxBodyBytes
        let headers = request.headers.map { (name: $0.name.canonicalName, value: $0.value) }
        var axonRequest = AxonRequest(
            path: request.uri.path, headers: headers, body: Data(),
            peerIP: context.remoteAddress?.ipAddress, peerPort: context.remoteAddress?.port)
        let gzip = core.configuration.gzip
        do {
            var buffer = try await request.body.collect(upTo: limit)
            if gzip, request.headers[.contentEncoding]?.lowercased() == "gzip" {
                var inflated = ByteBufferAllocator().buffer(capacity: limit)
                try buffer.decompress(to: &inflated, with: .gzip())
                buffer = inflated
            }
            axonRequest.body = Data(buffer: buffer)
        } catch let error as CompressNIOError where error == .bufferOverflow {
            return Self.response(core.tooLarge(axonRequest), gzip: false)
        } catch is NIOTooManyBytesError {
            return Self.response(core.tooLarge(axonRequest), gzip: false)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            return Self.response(core.tooLarge(axonRequest), gzip: false)
        } catch {
            return Self.response(core.malformed(axonRequest, reason: "unreadable body"), gzip: false)
        }
        let answer = await core.handle(axonRequest)
        let acceptsGzip = gzip && (request.headers[.acceptEncoding]?.lowercased().contains("gzip") ?? false)
        return Self.response(answer, gzip: acceptsGzip)
    }

    static func response(_ answer: AxonResponse, gzip: Bool) -> Response {
        var fields = HTTPFields()
        fields.reserveCapacity(answer.headers.count + 3)
        for (name, value) in answer.headers {
            if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) }
        }
        fields[.contentType] = "application/json"
        var body = ByteBuffer(data: answer.body)
        if gzip, body.readableBytes > 256, let compressed = try? body.compress(with: .gzip()) {
            body = compressed
            fields[.contentEncoding] = "gzip"
        }
        return Response(status: HTTPResponse.Status(code: answer.status), headers: fields, body: ResponseBody(byteBuffer: body))
    }
}
