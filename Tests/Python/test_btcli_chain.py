"""LIVE: `btcli` against `subtensor --dev`, checked step by step with py-substrate-interface 1.8.1.

The scripted session of the btcli-on-chain issue: a wallet made with `--uri //Alice` sends
1,000 TAO to a new wallet; that wallet registers one hotkey by proof of work and another by
recycle on subnet 3, stakes 100 TAO, becomes a delegate; a third wallet delegates to it and
undelegates; `overview`, `inspect`, `list_delegates`, `my_delegates` and `metagraph` show the
expected rows. After each step the balances and stakes btcli reports are read independently
with py-substrate-interface and must agree to the rao. Then the error paths: each one sentence,
a non-zero exit, and nothing submitted (the signer's nonce does not move).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from substrateinterface import Keypair, SubstrateInterface

from node_process import Node

REPO = Path(__file__).resolve().parents[2]
_bin = Path(os.environ.get("BTCLI_BIN", ".build/debug/btcli"))
BIN = _bin if _bin.is_absolute() else REPO / _bin
TAO = 10**9
NETUID = 3

if not (BIN.is_file() and os.access(BIN, os.X_OK)):
    pytest.skip(f"btcli not found at {BIN}", allow_module_level=True)


@pytest.fixture(scope="module")
def node():
    n = Node(block_time=300).start()
    yield n
    n.stop()


@pytest.fixture(scope="module")
def substrate(node):
    s = SubstrateInterface(url=node.url)
    yield s
    s.close()


@pytest.fixture(scope="module")
def wallets(tmp_path_factory):
    return tmp_path_factory.mktemp("wallets")


class Btcli:
    def __init__(self, node, path):
        self.node, self.path = node, path

    def run(self, *args, endpoint=True):
        argv = [str(BIN), *args, "--wallet.path", str(self.path), "--no_prompt"]
        if endpoint:
            argv += ["--subtensor.chain_endpoint", self.node.url]
        env = {k: v for k, v in os.environ.items() if not k.startswith("BT_")}
        return subprocess.run(argv, capture_output=True, text=True, timeout=180, env=env, stdin=subprocess.DEVNULL)

    def ok(self, *args):
        result = self.run(*args)
        assert result.returncode == 0, f"btcli {' '.join(args)}: exit {result.returncode}\n{result.stdout}\n{result.stderr}"
        return result.stdout

    def json(self, *args):
        return json.loads(self.ok(*args, "--json"))

    def fails(self, *args, endpoint=True):
        """A non-zero exit with exactly one `Error: …` line on standard error; the sentence."""
        result = self.run(*args, endpoint=endpoint)
        assert result.returncode != 0, result.stdout
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        errors = [line for line in lines if line.startswith("Error: ")]
        assert len(errors) == 1, result.stderr
        assert "Traceback" not in result.stderr and "Fatal error" not in result.stderr
        return errors[0]


@pytest.fixture(scope="module")
def btcli(node, wallets):
    return Btcli(node, wallets)


def free(substrate, address):
    return substrate.query("System", "Account", [address]).value["data"]["free"]


def nonce(substrate, address):
    return substrate.query("System", "Account", [address]).value["nonce"]


def stake(substrate, hotkey, coldkey):
    return substrate.query("SubtensorModule", "Stake", [hotkey, coldkey]).value


def uid(substrate, hotkey):
    return substrate.query("SubtensorModule", "Uids", [NETUID, hotkey]).value


@pytest.fixture(scope="module")
def keys(btcli, substrate):
    """Alice's wallet (topped up by Bob so she can send 1,000 TAO), the new wallet `owner` with
    hotkeys `pow` and `burn`, and the third wallet `nominator`."""
    bob = Keypair.create_from_uri("//Bob")
    alice = Keypair.create_from_uri("//Alice")
    call = substrate.compose_call("Balances", "transfer", {"dest": alice.ss58_address, "value": 500 * TAO})
    receipt = substrate.submit_extrinsic(substrate.create_signed_extrinsic(call, bob), wait_for_inclusion=True)
    assert receipt.is_success, receipt.error_message
    btcli.ok("wallet", "new_coldkey", "--wallet.name", "alice", "--uri", "//Alice", "--no_password")
    btcli.ok("wallet", "new_coldkey", "--wallet.name", "owner", "--no_password")
    btcli.ok("wallet", "new_hotkey", "--wallet.name", "owner", "--wallet.hotkey", "pow")
    btcli.ok("wallet", "new_hotkey", "--wallet.name", "owner", "--wallet.hotkey", "burn")
    btcli.ok("wallet", "new_coldkey", "--wallet.name", "nominator", "--no_password")

    def address(name):
        return json.loads((btcli.path / name / "coldkeypub.txt").read_text())["ss58Address"]

    def hotkey(name):
        return json.loads((btcli.path / "owner" / "hotkeys" / f"{name}pub.txt").read_text())["ss58Address"]

    return {
        "alice": address("alice"), "owner": address("owner"), "nominator": address("nominator"),
        "pow": hotkey("pow"), "burn": hotkey("burn"),
    }


def test_the_scripted_session(btcli, substrate, keys):
    assert keys["alice"] == Keypair.create_from_uri("//Alice").ss58_address

    # 1. Alice sends 1,000 TAO to the new wallet.
    alice_before = free(substrate, keys["alice"])
    sent = btcli.json("transfer", "--wallet.name", "alice", "--dest", keys["owner"], "--amount", "1000")
    assert sent["amount"] == 1000 * TAO and sent["balance_before"] == alice_before
    assert free(substrate, keys["alice"]) == sent["balance_after"] == alice_before - 1000 * TAO - sent["fee"]
    assert free(substrate, keys["owner"]) == 1000 * TAO
    balances = btcli.json("wallet", "balance", "--all")
    by_name = {entry["wallet"]: entry for entry in balances["wallets"]}
    for name in ("alice", "owner", "nominator"):
        assert by_name[name]["free"] == free(substrate, keys[name])

    # 2. One hotkey by proof of work, one by recycle, on subnet 3.
    pow_reg = btcli.json("register", "--wallet.name", "owner", "--wallet.hotkey", "pow", "--netuid", str(NETUID))
    assert uid(substrate, keys["pow"]) == pow_reg["uid"]
    assert free(substrate, keys["owner"]) == 1000 * TAO  # the hotkey signs and pays nothing
    burn = substrate.query("SubtensorModule", "Burn", [NETUID]).value
    burn_reg = btcli.json("subnets", "register", "--wallet.name", "owner", "--wallet.hotkey", "burn", "--netuid", str(NETUID))
    assert burn_reg["burn"] == burn and uid(substrate, keys["burn"]) == burn_reg["uid"]
    assert free(substrate, keys["owner"]) == burn_reg["balance_after"] == 1000 * TAO - burn - burn_reg["fee"]

    # 3. Stake 100 TAO on the PoW hotkey.
    before = free(substrate, keys["owner"])
    staked = btcli.json("stake", "--wallet.name", "owner", "--wallet.hotkey", "pow", "--amount", "100")
    assert stake(substrate, keys["pow"], keys["owner"]) == staked["stakes"][0]["stake_after"] == 100 * TAO
    fee = staked["stakes"][0]["fee"]
    assert free(substrate, keys["owner"]) == staked["balance_after"] == before - 100 * TAO - fee

    # 4. Become a delegate.
    nominated = btcli.json("nominate", "--wallet.name", "owner", "--wallet.hotkey", "pow")
    assert substrate.query("SubtensorModule", "Delegates", [keys["pow"]]).value == nominated["take"] == 11796

    # 5. A third wallet delegates to it, and undelegates.
    funded = btcli.json("transfer", "--wallet.name", "alice", "--dest", keys["nominator"], "--amount", "50")
    assert free(substrate, keys["nominator"]) == 50 * TAO == funded["amount"]
    delegated = btcli.json("delegate", "--wallet.name", "nominator", "--delegate_ss58key", keys["pow"], "--amount", "20")
    assert stake(substrate, keys["pow"], keys["nominator"]) == delegated["stake_after"] == 20 * TAO
    assert free(substrate, keys["nominator"]) == delegated["balance_after"] == 30 * TAO - delegated["fee"]
    mine = btcli.json("my_delegates", "--wallet.name", "nominator")
    assert [(d["delegate"], d["stake"]) for d in mine["delegations"]] == [(keys["pow"], 20 * TAO)]
    listed = {d["hotkey"]: d for d in btcli.json("list_delegates")["delegates"]}
    assert listed[keys["pow"]]["owner"] == keys["owner"]
    assert listed[keys["pow"]]["total_stake"] == substrate.query("SubtensorModule", "TotalHotkeyStake", [keys["pow"]]).value == 120 * TAO
    undelegated = btcli.json("undelegate", "--wallet.name", "nominator", "--delegate_ss58key", keys["pow"], "--all")
    assert stake(substrate, keys["pow"], keys["nominator"]) == undelegated["stake_after"] == 0
    assert free(substrate, keys["nominator"]) == undelegated["balance_after"]
    assert btcli.json("my_delegates", "--wallet.name", "nominator")["delegations"] == []

    # 6. The views.
    overview = btcli.json("overview", "--wallet.name", "owner")
    rows = {n["hotkey"]: n for n in overview["neurons"]}
    assert set(rows) == {keys["pow"], keys["burn"]}
    assert {rows[k]["hotkey_name"] for k in rows} == {"pow", "burn"}
    for hotkey, row in rows.items():
        assert row["uid"] == uid(substrate, hotkey) and row["netuid"] == NETUID
        assert row["stake"] == substrate.query("SubtensorModule", "TotalHotkeyStake", [hotkey]).value
    assert overview["balance"] == free(substrate, keys["owner"])
    text = btcli.ok("overview", "--wallet.name", "owner")
    for column in ("COLDKEY", "HOTKEY", "UID", "ACTIVE", "STAKE(τ)", "RANK", "TRUST", "CONSENSUS", "INCENTIVE",
                   "DIVIDENDS", "EMISSION(ρ)", "VTRUST", "VPERMIT", "UPDATED", "AXON", "HOTKEY_SS58"):
        assert column in text
    inspect = btcli.json("inspect", "--wallet.name", "owner")["wallets"][0]
    assert inspect["balance"] == free(substrate, keys["owner"])
    assert {(n["hotkey"], n["stake"]) for n in inspect["neurons"]} == {(keys["pow"], 100 * TAO), (keys["burn"], 0)}
    assert [(d["delegate"], d["stake"]) for d in inspect["delegations"]] == [(keys["pow"], 100 * TAO)]
    metagraph = btcli.json("metagraph", "--netuid", str(NETUID))
    n = substrate.query("SubtensorModule", "SubnetworkN", [NETUID]).value
    assert len(metagraph["neurons"]) == n
    for neuron in metagraph["neurons"]:
        assert substrate.query("SubtensorModule", "Keys", [NETUID, neuron["uid"]]).value == neuron["hotkey"]
        assert neuron["stake"] == substrate.query("SubtensorModule", "TotalHotkeyStake", [neuron["hotkey"]]).value
    assert metagraph["total_issuance"] == substrate.query("SubtensorModule", "TotalIssuance").value


def test_errors_are_one_sentence_and_submit_nothing(btcli, substrate, keys):
    alice = keys["alice"]
    start = nonce(substrate, alice)
    too_much = btcli.fails("transfer", "--wallet.name", "alice", "--dest", keys["owner"], "--amount", "100000000")
    assert "Not enough balance" in too_much
    bad_dest = btcli.fails("transfer", "--wallet.name", "alice", "--dest", "5NotAnAddress", "--amount", "1")
    assert "--dest" in bad_dest and "SS58" in bad_dest
    unknown_hotkey = btcli.fails("stake", "--wallet.name", "owner", "--wallet.hotkey", "nosuch", "--amount", "1")
    assert "nosuch" in unknown_hotkey
    btcli.ok("wallet", "new_hotkey", "--wallet.name", "alice", "--wallet.hotkey", "idle")
    unregistered = btcli.fails("stake", "--wallet.name", "alice", "--wallet.hotkey", "idle", "--amount", "1")
    assert "is not registered" in unregistered
    no_subnet = btcli.fails("register", "--wallet.name", "alice", "--wallet.hotkey", "idle", "--netuid", "77")
    assert "Subnet 77 does not exist" in no_subnet
    bad_amount = btcli.fails("transfer", "--wallet.name", "alice", "--dest", keys["owner"], "--amount", "1.2.3")
    assert "--amount" in bad_amount
    wrong_network = btcli.fails("balance", "--wallet.name", "alice", "--subtensor.network", "nosuchnet", endpoint=False)
    assert "unknown network 'nosuchnet'" in wrong_network
    unreachable = btcli.fails("balance", "--wallet.name", "alice", "--subtensor.chain_endpoint", "ws://127.0.0.1:1", endpoint=False)
    assert "could not reach the chain at ws://127.0.0.1:1" in unreachable
    assert nonce(substrate, alice) == start
    # A failure on chain is named: unstaking more than is staked is refused before submitting,
    # and a delegate cannot nominate twice.
    twice = btcli.fails("nominate", "--wallet.name", "owner", "--wallet.hotkey", "pow")
    assert "already a delegate" in twice
    cuda = btcli.fails("register", "--wallet.name", "owner", "--wallet.hotkey", "pow", "--netuid", str(NETUID), "--cuda")
    assert "no GPU solver" in cuda


def test_metagraph_matches_the_chain_read_independently(btcli, substrate, keys):
    """The metagraph (`btcli metagraph --full --json`) agrees with py-substrate-interface's reads
    of the same storage, weights and bonds included, after a validator has set weights."""
    import time

    secret = json.loads((btcli.path / "owner" / "hotkeys" / "pow").read_text())["secretPhrase"]
    validator = Keypair.create_from_mnemonic(secret)
    assert validator.ss58_address == keys["pow"]
    uids = [uid(substrate, keys["pow"]), uid(substrate, keys["burn"])]
    call = substrate.compose_call("SubtensorModule", "set_weights",
                                  {"netuid": NETUID, "dests": uids, "weights": [65535, 21845], "version_key": 0})
    deadline = time.time() + 60
    while True:  # a validator permit arrives with the first epoch after registration
        receipt = substrate.submit_extrinsic(substrate.create_signed_extrinsic(call, validator), wait_for_inclusion=True)
        if receipt.is_success or time.time() > deadline:
            break
        assert receipt.error_message["name"] == "NoValidatorPermit", receipt.error_message
        time.sleep(1)
    assert receipt.is_success, receipt.error_message
    tempo = substrate.query("SubtensorModule", "Tempo", [NETUID]).value
    start = substrate.get_block_number(None)
    while substrate.get_block_number(None) < start + tempo + 2:  # one epoch, so that bonds exist
        time.sleep(0.3)

    graph = btcli.json("metagraph", "--netuid", str(NETUID), "--full")
    at = substrate.get_block_hash(graph["block"])
    n = substrate.query("SubtensorModule", "SubnetworkN", [NETUID], block_hash=at).value
    assert len(graph["neurons"]) == n == len(graph["weights"]) == len(graph["bonds"])
    vectors = {name: substrate.query("SubtensorModule", item, [NETUID], block_hash=at).value
               for name, item in [("rank", "Rank"), ("trust", "Trust"), ("consensus", "Consensus"), ("incentive", "Incentive"),
                                  ("dividends", "Dividends"), ("emission", "Emission"), ("validator_trust", "ValidatorTrust"),
                                  ("validator_permit", "ValidatorPermit"), ("last_update", "LastUpdate"), ("active", "Active")]}
    for neuron in graph["neurons"]:
        i = neuron["uid"]
        hotkey = substrate.query("SubtensorModule", "Keys", [NETUID, i], block_hash=at).value
        assert neuron["hotkey"] == hotkey
        assert neuron["coldkey"] == substrate.query("SubtensorModule", "Owner", [hotkey], block_hash=at).value
        assert neuron["stake"] == substrate.query("SubtensorModule", "TotalHotkeyStake", [hotkey], block_hash=at).value
        for name, values in vectors.items():
            assert neuron[name] == values[i], (name, i)
        row = dict(substrate.query("SubtensorModule", "Weights", [NETUID, i], block_hash=at).value)
        total = sum(row.values())
        expected = [row.get(j, 0) / total if total else 0.0 for j in range(n)]
        assert graph["weights"][i] == pytest.approx(expected, abs=1e-12)
        bonds = dict(substrate.query("SubtensorModule", "Bonds", [NETUID, i], block_hash=at).value)
        assert graph["bonds"][i] == [bonds.get(j, 0) for j in range(n)]
    assert graph["weights"][uids[0]][uids[0]] == pytest.approx(0.75)
    assert any(any(row) for row in graph["bonds"])
