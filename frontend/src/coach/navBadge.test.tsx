import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Layout } from '../layout/Layout';
import { FakeAuthService, renderWithProviders, sessionFor } from '../test/fakeAuth';
import type { OpenEventStream, ServerSentEvent } from './eventStream';
import { RegionFeedProvider } from './RegionFeedProvider';

describe('the unread count in the main menu', () => {
  it('theJobcoachMenuItemCarriesTheUnreadCountAsText', async () => {
    let emit: ((event: ServerSentEvent) => void) | null = null;
    const connect: OpenEventStream = (_url, _token, onEvent) => {
      emit = onEvent;
      return new Promise<void>(() => {});
    };
    const load = vi.fn(() => Promise.resolve({ unread: 3, events: [] }));
    renderWithProviders(
      <RegionFeedProvider connect={connect} load={load} markAsRead={() => Promise.resolve()}>
        <Layout />
      </RegionFeedProvider>,
      { service: new FakeAuthService(sessionFor(['JOBCOACH'], { regions: [{ code: 'AM18', name: 'Groot Amsterdam' }] })) },
    );
    await waitFor(() => expect(emit).not.toBeNull());
    act(() => emit?.({ event: 'ready', data: '{"unread":3}', id: null }));
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await within(menu).findByRole('link', { name: 'Jobcoach 3 ongelezen' })).toHaveAttribute('href', '/jobcoach');
  });

  it('someoneWhoFollowsNoRegionFeedNeverConnects', async () => {
    const connect = vi.fn<OpenEventStream>(() => new Promise<void>(() => {}));
    renderWithProviders(
      <RegionFeedProvider connect={connect} load={() => Promise.resolve({ unread: 0, events: [] })}>
        <Layout />
      </RegionFeedProvider>,
      { service: new FakeAuthService(sessionFor(['EMPLOYER'])) },
    );
    expect(await screen.findByRole('link', { name: 'Werkgever' })).toBeInTheDocument();
    expect(connect).not.toHaveBeenCalled();
  });
});
