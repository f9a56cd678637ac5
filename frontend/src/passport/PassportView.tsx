import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/format';
import { isMessageKey } from '../i18n/dictionary';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import type { Passport, PassportLabel } from './passportApi';

function Label({ value }: { value: PassportLabel }) {
  return <ConceptLabel label={value.label} labelLanguage={value.labelLanguage} derived={value.derived} />;
}

/**
 * The passport as others see it: confirmed skills per ESCO skill group with level, origin and proof, then what the
 * person wants to learn and what gives energy. Headings start at `level` so it fits inside any page.
 */
export function PassportView({ passport, headingLevel = 2 }: { passport: Passport; headingLevel?: 2 | 3 }) {
  const { t, language } = useI18n();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const count = passport.groups.reduce((sum, group) => sum + group.skills.length, 0);
  const word = (prefix: string, code: string) => {
    const key = `${prefix}.${code}`;
    return isMessageKey(key) ? t(key) : code;
  };

  return (
    <article className="passport" aria-labelledby="passport-holder">
      <H id="passport-holder">{t('passport.view.holder', { name: passport.holderName })}</H>
      <p className="muted">
        {t('passport.view.madeAt', { date: formatDate(passport.madeAt, language), count })}
        {passport.occupation && (
          <>
            {' · '}
            {t('passport.view.occupation')} <Label value={passport.occupation} />
          </>
        )}
      </p>

      <section aria-labelledby="passport-skills">
        <Sub id="passport-skills">{t('passport.view.skills')}</Sub>
        {passport.groups.length === 0 && <p>{t('passport.view.noSkills')}</p>}
        {passport.groups.map((group) => (
          <div key={group.label} className="passport-group">
            <p className="passport-group-label">{group.label}</p>
            <ul className="passport-skills">
              {group.skills.map((s) => (
                <li key={s.skill.uri}>
                  <strong><Label value={s.skill} /></strong>
                  <span className="passport-facts">
                    {t('passport.view.level', { level: word('seeker.profile.level', s.level) })}
                    {' · '}
                    {t('passport.view.origin', { origin: word('seeker.profile.evidence', s.evidence) })}
                    {!s.doesIt && <> · {t('passport.view.canNotDoing')}</>}
                  </span>
                  {(s.proofText || s.proofUrl) && (
                    <span className="passport-proof">
                      {t('passport.view.proof')} {s.proofText}
                      {s.proofUrl && /^https?:\/\//i.test(s.proofUrl) && (
                        <>
                          {' '}
                          <a href={s.proofUrl} rel="noopener noreferrer nofollow" target="_blank">
                            {t('passport.view.proofLink')}
                          </a>
                        </>
                      )}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="passport-learn">
        <Sub id="passport-learn">{t('passport.view.wantsToLearn')}</Sub>
        {passport.wantsToLearn.length === 0 ? (
          <p>{t('passport.view.nothing')}</p>
        ) : (
          <ul>{passport.wantsToLearn.map((l) => <li key={l.uri}><Label value={l} /></li>)}</ul>
        )}
      </section>
      <section aria-labelledby="passport-energy">
        <Sub id="passport-energy">{t('passport.view.givesEnergy')}</Sub>
        {passport.givesEnergy.length === 0 ? (
          <p>{t('passport.view.nothing')}</p>
        ) : (
          <ul>{passport.givesEnergy.map((l) => <li key={l.uri}><Label value={l} /></li>)}</ul>
        )}
      </section>
    </article>
  );
}
