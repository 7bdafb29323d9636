"""A fake OpenAI-compatible model process for supervisor tests (run as a child process).

Modes: ok (streams a fixed reply), die (streams one delta, then SIGKILLs itself), sigill (raises
SIGILL on the first request, as a CPU-mismatched llama.cpp build does), hang (never answers a
chat request), exit (exits with status 3 before listening).
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import signal
import sys
import time

REPLY = "More than 10,000 North Korean troops have now been sent to Russia [1]."


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", required=True)
    ap.add_argument("--port", type=int, required=True)
    a = ap.parse_args()
    if a.mode == "exit":
        sys.exit(3)

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep test output clean
            pass

        def do_GET(self):
            body = json.dumps({"object": "list", "data": [{"id": "fake", "object": "model"}]})
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body.encode())

        def do_POST(self):
            n = int(self.headers.get("Content-Length", 0))
            self.rfile.read(n)
            if a.mode == "hang":
                time.sleep(3600)
            if a.mode == "sigill":
                os.kill(os.getpid(), signal.SIGILL)
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            words = REPLY.split(" ")
            for i, w in enumerate(words):
                delta = {"content": (" " if i else "") + w}
                ev = {
                    "id": "x",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": "fake",
                    "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
                }
                self.wfile.write(f"data: {json.dumps(ev)}\n\n".encode())
                self.wfile.flush()
                if a.mode == "die":
                    os.kill(os.getpid(), signal.SIGKILL)
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()

    http.server.ThreadingHTTPServer(("127.0.0.1", a.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
