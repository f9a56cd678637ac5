import type { ReactNode } from 'react';
import type { Session } from '../auth/authService';
import { roleLabels, type Role } from '../auth/roles';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/dictionary';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** One thing the role will find in Vaardig; `points` become a list under the text. */
export interface Offer {
  readonly title: MessageKey;
  readonly text: MessageKey;
  readonly points?: readonly MessageKey[];
}

interface RoleLandingProps {
  readonly role: Role;
  readonly session: Session;
  readonly title: MessageKey;
  readonly intro: MessageKey;
  /** Which account facts matter for this role besides the role itself. */
  readonly show?: { readonly regions?: boolean; readonly organisation?: boolean };
  readonly offers: readonly Offer[];
  /** Live content of the role (e.g. the platform status for administrators), shown before the offers. */
  readonly children?: ReactNode;
}

/** The landing page every role shares: a greeting, the account facts, and what Vaardig will offer. */
export function RoleLanding({ role, session, title, intro, show = {}, offers, children }: RoleLandingProps) {
  const { t } = useI18n();
  useDocumentTitle(t(title));
  const { me } = session;
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">{t(title)}</p>
        <h1>{t('landing.greeting', { name: me.name })}</h1>
        <p className="lead">{t(intro)}</p>
      </header>

      <section className="panel" aria-labelledby="account-heading">
        <h2 id="account-heading">{t('landing.account.heading')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('landing.account.role')}</dt>
            <dd>{t(roleLabels[role])}</dd>
          </div>
          {show.regions && (
            <div>
              <dt>{t('landing.account.regions')}</dt>
              <dd>
                {me.regions.length === 0
                  ? t('landing.account.noRegions')
                  : me.regions.map((region) => (region.name ? `${region.code} ${region.name}` : region.code)).join(', ')}
              </dd>
            </div>
          )}
          {show.organisation && (
            <div>
              <dt>{t('landing.account.organisation')}</dt>
              <dd>{me.organisation ?? t('landing.account.noOrganisation')}</dd>
            </div>
          )}
        </dl>
      </section>

      {children}

      {offers.length > 0 && (
        <section aria-labelledby="offers-heading">
          <h2 id="offers-heading">{t('landing.offers.heading')}</h2>
          <p className="muted">{t('landing.offers.status')}</p>
          <ul className="card-grid">
            {offers.map((offer) => (
              <li key={offer.title} className="card">
                <h3>{t(offer.title)}</h3>
                <p>{t(offer.text)}</p>
                {offer.points && (
                  <ul className="points">
                    {offer.points.map((point) => (
                      <li key={point}>{t(point)}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
