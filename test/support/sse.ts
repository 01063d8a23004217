/** Reads a Server-Sent Events response frame by frame and hands each `data:` payload, parsed, to `onEvent`. */
import type { IncomingMessage } from 'node:http';

export function onServerSentEvents<T = unknown>(res: IncomingMessage, onEvent: (event: T) => void): void {
  let buffer = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = frame.split('\n').find((line) => line.startsWith('data: '));
      if (data) onEvent(JSON.parse(data.slice(6)) as T);
    }
  });
}
