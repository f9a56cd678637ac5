import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { useAuth } from '../auth/AuthProvider';
import type { Role } from '../auth/roles';
import { backoffSeconds, openEventStream, type OpenEventStream } from './eventStream';
import {
  feedReducer,
  fetchRegionFeed,
  initialFeedState,
  markRegionFeedRead,
  parseRegionEvent,
  type RegionFeedSnapshot,
  type RegionFeedState,
} from './regionFeed';

/** Roles that follow the live feed of their regions (the server allows exactly these). */
export const feedRoles: readonly Role[] = ['JOBCOACH', 'REGIO_STAFF'];

export interface RegionFeedContextValue extends RegionFeedState {
  readonly loadError: unknown;
  readonly markReadError: unknown;
  readonly markRead: () => Promise<void>;
  /** Skips the rest of the back-off wait. */
  readonly reconnectNow: () => void;
}

const RegionFeedContext = createContext<RegionFeedContextValue | null>(null);

interface RegionFeedProviderProps {
  readonly children: ReactNode;
  readonly connect?: OpenEventStream;
  readonly load?: (accessToken: string, signal: AbortSignal) => Promise<RegionFeedSnapshot>;
  readonly markAsRead?: (accessToken: string) => Promise<unknown>;
}

/**
 * Keeps one live connection to the region feed while a jobcoach or loket user is logged in, so the unread
 * count in the main menu stays current on every page. After each (re)connect the list is loaded again;
 * the reducer drops events it already has.
 */
export function RegionFeedProvider({
  children,
  connect = openEventStream,
  load = fetchRegionFeed,
  markAsRead = markRegionFeedRead,
}: RegionFeedProviderProps) {
  const { state: auth } = useAuth();
  const session = auth.status === 'authenticated' ? auth.session : null;
  const follows = session !== null && session.me.roles.some((role) => feedRoles.includes(role));
  const subject = follows ? session.me.subject : null;
  // The token is renewed while the connection stays; a reconnect takes the newest one.
  const token = useRef<string | null>(null);
  token.current = follows ? session.accessToken : null;

  const [state, dispatch] = useReducer(feedReducer, initialFeedState);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [markReadError, setMarkReadError] = useState<unknown>(null);
  const wake = useRef<() => void>(() => {});

  useEffect(() => {
    if (subject === null) return;
    const controller = new AbortController();
    const { signal } = controller;
    const reload = async () => {
      const accessToken = token.current;
      if (!accessToken) return;
      try {
        const snapshot = await load(accessToken, signal);
        if (!signal.aborted) {
          dispatch({ type: 'loaded', snapshot });
          setLoadError(null);
        }
      } catch (error) {
        if (!signal.aborted) setLoadError(error);
      }
    };
    const follow = async () => {
      let attempt = 0;
      while (!signal.aborted) {
        const accessToken = token.current;
        if (!accessToken) return;
        try {
          await connect('/api/events/stream', accessToken, (event) => {
            if (event.event === 'ready') {
              attempt = 0;
              dispatch({ type: 'connection', connection: { kind: 'live' } });
              void reload();
            } else if (event.event === 'region-event') {
              try {
                dispatch({ type: 'received', event: parseRegionEvent(JSON.parse(event.data)) });
              } catch {
                // A line this version cannot read is skipped; the next reload shows what the server has.
              }
            }
          }, signal);
        } catch {
          // Refused or unreachable: handled like a dropped connection, with back-off.
        }
        if (signal.aborted) return;
        attempt += 1;
        const seconds = backoffSeconds(attempt);
        dispatch({ type: 'connection', connection: { kind: 'reconnecting', inSeconds: seconds, attempt } });
        await new Promise<void>((resolve) => {
          const timer = window.setTimeout(resolve, seconds * 1000);
          wake.current = () => {
            window.clearTimeout(timer);
            resolve();
          };
          signal.addEventListener('abort', () => wake.current(), { once: true });
        });
        if (!signal.aborted) dispatch({ type: 'connection', connection: { kind: 'connecting' } });
      }
    };
    dispatch({ type: 'reset' });
    void follow();
    return () => {
      controller.abort();
      wake.current = () => {};
    };
  }, [subject, connect, load]);

  const markRead = useCallback(async () => {
    const accessToken = token.current;
    if (!accessToken) return;
    try {
      await markAsRead(accessToken);
      dispatch({ type: 'markedRead' });
      setMarkReadError(null);
    } catch (error) {
      setMarkReadError(error);
    }
  }, [markAsRead]);

  const reconnectNow = useCallback(() => wake.current(), []);

  const value = useMemo<RegionFeedContextValue | null>(
    () => (subject === null ? null : { ...state, loadError, markReadError, markRead, reconnectNow }),
    [subject, state, loadError, markReadError, markRead, reconnectNow],
  );
  return <RegionFeedContext.Provider value={value}>{children}</RegionFeedContext.Provider>;
}

/** The live feed, or null when nobody who follows one is logged in (or outside the provider). */
export function useRegionFeed(): RegionFeedContextValue | null {
  return useContext(RegionFeedContext);
}
