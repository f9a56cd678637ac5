import { useRef, useState, type FormEvent } from 'react';
import type { Session } from '../auth/authService';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/format';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import { ErrorAlert } from '../ui/ErrorAlert';
import { importBadge, maxBadgeBytes, removeBadge, type Badge, type BadgeSkill } from './badgeApi';

type Action =
  | { readonly status: 'idle' }
  | { readonly status: 'busy' }
  | { readonly status: 'done'; readonly message: string }
  | { readonly status: 'error'; readonly headline: 'badges.importFailed' | 'badges.removeFailed'; readonly error: unknown };

/**
 * Open Badges (edubadges) as evidence: import a badge file, see which ESCO skills it names and whether each is in
 * the profile being edited, add the missing ones to the editor (the person saves), remove a badge. Every badge says
 * "niet geverifieerd" and why: Vaardig checks no signature and fetches nothing.
 */
export function BadgesPanel({ session, badges, loadError, profileUris, onChange, onAddSkill }: {
  session: Session;
  badges: readonly Badge[];
  loadError: unknown;
  profileUris: ReadonlySet<string>;
  onChange: (badges: readonly Badge[]) => void;
  onAddSkill: (skill: BadgeSkill, badge: Badge) => void;
}) {
  const { t, language } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [action, setAction] = useState<Action>({ status: 'idle' });
  const fileRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return showFileError(t('badges.noFile'));
    if (file.size > maxBadgeBytes) return showFileError(t('badges.tooLarge'));
    setFileError(null);
    setAction({ status: 'busy' });
    try {
      const badge = await importBadge(session.accessToken, language, file);
      onChange([badge, ...badges]);
      const skipped = badge.ignoredSkillUris.length;
      setAction({
        status: 'done',
        message: t('badges.imported', { name: badge.name }) + (skipped > 0 ? ` ${t('badges.skipped', { count: skipped })}` : ''),
      });
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
    } catch (error) {
      setAction({ status: 'error', headline: 'badges.importFailed', error });
    }
  };

  const showFileError = (message: string) => {
    setFileError(message);
    fileRef.current?.focus();
  };

  const remove = async (badge: Badge) => {
    setAction({ status: 'busy' });
    try {
      await removeBadge(session.accessToken, language, badge.id);
      onChange(badges.filter((b) => b.id !== badge.id));
      setAction({ status: 'done', message: t('badges.removed', { name: badge.name }) });
    } catch (error) {
      setAction({ status: 'error', headline: 'badges.removeFailed', error });
    }
  };

  return (
    <section className="panel badges-panel" aria-labelledby="badges-heading">
      <h2 id="badges-heading">{t('badges.heading')}</h2>
      <p>{t('badges.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="form-field">
          <label htmlFor="badge-file">{t('badges.file')}</label>
          <input
            id="badge-file"
            ref={fileRef}
            type="file"
            accept=".json,.jsonld,.png,.svg,application/json,application/ld+json,image/png,image/svg+xml"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? 'badge-file-error' : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          {fileError && <p id="badge-file-error" className="field-error">{fileError}</p>}
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={action.status === 'busy'}>{t('badges.import')}</button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {action.status === 'busy' && <p className="progress">{t('badges.busy')}</p>}
        {action.status === 'done' && <p className="alert alert-success">{action.message}</p>}
      </div>
      {action.status === 'error' && <ErrorAlert headline={action.headline} error={action.error} />}
      {loadError != null && <ErrorAlert headline="badges.loadFailed" error={loadError} />}
      {badges.length === 0 ? (
        <p className="muted">{t('badges.empty')}</p>
      ) : (
        <ul className="badge-list" aria-label={t('badges.listLabel')}>
          {badges.map((badge) => (
            <li key={badge.id} className="card badge-card" aria-labelledby={`badge-${badge.id}`}>
              <h3 id={`badge-${badge.id}`}>{badge.name}</h3>
              <p className="muted">
                {[
                  badge.issuer ? t('badges.issuer', { issuer: badge.issuer }) : null,
                  badge.issuedOn && !Number.isNaN(Date.parse(badge.issuedOn)) ? t('badges.issuedOn', { date: formatDate(badge.issuedOn, language) }) : null,
                  t(badge.spec === 'OB3' ? 'badges.spec.OB3' : 'badges.spec.OB2'),
                ].filter((part) => part !== null).join(' · ')}
              </p>
              <p>
                <span className="tag">{t('badges.notVerified')}</span> {t(`badges.reason.${badge.verificationReason}`)}
              </p>
              <h4>{t('badges.skills')}</h4>
              <ul className="badge-skills">
                {badge.skills.map((skill) => (
                  <li key={skill.uri}>
                    <ConceptLabel label={language === 'en' ? skill.labelEn : skill.label} labelLanguage={language === 'en' ? 'en' : skill.labelLanguage}
                      derived={language === 'en' ? false : skill.derived} />
                    {' — '}
                    {profileUris.has(skill.uri) ? (
                      <span>{t('badges.inProfile')}</span>
                    ) : (
                      <button type="button" className="button button-secondary button-small" onClick={() => onAddSkill(skill, badge)}
                        aria-label={t('badges.addNamed', { skill: language === 'en' ? skill.labelEn : skill.label })}>
                        {t('badges.add')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
              <button type="button" className="button button-secondary" disabled={action.status === 'busy'} onClick={() => void remove(badge)}
                aria-label={t('badges.removeNamed', { name: badge.name })}>
                {t('badges.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
