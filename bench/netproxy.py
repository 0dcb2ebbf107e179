"""A small TCP proxy for measurements and tests, loopback only: it adds latency each way (a PC in
新疆 talking to a server in 新乡), spreads connections round-robin over several servers (a load
balancer in front of several server processes), and can cut a connection just as the answer
comes back (a dropped link after the server did the work).

    proxy = Proxy([("127.0.0.1", 8001), ("127.0.0.1", 8002)], delay=0.030).start()
    ... connect to 127.0.0.1:proxy.port ...
    proxy.stop()

It runs its own asyncio loop in a thread, so synchronous code (httpx, the benches) can use it.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Sequence

LOOPBACK = "127.0.0.1"


class Proxy:
    def __init__(self, upstreams: Sequence[tuple[str, int]], delay: float = 0.0) -> None:
        if any(host not in (LOOPBACK, "localhost") for host, _port in upstreams):
            raise ValueError("the proxy is for loopback measurements only")
        self.upstreams = list(upstreams)
        self.delay = delay
        self.port = 0
        self.connections = 0
        self.cut_answers = 0  # the next N answers are cut off as they start (the request got through)
        self._turn = itertools.count()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._lock = threading.Lock()

    def start(self) -> Proxy:
        self._thread = threading.Thread(target=self._run, name="netproxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("proxy did not start")
        return self

    def stop(self) -> None:
        """Close the listener and every connection through it (idempotent)."""
        loop, self._loop = self._loop, None
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def cut_next_answers(self, count: int = 1) -> None:
        with self._lock:
            self.cut_answers += count

    def _take_cut(self) -> bool:
        with self._lock:
            if self.cut_answers > 0:
                self.cut_answers -= 1
                return True
            return False

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        self._server = loop.run_until_complete(asyncio.start_server(self._serve, LOOPBACK, 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            self._server.close()
            tasks = asyncio.all_tasks(loop)
            for task in tasks:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            loop.close()

    async def _connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        """The next upstream in turn; one that refuses is skipped (a process that died)."""
        last: OSError | None = None
        for _ in range(len(self.upstreams)):
            host, port = self.upstreams[next(self._turn) % len(self.upstreams)]
            try:
                return await asyncio.open_connection(host, port)
            except OSError as exc:
                last = exc
        raise last or OSError("no upstream")

    async def _serve(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        try:
            await self._relay(client_reader, client_writer)
        except (asyncio.CancelledError, ConnectionError):
            client_writer.close()  # the proxy is stopping, or a side hung up

    async def _relay(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            server_reader, server_writer = await self._connect()
        except OSError:
            client_writer.close()
            return
        up = asyncio.create_task(self._pipe(client_reader, server_writer, cut=False))
        down = asyncio.create_task(self._pipe(server_reader, client_writer, cut=True))
        await asyncio.wait({up, down}, return_when=asyncio.FIRST_COMPLETED)
        for task in (up, down):
            task.cancel()
        for writer in (client_writer, server_writer):
            writer.close()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, cut: bool) -> None:
        """Copy one direction, each chunk held back ``delay`` (chunks overlap: latency, not a
        bandwidth limit)."""
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def send() -> None:
            while True:
                due, data = await queue.get()
                if not data:
                    if writer.can_write_eof():
                        writer.write_eof()
                    return
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                writer.write(data)
                await writer.drain()

        sender = asyncio.create_task(send())
        try:
            while True:
                data = await reader.read(65536)
                if data and cut and self._take_cut():
                    return  # the answer never reaches the client: the connection drops
                await queue.put((time.monotonic() + self.delay, data))
                if not data:
                    await sender
                    return
        finally:
            sender.cancel()
