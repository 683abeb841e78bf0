"""LIVE interoperability of our axon and dendrite with bittensor 7.4.0's, over 127.0.0.1.

Both directions:
* bittensor's dendrite (aiohttp) calls our axon (`axon-probe serve`): served when signed by an
  allowed hotkey, 401 with a tampered signature, 403 when the hotkey is not on the allow-list;
  a pydantic `TextCausalLMNext` subclass checks that body hashes of real fields agree.
* our dendrite (`axon-probe ping`) calls bittensor's axon (FastAPI/uvicorn) and is served.

Needs bittensor 7.4.0 (Scripts/requirements-bittensor.txt, installed by
`make test-python`, in .venv/bittensor) and the probe at $AXON_PROBE_BIN (default <repo>/.build/debug/axon-probe):

    swift build --product axon-probe
    .venv/bittensor/bin/python -m pytest Tests/Python/test_live_axon.py

Everything listens on 127.0.0.1 with ephemeral ports, and every process is bounded in time.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import ClassVar, List, Optional, Tuple

import pytest

REPO = Path(__file__).resolve().parents[2]
_bin = Path(os.environ.get("AXON_PROBE_BIN", ".build/debug/axon-probe"))
PROBE = _bin if _bin.is_absolute() else REPO / _bin

if not (PROBE.is_file() and os.access(PROBE, os.X_OK)):
    pytest.skip(f"axon-probe not found at {PROBE}; build it with `swift build --product axon-probe`", allow_module_level=True)
if importlib.util.find_spec("bittensor") is None:
    pytest.skip("bittensor 7.4.0 is not installed (Scripts/requirements-bittensor.txt)", allow_module_level=True)

# bittensor writes ~/.bittensor on import; keep it out of the real home.
os.environ["HOME"] = tempfile.mkdtemp(prefix="bt-home-")
import bittensor  # noqa: E402
from substrateinterface import Keypair  # noqa: E402

# The SDK asks public web services for its external IP; these tests never leave the machine.
bittensor.utils.networking.get_external_ip = lambda: "127.0.0.2"

ALICE = Keypair.create_from_uri("//Alice")  # our axon's hotkey / bittensor's axon hotkey
BOB = Keypair.create_from_uri("//Bob")  # an allowed caller
EVE = Keypair.create_from_uri("//Eve")  # a caller not on the allow-list
PROCESS_TIMEOUT = 60


class TextCausalLMNext(bittensor.Synapse):
    """bittensor-side twin of our TextCausalLMNext (same route, fields and hash fields)."""

    text_inputs: List[int]
    topk: int = 16
    topk_tokens: Optional[List[int]] = None
    topk_probabilities: Optional[List[float]] = None
    remaining_mass: Optional[float] = None
    required_hash_fields: ClassVar[Tuple[str, ...]] = ("text_inputs", "topk")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def our_axon(tmp_path_factory):
    """`axon-probe serve` as Alice on 127.0.0.1, allowing only Bob."""
    folder = tmp_path_factory.mktemp("axon")
    allow = folder / "allow.txt"
    allow.write_text(f"# hotkey stake\n{BOB.ss58_address} 100\n")
    port_file = folder / "port"
    process = subprocess.Popen(
        [str(PROBE), "serve", "--hotkey-uri", "//Alice", "--axon.ip", "127.0.0.1", "--axon.port", "0",
         "--allow", str(allow), "--duration", str(PROCESS_TIMEOUT), "--port-file", str(port_file)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 30
    while not port_file.exists() or not port_file.read_text().strip():
        if process.poll() is not None or time.time() > deadline:
            process.kill()
            raise RuntimeError(f"axon-probe did not start: {process.stderr.read()}")
        time.sleep(0.05)
    port = int(port_file.read_text())
    yield bittensor.AxonInfo(version=bittensor.__version_as_int__, ip="127.0.0.1", port=port, ip_type=4,
                             hotkey=ALICE.ss58_address, coldkey=ALICE.ss58_address)
    process.kill()
    process.wait(timeout=10)


def call(dendrite, axon_info, synapse):
    async def go():
        try:
            return await dendrite.forward(axon_info, synapse, timeout=10, deserialize=False)
        finally:
            await dendrite.aclose_session()
    return asyncio.run(go())


def test_bittensor_dendrite_ping_is_served(our_axon):
    response = call(bittensor.dendrite(wallet=BOB), our_axon, bittensor.Synapse())
    assert response.dendrite.status_code == 200, response.dendrite.status_message
    assert response.is_success
    assert response.axon.status_message == "Success"
    assert response.axon.hotkey == ALICE.ss58_address
    # Our axon signs its answer as bittensor's does.
    message = f"{response.axon.nonce}.{BOB.ss58_address}.{ALICE.ss58_address}.{response.axon.uuid}"
    assert ALICE.verify(message, response.axon.signature)


def test_bittensor_dendrite_text_synapse_body_hash_agrees(our_axon):
    response = call(bittensor.dendrite(wallet=BOB), our_axon, TextCausalLMNext(text_inputs=[104, 105, 33], topk=1))
    assert response.dendrite.status_code == 200, response.dendrite.status_message
    assert response.topk_tokens == [34]
    assert response.topk_probabilities == [0.5]
    assert response.remaining_mass == 0.5


class TamperingDendrite(bittensor.dendrite):
    """Signs correctly, then swaps in a signature of another message."""

    def preprocess_synapse_for_request(self, target_axon_info, synapse, timeout=12.0):
        synapse = super().preprocess_synapse_for_request(target_axon_info, synapse, timeout)
        synapse.dendrite.signature = "0x" + self.keypair.sign("tampered").hex()
        return synapse


def test_tampered_signature_is_refused_with_401(our_axon):
    response = call(TamperingDendrite(wallet=BOB), our_axon, bittensor.Synapse())
    assert response.dendrite.status_code == 401
    assert response.failed_verification
    assert response.dendrite.status_message.startswith("Not Verified with error: Signature mismatch")


def test_hotkey_off_the_allow_list_is_blacklisted_with_403(our_axon):
    response = call(bittensor.dendrite(wallet=EVE), our_axon, bittensor.Synapse())
    assert response.dendrite.status_code == 403
    assert response.is_blacklist
    assert response.dendrite.status_message == f"Forbidden. Key is blacklisted: Unrecognized hotkey {EVE.ss58_address}."


class _Wallet:
    """The two wallet attributes bittensor's axon reads."""

    def __init__(self, keypair):
        self.hotkey = keypair
        self.coldkeypub = keypair


@pytest.fixture()
def bittensor_axon():
    port = free_port()
    axon = bittensor.axon(wallet=_Wallet(ALICE), ip="127.0.0.1", port=port, external_ip="127.0.0.1")
    axon.fast_server.config.host = "127.0.0.1"  # bittensor binds 0.0.0.0; stay on loopback
    axon.start()
    deadline = time.time() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.time() > deadline:
                raise
            time.sleep(0.05)
    yield port
    axon.stop()


def ping(port: int, uri: str, axon_hotkey: str = ALICE.ss58_address) -> Tuple[int, List[dict]]:
    result = subprocess.run(
        [str(PROBE), "ping", "--hotkey-uri", uri, "--port", str(port), "--axon-hotkey", axon_hotkey,
         "--timeout", "10", "--count", "3"],
        capture_output=True, text=True, timeout=PROCESS_TIMEOUT)
    return result.returncode, [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_our_dendrite_is_served_by_bittensor_axon(bittensor_axon):
    code, answers = ping(bittensor_axon, "//Bob")
    assert code == 0, answers
    assert len(answers) == 3
    for answer in answers:
        assert answer["status_code"] == 200
        assert answer["status_message"] == "Success"
        assert answer["axon_hotkey"] == ALICE.ss58_address


def test_bittensor_axon_refuses_our_dendrite_signing_for_another_axon(bittensor_axon):
    code, answers = ping(bittensor_axon, "//Bob", axon_hotkey=EVE.ss58_address)
    assert code == 1
    assert answers[0]["status_code"] == 401
    assert "Signature mismatch" in answers[0]["status_message"]
