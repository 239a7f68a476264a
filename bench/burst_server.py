#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
"""burst_server.py PORT EVENTS.ndjson: a WebSocket server on 127.0.0.1:PORT that, to each client,
answers the handshake and then writes every line of the log as a text frame, all of them framed
beforehand and written with one sendall(): the fastest a sender can be, so the client's socket
always has more to read (run-burst-bench's "burst"). Prints "listening" when ready."""
import base64
import hashlib
import socket
import sys
import threading

port, path = int(sys.argv[1]), sys.argv[2]
frames = bytearray()
with open(path, "rb") as f:
    for line in f:
        line = line.rstrip(b"\n")
        if not line.strip():
            continue
        n = len(line)
        if n < 126:
            frames += bytes([0x81, n])
        elif n < 65536:
            frames += bytes([0x81, 126]) + n.to_bytes(2, "big")
        else:
            frames += bytes([0x81, 127]) + n.to_bytes(8, "big")
        frames += line
frames = bytes(frames)


def serve(conn):
    with conn:
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = conn.recv(4096)
            if not chunk:
                return
            request += chunk
        key = b""
        for line in request.split(b"\r\n"):
            if line.lower().startswith(b"sec-websocket-key:"):
                key = line.split(b":", 1)[1].strip()
        accept = base64.b64encode(hashlib.sha1(key + b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest())
        conn.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n")
        try:
            conn.sendall(frames)
            while conn.recv(4096):  # stay open until the client closes
                pass
        except OSError:
            pass


server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen()
print("listening", flush=True)
while True:
    conn, _ = server.accept()
    threading.Thread(target=serve, args=(conn,), daemon=True).start()
