"""Streaming a long export from a worker thread: the rows are produced (and the store opened) in one thread,
handed over through a small queue, so memory stays flat however many rows match."""

from __future__ import annotations

import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterator

import anyio

__all__ = ["stream_from_thread"]

_DONE = object()
_EMPTY = object()


async def stream_from_thread(produce: Callable[[], Iterator[bytes]], buffer: int = 16) -> AsyncIterator[bytes]:
    """The chunks of ``produce()`` run in its own thread; stops the thread when the client goes away."""
    chunks: queue.Queue[object] = queue.Queue(maxsize=buffer)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                chunks.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for chunk in produce():
                if not put(chunk):
                    return
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, which re-raises it
            put(exc)
            return
        put(_DONE)

    def get() -> object:
        try:
            return chunks.get(timeout=0.5)
        except queue.Empty:
            return _EMPTY

    worker = threading.Thread(target=run, name="uprkit-export", daemon=True)
    worker.start()
    try:
        while True:
            item = await anyio.to_thread.run_sync(get)
            if item is _EMPTY:
                if not worker.is_alive() and chunks.empty():
                    return
                continue
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            assert isinstance(item, bytes)
            yield item
    finally:
        stop.set()
