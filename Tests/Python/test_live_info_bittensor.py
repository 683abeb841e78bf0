"""Bittensor's info RPCs decoded by the real SDK (bittensor 7.4's chain_data): a registered,
staked delegate appears in neuronInfo_getNeuronsLite, subnetInfo_*, delegateInfo_* as the SDK
reads them. Runs in the bittensor venv (see the Makefile's test-python)."""
import pytest
from bittensor.chain_data import DelegateInfo, NeuronInfo, NeuronInfoLite, SubnetHyperparameters, SubnetInfo
from substrateinterface import Keypair, SubstrateInterface

from node_process import Node

TAO = 10**9


@pytest.fixture(scope="module")
def substrate():
    node = Node(block_time=300).start()
    s = SubstrateInterface(url=node.url)
    alice = Keypair.create_from_uri("//Alice")
    hot = Keypair.create_from_uri("//InfoHot")
    for module, function, params in [
        ("SubtensorModule", "burned_register", {"netuid": 1, "hotkey": hot.ss58_address}),
        ("SubtensorModule", "become_delegate", {"hotkey": hot.ss58_address}),
        ("SubtensorModule", "add_stake", {"hotkey": hot.ss58_address, "amount_staked": 10 * TAO}),
    ]:
        receipt = s.submit_extrinsic(s.create_signed_extrinsic(s.compose_call(module, function, params), alice), wait_for_inclusion=True)
        assert receipt.is_success, receipt.error_message
    yield s
    s.close()
    node.stop()


def rpc(substrate, method, params):
    return substrate.rpc_request(method, params)["result"]


def test_neurons_lite_and_full(substrate):
    neurons = NeuronInfoLite.list_from_vec_u8(rpc(substrate, "neuronInfo_getNeuronsLite", [1]))
    assert len(neurons) == 1
    neuron = neurons[0]
    assert neuron.hotkey == Keypair.create_from_uri("//InfoHot").ss58_address
    assert neuron.coldkey == Keypair.create_from_uri("//Alice").ss58_address
    assert neuron.uid == 0 and neuron.netuid == 1 and neuron.active
    assert int(neuron.total_stake.rao) == 10 * TAO
    full = NeuronInfo.from_vec_u8(rpc(substrate, "neuronInfo_getNeuron", [1, 0]))
    assert full.hotkey == neuron.hotkey and full.weights == [] and full.bonds == []
    assert rpc(substrate, "neuronInfo_getNeuronLite", [1, 5]) == []
    assert rpc(substrate, "neuronInfo_getNeuronsLite", [42]) == [0]


def test_subnets_and_hyperparameters(substrate):
    subnets = SubnetInfo.list_from_vec_u8(rpc(substrate, "subnetInfo_getSubnetsInfo", []))
    assert [s.netuid for s in subnets] == [1, 3]
    assert subnets[0].tempo == 20 and subnets[0].subnetwork_n == 1 and subnets[0].emission_value == 500_000_000
    params = SubnetHyperparameters.from_vec_u8(rpc(substrate, "subnetInfo_getSubnetHyperparams", [1]))
    assert params.tempo == 20 and params.registration_allowed and params.min_allowed_weights == 1
    assert rpc(substrate, "subnetInfo_getSubnetInfo", [9]) == []


def test_delegates(substrate):
    delegates = DelegateInfo.list_from_vec_u8(rpc(substrate, "delegateInfo_getDelegates", []))
    assert len(delegates) == 1
    delegate = delegates[0]
    assert abs(delegate.take - 11796 / 65535) < 1e-9
    assert delegate.registrations == [1]
    alice = Keypair.create_from_uri("//Alice")
    assert [(n, int(s.rao)) for n, s in delegate.nominators] == [(alice.ss58_address, 10 * TAO)]
    delegated = DelegateInfo.delegated_list_from_vec_u8(rpc(substrate, "delegateInfo_getDelegated", [list(alice.public_key)]))
    assert len(delegated) == 1 and int(delegated[0][1].rao) == 10 * TAO
