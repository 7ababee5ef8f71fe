/**
 * Node flags the extension starts the language server with (and the bench measures it with).
 * A smaller young generation: the server allocates in short bursts per analysis, and V8's default
 * (up to 16 MB per semi-space) kept ~25 MB more resident with 100 open drafts for no speed gain.
 * One V8 worker thread instead of Node's four: the server's work is on its main thread, and on two
 * cores the extra workers only competed with it (hover p99 over IPC 0.67–0.98 ms against 1.10–2.09
 * in interleaved runs; docs/performance.md).
 * --no-regexp-tier-up and --heap-growing-percent=30: the launcher sets both at run time when they are missing
 * (server/src/v8-flags.ts); given here, it need not load node:v8 (~3 ms of a start).
 * (No --single-threaded-gc any more: the ~210 MB resident it seemed to prevent was V8's optimising compiler, which
 * took 64 MB of its thread's malloc arena for the recognizer's 770-line method; split, the server stays at 135-152 MB
 * with or without the flag, and hovers are the same.)
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=4', '--v8-pool-size=1', '--no-regexp-tier-up', '--heap-growing-percent=30'];
