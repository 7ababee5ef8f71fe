/**
 * Node flags the extension starts the language server with (and the bench measures it with).
 * A smaller young generation: the server allocates in short bursts per analysis, and V8's default
 * (up to 16 MB per semi-space) kept ~25 MB more resident with 100 open drafts for no speed gain.
 * One V8 worker thread instead of Node's four: the server's work is on its main thread, and on two
 * cores the extra workers only competed with it (hover p99 over IPC 0.67–0.98 ms against 1.10–2.09
 * in interleaved runs; docs/performance.md).
 * Garbage collection on the main thread only: with 100 open drafts, 6 of 13 runs jumped from ~150 to ~210 MB resident
 * a second after the opens (the concurrent collector's pages), one of them for good; none of 10 with the flag
 * (133–151 MB), and no keystroke, open or hover measure moved.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=4', '--v8-pool-size=1', '--single-threaded-gc'];
