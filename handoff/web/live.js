// The live feed: Server-Sent Events from /api/tickets/events (the session cookie authenticates it). EventSource
// reconnects by itself; `onReconnect` lets the console reload what it may have missed while disconnected.

export function connectLive({ onEvent, onStatus, onReconnect }) {
  let source;
  let opened = false;
  let closed = false;
  let retry;

  function open() {
    source = new EventSource('/api/tickets/events');
    source.addEventListener('open', () => {
      onStatus('live');
      if (opened) onReconnect();
      opened = true;
    });
    source.addEventListener('message', (message) => {
      let event;
      try {
        event = JSON.parse(message.data);
      } catch {
        return;
      }
      onEvent(event);
    });
    source.addEventListener('error', () => {
      onStatus('reconnecting…');
      // A closed stream (e.g. the session expired and the server said 401) is not retried by the browser.
      if (source.readyState === EventSource.CLOSED && !closed) {
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
