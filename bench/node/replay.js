// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

'use strict';
// node replay.js SNAPSHOT EVENTS.ndjson [DUMP]: the Node.js yardstick for `miragedesk replay`.
const fs = require('fs');
const { State } = require('./state');

const [snapshotPath, eventsPath, dumpPath] = process.argv.slice(2);
const snapshot = JSON.parse(fs.readFileSync(snapshotPath, 'utf8'));
const state = new State(typeof snapshot.id === 'string' ? snapshot.id : null);
state.activity = snapshot;
const text = fs.readFileSync(eventsPath, 'utf8');
let start = 0;
while (start < text.length) {
  let nl = text.indexOf('\n', start);
  if (nl < 0) nl = text.length;
  const line = text.slice(start, nl).trim();
  start = nl + 1;
  if (line) state.applyText(line);
}
if (dumpPath) fs.writeFileSync(dumpPath, JSON.stringify(state.dump()) + '\n');
