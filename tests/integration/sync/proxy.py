"""A small HTTP proxy between a site and the centre that misbehaves on request.

Faults apply to whole requests, which is where a real link hurts sync: a
request cut before the centre saw it, an answer lost after the centre
committed, a slow answer, a request delivered twice.
"""

from __future__ import annotations

import contextlib
import http.client
import threading
import time
from collections.abc import Callable
from enum import StrEnum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_HOP_HEADERS = ("connection", "transfer-encoding", "content-length", "date", "server")


class Fault(StrEnum):
    NONE = "none"
    CUT = "cut"  # connection closed before the centre sees the request
    LOSE_ANSWER = "lose_answer"  # the centre commits, the site never hears back
    DELAY = "delay"
    DUPLICATE = "duplicate"  # the centre receives the request twice
    HOLD_ANSWER = "hold_answer"  # the centre commits, the answer waits `delay` seconds
    SERVER_ERROR = "server_error"  # a 500 comes back; the centre never saw the request


class FaultProxy:
    def __init__(self, upstream_port: int, delay: float = 0.3) -> None:
        self.upstream_port = upstream_port
        self.delay = delay
        self.plan: list[Fault] = []  # faults for the next requests, in order
        self.chooser: Callable[[str], Fault] | None = None
        # Faults for the next requests to a path, e.g. ("/v1/push", Fault.CUT).
        self.path_plan: list[tuple[str, Fault]] = []
        self.seen: list[tuple[str, Fault]] = []
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                pass

            def do_GET(self) -> None:
                proxy._handle(self)

            def do_POST(self) -> None:
                proxy._handle(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _next_fault(self, path: str) -> Fault:
        with self._lock:
            matching = [
                n for n, (prefix, _) in enumerate(self.path_plan) if path.startswith(prefix)
            ]
            if matching:
                fault = self.path_plan.pop(matching[0])[1]
            elif self.plan:
                fault = self.plan.pop(0)
            elif self.chooser is not None:
                fault = self.chooser(path)
            else:
                fault = Fault.NONE
            self.seen.append((path, fault))
            return fault

    def _forward(
        self, method: str, path: str, body: bytes, headers: dict[str, str]
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=60)
        try:
            conn.request(method, path, body=body or None, headers=headers)
            response = conn.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            conn.close()

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        headers = {k: v for k, v in handler.headers.items() if k.lower() != "connection"}
        fault = self._next_fault(handler.path)
        handler.close_connection = True
        if fault is Fault.CUT:
            return
        if fault is Fault.SERVER_ERROR:
            self._answer(handler, 500, [("Content-Type", "text/plain")], b"internal error")
            return
        if fault is Fault.DELAY:
            time.sleep(self.delay)
        try:
            status, answer_headers, answer = self._forward(
                handler.command, handler.path, body, headers
            )
            if fault is Fault.DUPLICATE:
                status, answer_headers, answer = self._forward(
                    handler.command, handler.path, body, headers
                )
        except OSError:
            return  # the centre is down: the site sees a dropped connection
        if fault is Fault.LOSE_ANSWER:
            return
        if fault is Fault.HOLD_ANSWER:
            time.sleep(self.delay)
        with contextlib.suppress(OSError):  # the site may have gone while the answer was held
            self._answer(handler, status, answer_headers, answer)

    @staticmethod
    def _answer(
        handler: BaseHTTPRequestHandler,
        status: int,
        answer_headers: list[tuple[str, str]],
        answer: bytes,
    ) -> None:
        handler.send_response(status)
        for key, value in answer_headers:
            if key.lower() not in _HOP_HEADERS:
                handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(answer)))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(answer)
