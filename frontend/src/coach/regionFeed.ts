import { apiRequest, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';

/** One line of the live region feed, as GET /api/events/feed and the stream's "region-event" describe it. */
export interface RegionEvent {
  readonly id: string;
  readonly region: string;
  /** CloudEvent type, e.g. "nl.vaardig.vacancy.published". */
  readonly type: string;
  readonly subject: string;
  /** ISO-8601 instant. */
  readonly occurredAt: string;
  /** Display facts only (title, employer, gemeente, reason, …); never personal data. */
  readonly summary: Readonly<Record<string, unknown>>;
}

export interface RegionFeedSnapshot {
  readonly unread: number;
  readonly events: readonly RegionEvent[];
}

export function parseRegionEvent(json: unknown): RegionEvent {
  if (!isRecord(json)) throw new Error('A feed event is not an object.');
  const text = (member: string): string => {
    const value = json[member];
    if (typeof value !== 'string' || value === '') throw new Error(`A feed event has no "${member}".`);
    return value;
  };
  return {
    id: text('id'),
    region: text('region'),
    type: text('type'),
    subject: text('subject'),
    occurredAt: text('occurredAt'),
    summary: isRecord(json.summary) ? json.summary : {},
  };
}

export function parseSnapshot(json: unknown): RegionFeedSnapshot {
  if (!isRecord(json) || typeof json.unread !== 'number' || !Array.isArray(json.events)) {
    throw new Error('The region feed has no "unread" and "events".');
  }
  return { unread: json.unread, events: json.events.map(parseRegionEvent) };
}

export function fetchRegionFeed(accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<RegionFeedSnapshot> {
  return apiRequest('/api/events/feed', parseSnapshot, { accessToken, ...(signal ? { signal } : {}) }, fetchImpl);
}

export function markRegionFeedRead(accessToken: string, fetchImpl?: Fetch): Promise<RegionFeedSnapshot> {
  return apiRequest('/api/events/feed/read', parseSnapshot, { method: 'POST', accessToken }, fetchImpl);
}

/** How the live connection is doing, shown to the user. */
export type Connection =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'live' }
  | { readonly kind: 'reconnecting'; readonly inSeconds: number; readonly attempt: number };

export interface FeedEntry extends RegionEvent {
  /** Arrived over the live stream (not in a loaded list). */
  readonly live: boolean;
}

export interface RegionFeedState {
  readonly events: readonly FeedEntry[];
  readonly unread: number;
  readonly loaded: boolean;
  readonly connection: Connection;
  /** The newest live arrival, for the screen-reader announcement. */
  readonly lastArrival: RegionEvent | null;
}

export const initialFeedState: RegionFeedState = {
  events: [],
  unread: 0,
  loaded: false,
  connection: { kind: 'connecting' },
  lastArrival: null,
};

export type FeedAction =
  | { readonly type: 'loaded'; readonly snapshot: RegionFeedSnapshot }
  | { readonly type: 'received'; readonly event: RegionEvent }
  | { readonly type: 'markedRead' }
  /** Another user logged in: nothing of the previous one stays on screen. */
  | { readonly type: 'reset' }
  | { readonly type: 'connection'; readonly connection: Connection };

/** Most recent lines kept on screen; older ones are in no coach's working memory either. */
export const maxEntries = 200;

/**
 * The feed's state. Delivery is at-least-once and a reconnect reloads the list, so every event is
 * taken once by its id: a duplicate neither shows twice nor counts as unread twice.
 */
export function feedReducer(state: RegionFeedState, action: FeedAction): RegionFeedState {
  switch (action.type) {
    case 'loaded': {
      const loadedIds = new Set(action.snapshot.events.map((event) => event.id));
      const newest = Math.max(0, ...action.snapshot.events.map((event) => time(event)));
      // Lines that came over the stream after the server counted its snapshot are still unread.
      const arrivedMeanwhile = state.events.filter((event) => event.live && !loadedIds.has(event.id) && time(event) > newest);
      const loaded: FeedEntry[] = action.snapshot.events.map((event) => ({ ...event, live: false }));
      return {
        ...state,
        loaded: true,
        unread: action.snapshot.unread + arrivedMeanwhile.length,
        events: newestFirst(mergeById([...arrivedMeanwhile, ...loaded, ...state.events])),
      };
    }
    case 'received': {
      if (state.events.some((event) => event.id === action.event.id)) {
        return state;
      }
      return {
        ...state,
        unread: state.unread + 1,
        events: newestFirst([{ ...action.event, live: true }, ...state.events]),
        lastArrival: action.event,
      };
    }
    case 'markedRead':
      return { ...state, unread: 0 };
    case 'reset':
      return initialFeedState;
    case 'connection':
      return { ...state, connection: action.connection };
  }
}

function mergeById(entries: readonly FeedEntry[]): FeedEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (seen.has(entry.id)) return false;
    seen.add(entry.id);
    return true;
  });
}

function newestFirst(entries: readonly FeedEntry[]): FeedEntry[] {
  // The sort is stable, so equal times keep arrival order.
  return [...entries].sort((a, b) => time(b) - time(a)).slice(0, maxEntries);
}

// Instants come with varying fractional digits, so they are compared as times, not as text.
function time(event: RegionEvent): number {
  const millis = Date.parse(event.occurredAt);
  return Number.isNaN(millis) ? 0 : millis;
}
