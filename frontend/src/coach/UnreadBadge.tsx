import { useI18n } from '../i18n/I18nProvider';

/** "3" on screen, "3 ongelezen" to a screen reader; nothing when all is read. */
export function UnreadBadge({ count }: { count: number }) {
  const { t } = useI18n();
  if (count <= 0) return null;
  return (
    <span className="count-badge">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{t('regionFeed.unread', { count })}</span>
    </span>
  );
}
