"""The node against py-substrate-interface 1.8.1: reads, sr25519 and ed25519 transfers with
receipts, module errors by name, query_map, blocks and a header subscription."""
import pytest
from substrateinterface import Keypair, KeypairType, SubstrateInterface

from node_process import Node

TAO = 10**9


@pytest.fixture(scope="module")
def node():
    n = Node(block_time=500).start()
    yield n
    n.stop()


@pytest.fixture(scope="module")
def substrate(node):
    s = SubstrateInterface(url=node.url)
    yield s
    s.close()


def free(substrate, address):
    return substrate.query("System", "Account", [address]).value["data"]["free"]


def transfer(substrate, signer, dest, amount):
    call = substrate.compose_call("Balances", "transfer", {"dest": dest, "value": amount})
    xt = substrate.create_signed_extrinsic(call, signer)
    return substrate.submit_extrinsic(xt, wait_for_inclusion=True, wait_for_finalization=True)


def test_chain_identity_and_alice_account(substrate):
    assert substrate.chain == "Bittensor Development"
    assert substrate.ss58_format == 42
    account = substrate.query("System", "Account", [Keypair.create_from_uri("//Alice").ss58_address]).value
    assert account["data"]["free"] >= 900 * TAO
    assert account["providers"] == 1


@pytest.mark.parametrize("crypto", [KeypairType.SR25519, KeypairType.ED25519])
def test_transfer_to_a_fresh_account_and_back(substrate, crypto):
    alice = Keypair.create_from_uri("//Alice")
    fresh = Keypair.create_from_mnemonic(Keypair.generate_mnemonic(), crypto_type=crypto)
    before = free(substrate, alice.ss58_address)
    receipt = transfer(substrate, alice, fresh.ss58_address, 5 * TAO)
    assert receipt.is_success, receipt.error_message
    fee = receipt.total_fee_amount
    assert 0 < fee < 1000  # about the extrinsic's length in rao
    assert free(substrate, fresh.ss58_address) == 5 * TAO
    assert free(substrate, alice.ss58_address) == before - 5 * TAO - fee
    names = [(e.value["module_id"], e.value["event_id"]) for e in receipt.triggered_events]
    assert ("Balances", "Transfer") in names and ("System", "ExtrinsicSuccess") in names
    # The fresh account (sr25519 or ed25519) signs a transfer back.
    back = transfer(substrate, fresh, alice.ss58_address, 2 * TAO)
    assert back.is_success, back.error_message
    assert free(substrate, fresh.ss58_address) == 3 * TAO - back.total_fee_amount


def test_a_failing_extrinsic_reports_the_module_error_by_name(substrate):
    alice = Keypair.create_from_uri("//Alice")
    receipt = transfer(substrate, alice, Keypair.create_from_uri("//Nobody").ss58_address, 10**18)
    assert not receipt.is_success
    assert receipt.error_message["name"] == "InsufficientBalance"
    call = substrate.compose_call("SubtensorModule", "add_stake", {"hotkey": Keypair.create_from_uri("//NoHot").ss58_address, "amount_staked": 1})
    receipt = substrate.submit_extrinsic(substrate.create_signed_extrinsic(call, alice), wait_for_inclusion=True)
    assert not receipt.is_success
    assert receipt.error_message["name"] == "NotRegistered"


def test_query_map_over_subtensor_maps(substrate):
    networks = {k.value: v.value for k, v in substrate.query_map("SubtensorModule", "NetworksAdded")}
    assert networks == {1: True, 3: True}
    tempos = {k.value: v.value for k, v in substrate.query_map("SubtensorModule", "Tempo")}
    assert tempos[1] == 20 and tempos[3] == 20


def test_get_block_decodes_extrinsics_and_digest(substrate):
    block = substrate.get_block()
    assert block["header"]["number"] >= 1
    calls = [x.value["call"]["call_module"] for x in block["extrinsics"]]
    assert calls[0] == "Timestamp"
    genesis = substrate.get_block_hash(0)
    assert genesis.startswith("0x") and len(genesis) == 66


def test_a_header_subscription_delivers_new_heads(substrate):
    seen = []

    def handler(header, update_nr, subscription_id):
        seen.append(header["header"]["number"])
        if len(seen) >= 3:
            return seen

    result = substrate.subscribe_block_headers(handler)
    assert len(result) == 3
    assert result[2] > result[0]
