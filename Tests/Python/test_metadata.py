"""Cross-check of the runtime metadata against py-substrate-interface 1.8.1 / scalecodec 1.2.12.

The Swift node generates its own metadata (`subtensor metadata`, V14 and V15). This test serves
it, plus a real block of our runtime, from an in-process mock node, and lets the real client
decode everything: pallets, `compose_call` encodings, storage keys and defaults, constants,
the block's extrinsics, its `System.Events` and the extrinsic receipts. The Swift side of every
comparison is in Tests/Vectors/metadata/runtime_samples.json, written by the Swift test
`MetadataSamplesTests` (deterministic: ed25519 signers).

    swift build --product subtensor
    .venv/bin/python -m pytest Tests/Python/test_metadata.py
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("substrateinterface", reason="install Scripts/requirements-oracles.txt")

from scalecodec.base import RuntimeConfigurationObject, ScaleBytes  # noqa: E402
from scalecodec.type_registry import load_type_registry_preset  # noqa: E402
from substrateinterface import Keypair, SubstrateInterface  # noqa: E402
from substrateinterface.base import ExtrinsicReceipt  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
_bin = Path(os.environ.get("SUBTENSOR_BIN", ".build/debug/subtensor"))
BIN = _bin if _bin.is_absolute() else REPO / _bin
if not (BIN.is_file() and os.access(BIN, os.X_OK)):
    pytest.skip(f"Swift binary not found at {BIN}; build it with `swift build --product subtensor`.", allow_module_level=True)

SAMPLES = json.loads((REPO / "Tests/Vectors/metadata/runtime_samples.json").read_text())
BLOCK = SAMPLES["block"]
ALICE = Keypair.create_from_uri("//Alice").ss58_address
BOB = Keypair.create_from_uri("//Bob").ss58_address
ED_ALICE = SAMPLES["signers"]["alice"]  # the sample block's ed25519 signers (substrate-interface
ED_BOB = SAMPLES["signers"]["bob"]  # cannot derive //Alice for ed25519)


def metadata_hex(version: int) -> str:
    out = subprocess.run([str(BIN), "metadata", "--version", str(version)], capture_output=True, text=True, timeout=60, check=True)
    return out.stdout.strip()


V14 = metadata_hex(14)


class MockNode(SubstrateInterface):
    """A SubstrateInterface whose RPC is answered in process from our metadata and sample block."""

    METHODS = ["chain_getHead", "chain_getHeader", "chain_getBlock", "chain_getBlockHash", "state_getRuntimeVersion",
               "state_getMetadata", "state_getStorageAt", "system_chain"]

    def rpc_request(self, method, params, result_handler=None):
        header = dict(BLOCK["header"], digest={"logs": []})
        results = {
            "rpc_methods": lambda: {"methods": self.METHODS},
            "system_chain": lambda: "Bittensor Development",
            "chain_getHead": lambda: BLOCK["hash"],
            "chain_getBlockHash": lambda: BLOCK["hash"],
            "chain_getHeader": lambda: header,
            # Fresh lists: the client decodes the block in place.
            "chain_getBlock": lambda: {"block": {"header": header, "extrinsics": list(BLOCK["extrinsics"])}, "justifications": None},
            "state_getRuntimeVersion": lambda: {
                "specName": "node-subtensor", "implName": "node-subtensor", "authoringVersion": 1, "specVersion": 127,
                "implVersion": 1, "apis": [], "transactionVersion": 1, "stateVersion": 1},
            "state_getMetadata": lambda: V14,
            "state_getStorageAt": lambda: SAMPLES["storage"].get(params[0]),
        }
        if method not in results:
            raise AssertionError(f"unexpected RPC {method} {params}")
        return {"jsonrpc": "2.0", "id": 1, "result": results[method]()}


@pytest.fixture(scope="module")
def node() -> MockNode:
    return MockNode(url="http://127.0.0.1:1", type_registry_preset="legacy", auto_discover=False)


def test_v14_decodes_in_scalecodec_and_v15_is_version_15():
    config = RuntimeConfigurationObject()
    config.update_type_registry(load_type_registry_preset("core"))
    config.update_type_registry(load_type_registry_preset("legacy"))
    metadata = config.create_scale_object("MetadataVersioned", data=ScaleBytes(V14))
    metadata.decode()  # strict: trailing bytes raise
    config.add_portable_registry(metadata)
    pallets = [(p["name"], p["index"]) for p in metadata.value[1]["V14"]["pallets"]]
    assert pallets == [("System", 0), ("Timestamp", 2), ("Aura", 3), ("Balances", 5), ("TransactionPayment", 6),
                       ("SubtensorModule", 7), ("Sudo", 12)]
    assert metadata_hex(15)[:12] == "0x6d6574610f"[:12]


def test_v15_decodes_in_bt_decode_when_installed():
    """bt-decode (frame-metadata's Rust V15 decoder, what the bittensor SDK uses) is optional here."""
    bt_decode = pytest.importorskip("bt_decode")
    blob = bytes.fromhex(metadata_hex(15)[2:])
    assert 1 << 14 <= len(blob) < 1 << 30  # so the canonical Compact<u32> of its length is the four-byte mode
    length = (len(blob) << 2 | 2).to_bytes(4, "little")
    decoded = bt_decode.MetadataV15.decode_from_metadata_option(b"\x01" + length + blob).value()
    assert [p["name"] for p in decoded["pallets"]][-1] == "Sudo"
    assert "AccountNonceApi" in [a["name"] for a in decoded["apis"]]


def test_client_initialises_with_weight_v2_and_ss58_42(node):
    node.init_runtime()
    assert node.ss58_format == 42
    assert node.config["is_weight_v2"] is True


CALLS = {
    "balances_transfer": ("Balances", "transfer", {"dest": BOB, "value": 12_345}),
    "add_stake": ("SubtensorModule", "add_stake", {"hotkey": ALICE, "amount_staked": 1_000_000_000}),
    "set_weights": ("SubtensorModule", "set_weights", {"netuid": 1, "dests": [0, 1, 2], "weights": [65_535, 32_768, 1], "version_key": 7}),
    "register": ("SubtensorModule", "register", {"netuid": 3, "block_number": 100, "nonce": 0xDEADBEEF,
                                                 "work": "0x" + bytes(range(32)).hex(), "hotkey": ALICE, "coldkey": BOB}),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_compose_call_equals_the_swift_encoding(node, name):
    module, function, params = CALLS[name]
    call = node.compose_call(module, function, params)
    assert call.data.to_hex() == SAMPLES["calls"][name]
    decoded = node.create_scale_object("Call", data=ScaleBytes(SAMPLES["calls"][name]), metadata=node.metadata)
    decoded.decode()
    assert (decoded.value["call_module"], decoded.value["call_function"]) == (module, function)


def test_sudo_wrapping_a_subtensor_call(node):
    inner = node.compose_call("SubtensorModule", "sudo_set_tempo", {"netuid": 1, "tempo": 99})
    call = node.compose_call("Sudo", "sudo", {"call": inner.value})
    assert call.data.to_hex() == SAMPLES["calls"]["sudo_set_tempo"]


def test_storage_keys_match_the_runtime_descriptors(node):
    assert node.create_storage_key("System", "Account", [ALICE]).to_hex() == SAMPLES["storage_keys"]["system_account_alice"]
    assert node.create_storage_key("SubtensorModule", "Stake", [ALICE, BOB]).to_hex() == SAMPLES["storage_keys"]["stake_alice_bob"]


def test_storage_defaults_and_values(node):
    empty = node.query("System", "Account", [BOB])  # not in the mock's storage: the metadata default
    assert empty.value == {"nonce": 0, "consumers": 0, "providers": 0, "sufficients": 0,
                           "data": {"free": 0, "reserved": 0, "misc_frozen": 0, "fee_frozen": 0}}
    assert empty.data.to_hex() == "0x" + "00" * 48
    alice = node.query("System", "Account", [ED_ALICE], block_hash=BLOCK["hash"])
    assert alice.value["nonce"] == 2 and alice.value["providers"] == 1
    assert 90 * 10**9 < alice.value["data"]["free"] < 95 * 10**9
    assert node.query("Sudo", "Key").value is None  # OptionQuery, absent
    assert node.query("SubtensorModule", "Tempo", [7]).value == 99
    assert node.query("SubtensorModule", "Uids", [1, ALICE]).value is None


def test_constants(node):
    assert node.get_constant("System", "SS58Prefix").value == 42
    assert node.get_constant("System", "BlockHashCount").value == 2400
    assert node.get_constant("Balances", "ExistentialDeposit").value == 500
    assert node.get_constant("Timestamp", "MinimumPeriod").value == 6000
    assert node.get_constant("TransactionPayment", "OperationalFeeMultiplier").value == 1
    version = node.get_constant("System", "Version").value
    assert (version["spec_name"], version["spec_version"], version["transaction_version"]) == ("node-subtensor", 127, 1)


def test_block_extrinsics_decode(node):
    block = node.get_block(BLOCK["hash"])
    calls = [(x.value["call"]["call_module"], x.value["call"]["call_function"]) for x in block["extrinsics"]]
    assert calls == [("Timestamp", "set"), ("Balances", "transfer"), ("Sudo", "sudo"), ("System", "remark_with_event"),
                     ("SubtensorModule", "add_stake")]
    signed = [x.value for x in block["extrinsics"][1:]]
    assert [x["address"] for x in signed] == [ED_ALICE, ED_ALICE, ED_BOB, ED_BOB]
    assert [x["nonce"] for x in signed] == [0, 1, 0, 1]
    assert signed[0]["tip"] == 10
    assert signed[2]["era"] == (64, 1)
    assert block["extrinsics"][0].value["call"]["call_args"][0]["value"] == 2 * 12_000


def test_events_decode_with_names_and_fields(node):
    events = [e.value for e in node.get_events(BLOCK["hash"])]
    seen = [(e["extrinsic_idx"] if e["phase"] == "ApplyExtrinsic" else e["phase"], e["module_id"], e["event_id"]) for e in events]
    assert seen == [
        (0, "System", "ExtrinsicSuccess"),
        (1, "Balances", "Withdraw"), (1, "Balances", "Transfer"), (1, "TransactionPayment", "TransactionFeePaid"),
        (1, "System", "ExtrinsicSuccess"),
        (2, "Balances", "Withdraw"), (2, "SubtensorModule", "TempoSet"), (2, "Sudo", "Sudid"), (2, "Balances", "Deposit"),
        (2, "TransactionPayment", "TransactionFeePaid"), (2, "System", "ExtrinsicSuccess"),
        (3, "Balances", "Withdraw"), (3, "System", "Remarked"), (3, "TransactionPayment", "TransactionFeePaid"),
        (3, "System", "ExtrinsicSuccess"),
        (4, "TransactionPayment", "TransactionFeePaid"), (4, "System", "ExtrinsicFailed"),
    ]
    withdraw, transfer, fee = (events[i]["attributes"] for i in (1, 2, 3))
    assert fee["who"] == ED_ALICE and fee["tip"] == 10 and fee["actual_fee"] == withdraw["amount"] > 10
    assert transfer == {"from": ED_ALICE, "to": ED_BOB, "amount": 5 * 10**9}
    assert events[6]["attributes"] == (1, 50)
    assert events[7]["attributes"] == {"sudo_result": {"Ok": ()}}
    assert events[12]["attributes"]["sender"] == ED_BOB
    success = events[4]["attributes"]["dispatch_info"]
    assert set(success) == {"weight", "class", "pays_fee"} and set(success["weight"]) == {"ref_time", "proof_size"}
    failed = events[16]["attributes"]
    assert failed["dispatch_error"] == {"Module": {"index": 7, "error": "0x07000000"}}
    assert failed["dispatch_info"]["pays_fee"] == "No"


def extrinsic_hash(extrinsic_hex: str) -> str:
    return "0x" + hashlib.blake2b(bytes.fromhex(extrinsic_hex[2:]), digest_size=32).hexdigest()


def test_receipts_report_success_fees_and_module_errors(node):
    def receipt(i):
        return ExtrinsicReceipt(node, extrinsic_hash=extrinsic_hash(BLOCK["extrinsics"][i]), block_hash=BLOCK["hash"])

    transfer = receipt(1)
    assert transfer.is_success and transfer.extrinsic_idx == 1
    fee_event = next(e.value for e in transfer.triggered_events if e.value["event_id"] == "TransactionFeePaid")
    assert transfer.total_fee_amount == fee_event["attributes"]["actual_fee"]
    assert receipt(2).is_success and receipt(3).is_success
    failed = receipt(4)
    assert not failed.is_success
    assert failed.error_message["name"] == "NotRegistered" and failed.error_message["type"] == "Module"
    assert failed.error_message["docs"] == ["The hotkey is not registered."]
