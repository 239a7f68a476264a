// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

'use strict';
// node server.js PORT EVENTS.ndjson: a WebSocket server that sends every line of the log to each
// client that connects to /ws/activities/<id>/, as fast as the socket takes it, then stays open.
const fs = require('fs');
const { WebSocketServer } = require('ws');

const [port, eventsPath] = process.argv.slice(2);
const lines = fs.readFileSync(eventsPath, 'utf8').split('\n').filter((l) => l.trim());
const wss = new WebSocketServer({ host: '127.0.0.1', port: Number(port), perMessageDeflate: false });
wss.on('connection', (ws) => {
  let i = 0;
  const pump = () => {
    while (i < lines.length) {
      ws.send(lines[i++]);
      if (ws.bufferedAmount > 4 * 1024 * 1024) return setImmediate(pump);
    }
  };
  pump();
});
wss.on('listening', () => process.stdout.write('listening\n'));
