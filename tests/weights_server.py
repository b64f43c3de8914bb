"""A real HTTP server on 127.0.0.1 for download tests: serves one weights file, with Range
support (206 / 416), a connection cut after N bytes, or a server that ignores Range."""
from __future__ import annotations

import contextlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

NAME = "yolo11n.pt"


class Handler(BaseHTTPRequestHandler):
    """Serves ``server.payload`` at /<base>/yolo11n.pt, honouring ``Range: bytes=N-``.

    ``server.cut_after``: send the full Content-Length but close after this many bytes (once);
    ``server.ranges``: the Range headers received.
    """

    def do_GET(self):  # noqa: N802 - http.server's name
        srv = self.server
        if not self.path.endswith("/" + NAME):
            self.send_error(404, "Not Found")
            return
        body = srv.payload
        rng = self.headers.get("Range")
        srv.ranges.append(rng)
        start = 0
        if rng and rng.startswith("bytes=") and srv.honour_range:
            start = int(rng[6:].split("-")[0])
            if start >= len(body):
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{len(body)}")
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
        else:
            self.send_response(200)
        self.send_header("Content-Length", str(len(body) - start))
        self.end_headers()
        part = body[start:]
        if srv.cut_after is not None:
            part, srv.cut_after = part[:srv.cut_after], None
        self.wfile.write(part)
        self.wfile.flush()

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve():
    """A running server on 127.0.0.1 (``srv.base``: the mirror URL to download from)."""
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.payload, srv.cut_after, srv.ranges, srv.honour_range = b"", None, [], True
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    srv.base = f"http://127.0.0.1:{srv.server_address[1]}/mirror/v8.4.0"
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()
        t.join(10)
