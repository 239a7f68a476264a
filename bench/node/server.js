// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

'use strict';
// node server.js PORT EVENTS.ndjson [MODE]: a WebSocket server that sends every line of the log to
// each client that connects to /ws/activities/<id>/, then stays open. MODE: "fast" (the default: as
// fast as the socket takes it, at most 4 MB queued in this process), "burst" (every frame queued at
// once: the client's socket never waits for this process) or "paced" (500 frames every 5 ms).
const fs = require('fs');
const { WebSocketServer } = require('ws');

const [port, eventsPath, mode = 'fast'] = process.argv.slice(2);
const lines = fs.readFileSync(eventsPath, 'utf8').split('\n').filter((l) => l.trim());
const wss = new WebSocketServer({ host: '127.0.0.1', port: Number(port), perMessageDeflate: false });
wss.on('connection', (ws) => {
  let i = 0;
  const pump = () => {
    while (i < lines.length) {
      ws.send(lines[i++]);
      if (mode === 'fast' && ws.bufferedAmount > 4 * 1024 * 1024) return setImmediate(pump);
      if (mode === 'paced' && i % 500 === 0) return setTimeout(pump, 5);
    }
  };
  pump();
});
wss.on('listening', () => process.stdout.write('listening\n'));
