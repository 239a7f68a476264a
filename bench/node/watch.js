// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

'use strict';
// node watch.js URL SNAPSHOT COUNT [DUMP]: a Node.js `ws` client applying the same rules as
// MirageDesk (state.js) to COUNT messages, the yardstick for `miragedesk watch`.
const fs = require('fs');
const WebSocket = require('ws');
const { State } = require('./state');

const [url, snapshotPath, count, dumpPath] = process.argv.slice(2);
const snapshot = JSON.parse(fs.readFileSync(snapshotPath, 'utf8'));
const state = new State(snapshot.id);
state.activity = snapshot;
let n = 0;
const ws = new WebSocket(url, { perMessageDeflate: false });
ws.on('message', (data) => {
  state.applyText(data.toString());
  if (++n === Number(count)) {
    if (dumpPath) fs.writeFileSync(dumpPath, JSON.stringify(state.dump()) + '\n');
    process.exit(0);
  }
});
