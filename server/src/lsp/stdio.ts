// The stdio transport with each message written at once. vscode-jsonrpc's stream writer writes a
// message's header, waits for that write's callback (a turn of the event loop), then writes the
// body: a hover's reply reached the client in two pieces. Here header and body go out in one
// corked write. (Node IPC, which the VS Code extension uses, sends each message whole already.)
import { format } from 'node:util';
import { AbstractMessageWriter, type Connection, type Message, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';

export class FramedMessageWriter extends AbstractMessageWriter implements MessageWriter {
  constructor(private readonly out: NodeJS.WritableStream & { cork(): void; uncork(): void }) {
    super();
    out.on('error', (err: Error) => this.fireError(err));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    return new Promise((resolve, reject) => {
      this.out.cork();
      this.out.write(`Content-Length: ${body.length}\r\n\r\n`, 'ascii');
      this.out.write(body, (err) => {
        if (!err) return resolve();
        this.fireError(err, msg);
        reject(err);
      });
      this.out.uncork();
    });
  }

  end(): void {
    this.out.end();
  }
}

/**
 * Input and output of a server started with --stdio. The input stays the stream itself (read by
 * vscode-jsonrpc's own stream reader), so that vscode-languageserver still exits when the editor
 * closes it.
 */
export function stdioTransport(): [MessageReader, MessageWriter] {
  return [process.stdin as unknown as MessageReader, new FramedMessageWriter(process.stdout)];
}

/** On stdio, stdout is the protocol: console output goes to the client's log instead (as vscode-languageserver does for its own stdio). */
export function consoleToClient(connection: Connection): void {
  const log = (...args: unknown[]) => connection.console.log(format(...args));
  console.log = console.info = console.debug = console.trace = log;
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
}
