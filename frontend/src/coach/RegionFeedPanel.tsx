import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { describeEvent, eventDetail } from './eventText';
import { useRegionFeed, type RegionFeedContextValue } from './RegionFeedProvider';
import type { Connection, RegionEvent } from './regionFeed';
import { UnreadBadge } from './UnreadBadge';

/**
 * The live feed of the user's regions: newest first, unread marked, new lines announced politely. With
 * {@code targetOf}, a line that names something the user can open is a link to it.
 */
export function RegionFeedPanel({ targetOf }: { targetOf?: (event: RegionEvent) => string | null } = {}) {
  const feed = useRegionFeed();
  const { t } = useI18n();
  if (!feed) return null;
  return (
    <section className="panel region-feed" aria-labelledby="region-feed-heading">
      <h2 id="region-feed-heading">
        {t('regionFeed.heading')} <UnreadBadge count={feed.unread} />
      </h2>
      <div className="feed-tools">
        <ConnectionState connection={feed.connection} onReconnect={feed.reconnectNow} />
        <button type="button" className="button button-secondary" disabled={feed.unread === 0} onClick={() => void feed.markRead()}>
          {t('regionFeed.markRead')}
        </button>
      </div>
      {/* Screen readers hear each new line once, without losing their place. */}
      <div aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="feed-announcer">
        {feed.lastArrival ? t('regionFeed.announce', { text: describeEvent(feed.lastArrival, t) }) : ''}
      </div>
      {feed.loadError != null && <ErrorAlert headline="regionFeed.loadFailed" error={feed.loadError} />}
      {feed.markReadError != null && <ErrorAlert headline="regionFeed.markReadFailed" error={feed.markReadError} />}
      <FeedList feed={feed} targetOf={targetOf} />
    </section>
  );
}

function FeedList({ feed, targetOf }: { feed: RegionFeedContextValue; targetOf: ((event: RegionEvent) => string | null) | undefined }) {
  const { t, language } = useI18n();
  if (!feed.loaded && feed.events.length === 0) {
    return feed.loadError == null ? <p className="muted">{t('regionFeed.loading')}</p> : null;
  }
  if (feed.events.length === 0) {
    return <p>{t('regionFeed.empty')}</p>;
  }
  return (
    <ol className="feed-list" aria-label={t('regionFeed.listLabel')}>
      {feed.events.map((event, index) => {
        const unread = index < feed.unread;
        const detail = eventDetail(event);
        const target = targetOf ? targetOf(event) : null;
        const text = describeEvent(event, t);
        return (
          <li key={event.id} className={unread ? 'feed-item feed-item-unread' : 'feed-item'}>
            <p className="feed-title">
              {unread && <span className="marker">{t('regionFeed.new')}</span>} {target ? <Link to={target}>{text}</Link> : text}
            </p>
            <p className="muted feed-meta">
              {detail && <>{detail} · </>}
              <time dateTime={event.occurredAt}>
                {formatDateTime(event.occurredAt, language)}
              </time>
            </p>
          </li>
        );
      })}
    </ol>
  );
}

function ConnectionState({ connection, onReconnect }: { connection: Connection; onReconnect: () => void }) {
  const { t } = useI18n();
  const text =
    connection.kind === 'live'
      ? t('regionFeed.connection.live')
      : connection.kind === 'reconnecting'
        ? t('regionFeed.connection.reconnecting', { seconds: connection.inSeconds })
        : t('regionFeed.connection.connecting');
  return (
    <>
      <p role="status" className={`connection connection-${connection.kind}`}>
        <span className="connection-dot" aria-hidden="true" />
        {text}
      </p>
      {connection.kind === 'reconnecting' && (
        <button type="button" className="button button-secondary" onClick={onReconnect}>
          {t('regionFeed.reconnectNow')}
        </button>
      )}
    </>
  );
}
