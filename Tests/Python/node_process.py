"""Starting and stopping `subtensor` nodes on loopback for the live tests."""
import os
import socket
import subprocess
import tempfile
import time

SUBTENSOR = os.environ.get("SUBTENSOR_BIN", os.path.join(os.path.dirname(__file__), "../../.build/debug/subtensor"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Node:
    """A `subtensor` process with its own RPC port and (optionally) a base path that outlives it."""

    def __init__(self, *args, base_path=None, block_time=500, log_path=None):
        self.port = free_port()
        self.base_path = base_path
        self.args = [SUBTENSOR, "--dev", "--rpc-port", str(self.port), "--block-time", str(block_time), *args]
        if base_path:
            self.args += ["--base-path", base_path]
        else:
            self.args += ["--tmp"]
        self.log = open(log_path or tempfile.mktemp(suffix=".log"), "ab")
        self.process = None

    def start(self, timeout=20):
        self.process = subprocess.Popen(self.args, stdout=self.log, stderr=self.log)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"subtensor exited with {self.process.returncode}; log {self.log.name}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.05)
        raise TimeoutError(f"subtensor did not open port {self.port}")

    @property
    def url(self):
        return f"ws://127.0.0.1:{self.port}"

    def kill(self):
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
