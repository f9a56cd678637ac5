import { ApiError, networkProblem, problemFromResponse } from '../api/problem';

/** One server-sent event: its name ("message" when unnamed), data lines joined by "\n", and id. */
export interface ServerSentEvent {
  readonly event: string;
  readonly data: string;
  readonly id: string | null;
}

/**
 * Reads text/event-stream as it arrives (the WHATWG "interpret an event stream" rules): a chunk may end
 * halfway a line, comments (":…") keep the connection alive, and an empty line dispatches the event.
 */
export class EventStreamParser {
  private buffer = '';
  private data: string[] = [];
  private name = '';
  private id: string | null = null;

  push(chunk: string): ServerSentEvent[] {
    this.buffer += chunk;
    const events: ServerSentEvent[] = [];
    for (;;) {
      const end = this.buffer.search(/\r\n|\r|\n/);
      // A lone "\r" at the end may be the first half of "\r\n": wait for the next chunk.
      if (end < 0 || (end === this.buffer.length - 1 && this.buffer.endsWith('\r'))) break;
      const line = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(this.buffer.startsWith('\r\n', end) ? end + 2 : end + 1);
      const event = this.line(line);
      if (event) events.push(event);
    }
    return events;
  }

  private line(line: string): ServerSentEvent | null {
    if (line === '') {
      if (this.data.length === 0) {
        this.name = '';
        return null;
      }
      const event = { event: this.name || 'message', data: this.data.join('\n'), id: this.id };
      this.data = [];
      this.name = '';
      return event;
    }
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.name = value;
    else if (field === 'id' && !value.includes('\0')) this.id = value;
    return null;
  }
}

export type OpenEventStream = (
  url: string,
  accessToken: string,
  onEvent: (event: ServerSentEvent) => void,
  signal: AbortSignal,
) => Promise<void>;

/**
 * Follows a server-sent event stream with fetch rather than EventSource, because EventSource cannot send
 * the bearer header: the access token stays in a header and never appears in a URL or a server log.
 * Resolves when the server ends the stream; rejects with an ApiError when it refuses or cannot be reached.
 */
export const openEventStream: OpenEventStream = async (url, accessToken, onEvent, signal) => {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'text/event-stream', Authorization: `Bearer ${accessToken}` },
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
  } catch (error) {
    if (signal.aborted) return;
    throw new ApiError('network', networkProblem(), { cause: error });
  }
  if (!response.ok || !response.body) {
    const text = await response.text();
    throw new ApiError('http', problemFromResponse(response.status, response.statusText, response.headers.get('Content-Type'), text));
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parser = new EventStreamParser();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parser.push(decoder.decode(value, { stream: true })).forEach(onEvent);
    }
  } catch (error) {
    if (signal.aborted) return;
    throw new ApiError('network', networkProblem(), { cause: error });
  }
};

/** Seconds before reconnect attempt `attempt` (1, 2, …): 1, 2, 4, 8, 16, then every 30. */
export function backoffSeconds(attempt: number): number {
  return Math.min(30, 2 ** Math.max(0, attempt - 1));
}
