"""Python baselines for the axon benchmark (perf-anchors §5), measured in the same run as Swift.

Servers, each in its own process pinned to one CPU:
* fastapi: FastAPI + uvicorn (h11, plain asyncio: loop="none"), the body parsed into a pydantic
  model, sr25519 verification with substrate-interface's Keypair, as bittensor 7.4's axon stack;
* aiohttp: aiohttp.web with the same verification.
Client (this process, pinned to the other CPU): aiohttp.ClientSession, connector limit 100 (the
SDK default), N concurrent POSTs per round, each signed over bittensor's message
"{nonce}.{hotkey}.{axon_hotkey}.{uuid}.{body_hash}".

Prints one JSON object: for each server, requests/s and server CPU µs per request (from
/proc/<pid>/stat), over `--seconds` of whole rounds after one warm-up round.

    .venv/bittensor/bin/python Scripts/bench/axon_reference.py --concurrency 256 --seconds 3
"""


import argparse
import asyncio
import hashlib
import json
import os
import socket
import subprocess
import sys
import time
import uuid as uuidlib

ALICE_URI = "//Alice"
BOB_URI = "//Bob"


def sha3(text: str) -> str:
    return hashlib.sha3_256(text.encode()).hexdigest()


def serve(kind: str, port: int) -> None:
    from substrateinterface import Keypair

    axon_hotkey = Keypair.create_from_uri(ALICE_URI).ss58_address

    def verify(headers, body: dict) -> None:
        body_hash = sha3(sha3(str(body["values"])))
        message = f"{headers['nonce']}.{headers['hotkey']}.{axon_hotkey}.{headers['uuid']}.{body_hash}"
        if not Keypair(ss58_address=headers["hotkey"]).verify(message, headers["signature"]):
            raise ValueError("Signature mismatch")

    if kind == "fastapi":
        import uvicorn
        from fastapi import FastAPI, Request
        from pydantic import BaseModel

        class Forward(BaseModel):
            nonce: int
            values: list[float]

        app = FastAPI()

        @app.post("/Forward")
        async def forward(body: Forward, request: Request):
            verify(request.headers, body.model_dump())
            return {"nonce": body.nonce, "sum": sum(body.values)}

        uvicorn.run(app, host="127.0.0.1", port=port, loop="none", http="h11", log_level="critical")
    else:
        from aiohttp import web

        async def forward(request):
            body = await request.json()
            verify(request.headers, body)
            return web.json_response({"nonce": body["nonce"], "sum": sum(body["values"])})

        app = web.Application()
        app.router.add_post("/Forward", forward)
        web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def drive(port: int, concurrency: int, seconds: float, pid: int) -> dict:
    import aiohttp
    from substrateinterface import Keypair

    bob = Keypair.create_from_uri(BOB_URI)
    alice = Keypair.create_from_uri(ALICE_URI).ss58_address
    caller_uuid = str(uuidlib.uuid1())
    url = f"http://127.0.0.1:{port}/Forward"
    values = [float(i) / 7 for i in range(16)]
    body_hash = sha3(sha3(str(values)))

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=100)) as session:
        async def one() -> None:
            nonce = time.time_ns()
            message = f"{nonce}.{bob.ss58_address}.{alice}.{caller_uuid}.{body_hash}"
            headers = {"nonce": str(nonce), "hotkey": bob.ss58_address, "uuid": caller_uuid,
                       "signature": "0x" + bob.sign(message).hex()}
            async with session.post(url, json={"nonce": nonce, "values": values}, headers=headers) as response:
                await response.json()
                if response.status != 200:
                    raise RuntimeError(f"status {response.status}")

        for _ in range(100):  # wait for the server
            try:
                await one()
                break
            except Exception:
                await asyncio.sleep(0.1)
        await asyncio.gather(*(one() for _ in range(concurrency)))  # warm-up round
        cpu0, start, done = cpu_seconds(pid), time.perf_counter(), 0
        while time.perf_counter() - start < seconds:
            await asyncio.gather(*(one() for _ in range(concurrency)))
            done += concurrency
        wall, cpu = time.perf_counter() - start, cpu_seconds(pid) - cpu0
    return {"requests": done, "req_per_s": done / wall, "server_us_per_req": cpu / done * 1e6}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--serve", choices=["fastapi", "aiohttp"])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--concurrency", type=int, default=256)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--server-cpu", default="0")
    parser.add_argument("--client-cpu", default="1")
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.port)
        return
    os.sched_setaffinity(0, {int(args.client_cpu)})
    results = {}
    for kind in ("fastapi", "aiohttp"):
        port = free_port()
        server = subprocess.Popen(
            ["taskset", "-c", args.server_cpu, sys.executable, __file__, "--serve", kind, "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            results[kind] = asyncio.run(drive(port, args.concurrency, args.seconds, server.pid))
        finally:
            server.kill()
            server.wait(timeout=10)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
