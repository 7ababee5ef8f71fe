// The bench's floor for a hover round trip: a child process that answers every IPC message at once
// with a reply the size of a figure's hover, so the client measures only the channel and the two
// processes' scheduling on this machine (node IPC, as the VS Code extension talks to the server).
'use strict';
const contents = { kind: 'markdown', value: 'x'.repeat(600) };
process.on('message', (m) => process.send({ jsonrpc: '2.0', id: m.id, result: { contents } }));
