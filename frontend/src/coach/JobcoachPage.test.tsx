import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FakeAuthService, renderWithProviders, sessionFor } from '../test/fakeAuth';
import type { OpenEventStream, ServerSentEvent } from './eventStream';
import { JobcoachPage } from './JobcoachPage';
import type { RegionEvent, RegionFeedSnapshot } from './regionFeed';
import { RegionFeedProvider } from './RegionFeedProvider';

const session = sessionFor(['JOBCOACH'], { name: 'Jan Jansen', regions: [{ code: 'AM18', name: 'Groot Amsterdam' }] });

const vacancy = (id: string, title: string, at: string): RegionEvent => ({
  id,
  region: 'AM18',
  type: 'nl.vaardig.vacancy.published',
  subject: `vacancy-${id}`,
  occurredAt: at,
  summary: { title, employer: 'Zorggroep Amstelland' },
});

/** A stream the test drives: it opens, sends events, and ends when the test says so. */
class FakeStream {
  connections = 0;
  tokens: string[] = [];
  private emit: ((event: ServerSentEvent) => void) | null = null;
  private end: (() => void) | null = null;

  readonly open: OpenEventStream = (_url, accessToken, onEvent) => {
    this.connections += 1;
    this.tokens.push(accessToken);
    this.emit = onEvent;
    return new Promise<void>((resolve) => {
      this.end = resolve;
    });
  };

  /** Waits until the provider (after the login is restored) has connected. */
  async opened() {
    await waitFor(() => expect(this.connections).toBeGreaterThan(0));
  }

  send(event: string, data: unknown) {
    act(() => this.emit?.({ event, data: JSON.stringify(data), id: null }));
  }

  drop() {
    act(() => this.end?.());
  }
}

function renderCoach(snapshots: RegionFeedSnapshot[]) {
  const stream = new FakeStream();
  const load = vi.fn(() => Promise.resolve(snapshots.shift() ?? { unread: 0, events: [] }));
  const markAsRead = vi.fn(() => Promise.resolve());
  renderWithProviders(
    <RegionFeedProvider connect={stream.open} load={load} markAsRead={markAsRead}>
      <JobcoachPage session={session} />
    </RegionFeedProvider>,
    { service: new FakeAuthService(session), path: '/jobcoach' },
  );
  return { stream, load, markAsRead };
}

const feed = () => screen.getByRole('region', { name: /^Live uit je regio/ });

describe('the jobcoach live region feed', () => {
  it('showsTheRegionsEventsNewestFirstWithTheUnreadCountInTheHeading', async () => {
    const { stream } = renderCoach([
      { unread: 1, events: [vacancy('a', 'Kok', '2026-12-04T09:00:00Z'), vacancy('b', 'Verpleegkundige', '2026-12-04T10:00:00Z')] },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Jan Jansen' })).toBeInTheDocument();
    await stream.opened();
    stream.send('ready', { unread: 1 });
    const items = await within(feed()).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Nieuwe vacature: Verpleegkundige in Groot Amsterdam');
    expect(items[0]?.querySelector('.marker')).toHaveTextContent('Nieuw');
    expect(items[1]?.querySelector('.marker')).toBeNull();
    // Dutch time, whatever the browser's zone (the test runs in UTC): 10:00Z is 11:00 in Amsterdam
    expect(items[0]?.querySelector('time')).toHaveTextContent('4 dec 2026, 11:00');
    expect(screen.getByRole('heading', { level: 2, name: 'Live uit je regio 1 ongelezen' })).toBeInTheDocument();
    expect(within(feed()).getByRole('status')).toHaveTextContent('Live verbonden');
  });

  it('aNewEventAppearsOnTopIsAnnouncedAndCountsOnceEvenWhenDeliveredTwice', async () => {
    const { stream } = renderCoach([{ unread: 0, events: [vacancy('a', 'Kok', '2026-12-04T09:00:00Z')] }]);
    await stream.opened();
    stream.send('ready', { unread: 0 });
    await within(feed()).findByText(/Kok/);
    const live = vacancy('c', 'Wijkverpleegkundige', '2026-12-04T11:00:00Z');
    stream.send('region-event', live);
    stream.send('region-event', live);
    expect(within(feed()).getAllByRole('listitem')[0]).toHaveTextContent('Nieuwe vacature: Wijkverpleegkundige in Groot Amsterdam');
    expect(within(feed()).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 2, name: 'Live uit je regio 1 ongelezen' })).toBeInTheDocument();
    const announcer = screen.getByTestId('feed-announcer');
    expect(announcer).toHaveAttribute('aria-live', 'polite');
    expect(announcer).toHaveTextContent('Nieuw in je regio: Nieuwe vacature: Wijkverpleegkundige in Groot Amsterdam');
  });

  it('markAsReadAsksTheServerAndClearsTheCount', async () => {
    const { stream, markAsRead } = renderCoach([{ unread: 2, events: [vacancy('a', 'Kok', '2026-12-04T09:00:00Z')] }]);
    await stream.opened();
    stream.send('ready', { unread: 2 });
    const button = await within(feed()).findByRole('button', { name: 'Markeer als gelezen' });
    await within(feed()).findByText(/Kok/);
    await userEvent.click(button);
    expect(await screen.findByRole('heading', { level: 2, name: 'Live uit je regio' })).toBeInTheDocument();
    expect(markAsRead).toHaveBeenCalledWith(session.accessToken);
    expect(button).toBeDisabled();
  });

  it('aDroppedConnectionIsShownAndComesBackAfterTheBackOffWithTheListReloadedWithoutDuplicates', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const first = vacancy('a', 'Kok', '2026-12-04T09:00:00Z');
      const { stream, load } = renderCoach([
        { unread: 0, events: [first] },
        { unread: 1, events: [vacancy('b', 'Schoonmaker', '2026-12-04T10:00:00Z'), first] },
      ]);
      await stream.opened();
      stream.send('ready', { unread: 0 });
      await within(feed()).findByText(/Kok/);

      stream.drop();
      const state = await within(feed()).findByText('Verbinding verbroken. Nieuwe poging over 1 s.');
      expect(state.closest('[role="status"]')).not.toBeNull();
      expect(within(feed()).getByRole('button', { name: 'Nu opnieuw verbinden' })).toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(1000));
      await waitFor(() => expect(stream.connections).toBe(2));
      stream.send('ready', { unread: 1 });
      await within(feed()).findByText(/Schoonmaker/);
      expect(load).toHaveBeenCalledTimes(2);
      expect(within(feed()).getAllByRole('listitem')).toHaveLength(2);
      expect(within(feed()).getByRole('status')).toHaveTextContent('Live verbonden');
    } finally {
      vi.useRealTimers();
    }
  });
  it('makesEachLineThatNamesAVacancyALinkToIt', async () => {
    const id = '7d3f2c1a-1b2c-4d5e-8f90-123456789abc';
    const { stream } = renderCoach([{ unread: 0, events: [{ ...vacancy('c', 'Wijkverpleegkundige', '2026-12-04T11:00:00Z'), subject: id }] }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Jan Jansen' })).toBeInTheDocument();
    await stream.opened();
    stream.send('ready', { unread: 0 });
    const link = await within(feed()).findByRole('link', { name: 'Nieuwe vacature: Wijkverpleegkundige in Groot Amsterdam' });
    expect(link).toHaveAttribute('href', `/jobcoach/vacatures/${id}`);
  });
});
