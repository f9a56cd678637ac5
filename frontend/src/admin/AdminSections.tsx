import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/I18nProvider';
import { localeOf, timeZone } from '../i18n/format';

export const adminPaths = {
  home: '/beheer',
  feeds: '/beheer/vacaturefeeds',
  feedJob: (id: string) => `/beheer/vacaturefeeds/${encodeURIComponent(id)}`,
  deadLetters: '/beheer/dead-letters',
  deadLetter: (id: string) => `/beheer/dead-letters/${encodeURIComponent(id)}`,
  sentMail: '/beheer/e-mail',
} as const;

/** The administrator's work besides the platform status. */
export function AdminSections() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="admin-sections-heading">
      <h2 id="admin-sections-heading">{t('adminEvents.sections.heading')}</h2>
      <ul className="card-grid">
        <li className="card">
          <h3>
            <Link to={adminPaths.feeds}>{t('feeds.title')}</Link>
          </h3>
          <p>{t('adminEvents.sections.feeds')}</p>
        </li>
        <li className="card">
          <h3>
            <Link to={adminPaths.deadLetters}>{t('deadLetters.title')}</Link>
          </h3>
          <p>{t('adminEvents.sections.deadLetters')}</p>
        </li>
        <li className="card">
          <h3>
            <Link to={adminPaths.sentMail}>{t('sentMail.title')}</Link>
          </h3>
          <p>{t('sentMail.section')}</p>
        </li>
      </ul>
    </section>
  );
}

/** "Beheer" above an admin sub-page, for the way back. */
export function AdminBreadcrumb({ trail = [] }: { trail?: readonly { to: string; label: string }[] }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('adminEvents.breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <Link to={adminPaths.home}>{t('admin.title')}</Link>
        </li>
        {trail.map((step) => (
          <li key={step.to}>
            <Link to={step.to}>{step.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** A server instant in the reader's language, e.g. "4 dec 2026, 16:52:03". */
export function formatInstant(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(localeOf(language), { dateStyle: 'medium', timeStyle: 'medium', timeZone });
}
