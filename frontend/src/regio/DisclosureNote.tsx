import { useI18n } from '../i18n/I18nProvider';

/** The promise that no figure rests on fewer than 10 people, what the suppression mark means, and the sources. */
export function DisclosureNote() {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="lmi-privacy-heading">
      <h2 id="lmi-privacy-heading">{t('regio.privacy.title')}</h2>
      <p id="lmi-suppression-note">{t('lmi.suppressed.note', { threshold: 10 })}</p>
      <h3>{t('lmi.sources.heading')}</h3>
      <ul>
        <li>{t('lmi.sources.esco')}</li>
        <li>{t('lmi.sources.map')}</li>
        <li>{t('lmi.sources.synthetic')}</li>
      </ul>
    </section>
  );
}
