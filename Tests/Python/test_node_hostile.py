"""Hostile input to the node's JSON-RPC: every bad message gets a JSON-RPC error (or the
connection is closed for an oversized frame) and the node keeps serving."""
import json
import random

import pytest
import websocket
from substrateinterface import Keypair, SubstrateInterface

from node_process import Node


@pytest.fixture(scope="module")
def node():
    n = Node(block_time=500).start()
    yield n
    n.stop()


def ask(ws, text):
    ws.send(text)
    return json.loads(ws.recv())


def assert_serving(node):
    ws = websocket.create_connection(node.url, timeout=10)
    answer = ask(ws, json.dumps({"jsonrpc": "2.0", "id": 1, "method": "system_chain", "params": []}))
    assert answer["result"] == "Bittensor Development"
    ws.close()


def test_malformed_requests_get_json_rpc_errors(node):
    ws = websocket.create_connection(node.url, timeout=10)
    cases = [
        ("{not json", -32700),
        ("[]", -32600),
        ("42", -32600),
        (json.dumps({"jsonrpc": "2.0", "id": 1}), -32600),
        (json.dumps({"jsonrpc": "2.0", "id": 2, "method": "no_such_method", "params": []}), -32601),
        (json.dumps({"jsonrpc": "2.0", "id": 3, "method": "chain_getBlockHash", "params": ["twelve"]}), -32602),
        (json.dumps({"jsonrpc": "2.0", "id": 4, "method": "state_getStorage", "params": [17]}), -32602),
        (json.dumps({"jsonrpc": "2.0", "id": 5, "method": "state_getStorage", "params": ["0xzz"]}), -32602),
        (json.dumps({"jsonrpc": "2.0", "id": 6, "method": "chain_getHeader", "params": ["0x1234"]}), -32602),
        (json.dumps({"jsonrpc": "2.0", "id": 7, "method": "author_submitExtrinsic", "params": ["0xdeadbeef"]}), 1010),
        (json.dumps({"jsonrpc": "2.0", "id": 8, "method": "state_call", "params": ["Nope_nothing", "0x"]}), 4003),
        ("[" * 10000, -32700),
    ]
    for text, code in cases:
        answer = ask(ws, text)
        assert answer["error"]["code"] == code, (text[:60], answer)
    # String ids come back as strings.
    assert ask(ws, json.dumps({"jsonrpc": "2.0", "id": "xK17", "method": "system_name"}))["id"] == "xK17"
    ws.close()
    assert_serving(node)


def test_bad_signatures_and_stale_nonces_are_refused_with_1010(node):
    substrate = SubstrateInterface(url=node.url)
    alice = Keypair.create_from_uri("//Alice")
    call = substrate.compose_call("Balances", "transfer", {"dest": Keypair.create_from_uri("//H").ss58_address, "value": 10**9})
    xt = substrate.create_signed_extrinsic(call, alice)
    data = bytearray(xt.data.data)
    data[40] ^= 0xFF  # inside the signature
    ws = websocket.create_connection(node.url, timeout=10)
    answer = ask(ws, json.dumps({"jsonrpc": "2.0", "id": 1, "method": "author_submitExtrinsic", "params": ["0x" + data.hex()]}))
    assert answer["error"]["code"] == 1010 and "bad signature" in answer["error"]["data"]
    receipt = substrate.submit_extrinsic(xt, wait_for_inclusion=True)
    assert receipt.is_success
    again = ask(ws, json.dumps({"jsonrpc": "2.0", "id": 2, "method": "author_submitExtrinsic", "params": ["0x" + bytes(xt.data.data).hex()]}))
    assert again["error"]["code"] == 1010 and "outdated" in again["error"]["data"]
    ws.close()
    assert_serving(node)


def test_an_oversized_frame_closes_only_that_connection(node):
    ws = websocket.create_connection(node.url, timeout=20)
    try:
        ws.send("x" * (17 * 1024 * 1024))
        ws.recv()
    except Exception:
        pass
    ws.close()
    assert_serving(node)


def test_thousands_of_random_messages(node):
    rng = random.Random(7)
    ws = websocket.create_connection(node.url, timeout=20)
    methods = ["state_getStorage", "chain_getBlock", "state_call", "author_submitExtrinsic", "chain_getBlockHash",
               "state_getKeysPaged", "system_accountNextIndex", "payment_queryInfo", "state_queryStorageAt", "bogus"]
    junk_values = [None, 1, -1, 2**70, "0x", "0x00", "zz", [], {}, [1, 2], "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
                   "0x" + "ab" * 32, True, 1.5]
    for i in range(3000):
        choice = rng.random()
        if choice < 0.2:
            text = "".join(chr(rng.randrange(32, 127)) for _ in range(rng.randrange(1, 80)))
        elif choice < 0.3:
            text = "0x" + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200))).hex()
            text = json.dumps({"jsonrpc": "2.0", "id": i, "method": "author_submitExtrinsic", "params": [text]})
        else:
            params = [rng.choice(junk_values) for _ in range(rng.randrange(0, 4))]
            text = json.dumps({"jsonrpc": "2.0", "id": i, "method": rng.choice(methods), "params": params})
        answer = ask(ws, text)
        assert "error" in answer or "result" in answer
    ws.close()
    assert_serving(node)
