// Preloaded into the language server by the bench only (node --require): times each request from
// the moment the server's IPC channel delivers it to the moment the response is handed back to the
// channel, and writes the durations (ms) to $INFRA_FACTCHECK_TIMING_FILE when the server exits.
// The client measures the whole round trip; the difference is the transport and scheduling.
'use strict';
const fs = require('node:fs');
const { performance } = require('node:perf_hooks');
const file = process.env.INFRA_FACTCHECK_TIMING_FILE;
const method = process.env.INFRA_FACTCHECK_TIMING_METHOD || 'textDocument/hover';
if (file && process.send) {
  const received = new Map();
  const durations = [];
  const emit = process.emit;
  process.emit = function (event, message, ...rest) {
    if (event === 'message' && message && message.id != null && message.method === method) received.set(message.id, performance.now());
    return emit.call(this, event, message, ...rest);
  };
  const send = process.send.bind(process);
  process.send = function (message, ...rest) {
    const at = message && message.id != null ? received.get(message.id) : undefined;
    if (at !== undefined) {
      durations.push(performance.now() - at);
      received.delete(message.id);
    }
    return send(message, ...rest);
  };
  process.on('exit', () => fs.writeFileSync(file, JSON.stringify(durations)));
}
