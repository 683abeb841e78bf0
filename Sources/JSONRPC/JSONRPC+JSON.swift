// JSON-RPC's values are the package's JSON values: code that imports JSONRPC uses `JSONValue`
// and `JSONParser` without importing JSON itself.
@_exported import JSON
