// @ts-check
// The live feed: Server-Sent Events from /api/tickets/events (the session cookie authenticates it). EventSource
// reconnects by itself; `onReconnect` lets the console reload what it may have missed while disconnected.

/** @typedef {import('./types.js').LiveEvent} LiveEvent */
/** @typedef {'connecting' | 'live' | 'reconnecting'} LiveState */

/**
 * @param {{ onEvent: (event: LiveEvent) => void, onState: (state: LiveState) => void, onReconnect: () => void }} handlers
 * @returns {() => void} closes the feed
 */
export function connectLive({ onEvent, onState, onReconnect }) {
  /** @type {EventSource | undefined} */
  let source;
  let opened = false;
  let closed = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let retry;

  function open() {
    onState('connecting');
    const stream = new EventSource('/api/tickets/events');
    source = stream;
    stream.addEventListener('open', () => {
      onState('live');
      if (opened) onReconnect();
      opened = true;
    });
    stream.addEventListener('message', (message) => {
      let event;
      try {
        event = JSON.parse(message.data);
      } catch {
        return;
      }
      onEvent(event);
    });
    stream.addEventListener('error', () => {
      onState('reconnecting');
      // A closed stream (e.g. the session expired and the server said 401) is not retried by the browser.
      if (stream.readyState === EventSource.CLOSED && !closed) {
        retry = setTimeout(open, 3000);
        opened = true;
      }
    });
  }

  open();
  return () => {
    closed = true;
    clearTimeout(retry);
    source?.close();
  };
}
