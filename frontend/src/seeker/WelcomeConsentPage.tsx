import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import type { Session } from '../auth/authService';
import { loadProfile } from '../explore/profileStore';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { flashState } from '../ui/FlashMessage';
import { FormField } from '../ui/FormField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { consentTexts, consentWordingVersion } from './consentTexts';
import { errorFor, fieldErrors } from './fieldErrors';
import { RegionSelect, RegionsSelect } from './RegionSelect';
import {
  consentKinds,
  createProfile,
  fetchOwnProfile,
  newSkill,
  regionalKinds,
  type ConsentKind,
  type SeekerSkill,
} from './seekerApi';

type Choices = Readonly<Record<ConsentKind, { readonly given: boolean; readonly regions: readonly string[] }>>;

const nothingGiven: Choices = {
  KEEP_PROFILE: { given: false, regions: [] },
  EMPLOYER_SEARCH: { given: false, regions: [] },
  COACH_HELP: { given: false, regions: [] },
  STATISTICS: { given: false, regions: [] },
};

/** The explore profile of this browser (localStorage) as the first skills of the new profile. */
function carriedOverSkills(): SeekerSkill[] {
  return loadProfile().skills.map((s) => ({ ...newSkill(s.uri, s, s.wantsToLearn), level: s.level }));
}

/**
 * First visit after registering: the four consents, each separate, nothing pre-ticked, in plain words with the
 * wording version. "Opslaan" creates the profile (KEEP_PROFILE is needed to store anything), carrying over the
 * profile explored anonymously in this browser.
 */
export function WelcomeConsentPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  useDocumentTitle(t('seeker.welcome.title'));
  const carried = useMemo(carriedOverSkills, []);
  const [hasProfile, setHasProfile] = useState<boolean | null>(null);
  const [region, setRegion] = useState(() => loadProfile().region);
  const [choices, setChoices] = useState<Choices>(nothingGiven);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [keepMissing, setKeepMissing] = useState(false);

  useEffect(() => {
    let active = true;
    fetchOwnProfile(session.accessToken, language).then(
      (profile) => active && setHasProfile(profile !== null),
      () => active && setHasProfile(false),
    );
    return () => {
      active = false;
    };
  }, [session.accessToken, language]);

  if (hasProfile) return <Navigate to="/werkzoekende" replace />;

  const errors = fieldErrors(error);
  const choose = (kind: ConsentKind, change: Partial<{ given: boolean; regions: readonly string[] }>) =>
    setChoices((current) => {
      const next = { ...current[kind], ...change };
      // ticking a regional consent starts from the person's own region; they can choose others
      if (change.given && regionalKinds.includes(kind) && next.regions.length === 0 && region) next.regions = [region];
      return { ...current, [kind]: next };
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choices.KEEP_PROFILE.given) {
      setKeepMissing(true);
      return;
    }
    setKeepMissing(false);
    setSaving(true);
    setError(null);
    try {
      const consents = consentKinds
        .filter((kind) => choices[kind].given)
        .map((kind) => ({ kind, regions: regionalKinds.includes(kind) ? choices[kind].regions : [] }));
      await createProfile(session.accessToken, language, { skills: carried, region, hours: null }, consents);
      navigate('/werkzoekende/profiel', { state: flashState('seeker.welcome.created') });
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <header className="page-header">
        <h1>{t('seeker.welcome.title')}</h1>
        <p className="lead">{t('seeker.welcome.intro')}</p>
        <p className="alert alert-info">
          {carried.length > 0 ? t('seeker.welcome.carryOver', { count: carried.length }) : t('seeker.welcome.noCarryOver')}
        </p>
      </header>
      <form className="panel" onSubmit={(event) => void submit(event)} noValidate>
        <FormField id="welcome-region" label={t('seeker.welcome.region')} error={errorFor(errors, 'region')}>
          {(control) => <RegionSelect control={control} value={region} onChange={setRegion} placeholder={t('seeker.region.choose')} />}
        </FormField>
        {consentKinds.map((kind) => {
          const choice = choices[kind];
          const error = kind === 'KEEP_PROFILE' && keepMissing ? t('seeker.welcome.keepRequired') : errorFor(errors, 'consents');
          return (
            <fieldset key={kind} className="consent-choice">
              <legend>{t(consentTexts[kind].title)}</legend>
              <p id={`consent-${kind}-text`}>{t(consentTexts[kind].text)}</p>
              {kind === 'KEEP_PROFILE' && error && (
                <p id="consent-KEEP_PROFILE-error" className="field-error">
                  {error}
                </p>
              )}
              <div className="checkbox">
                <input
                  id={`consent-${kind}`}
                  type="checkbox"
                  checked={choice.given}
                  onChange={(event) => choose(kind, { given: event.target.checked })}
                  aria-describedby={`consent-${kind}-text${kind === 'KEEP_PROFILE' && error ? ' consent-KEEP_PROFILE-error' : ''}`}
                  aria-invalid={kind === 'KEEP_PROFILE' && Boolean(error)}
                />
                <label htmlFor={`consent-${kind}`}>{t(consentTexts[kind].title)}</label>
              </div>
              {regionalKinds.includes(kind) && choice.given && (
                <FormField
                  id={`consent-${kind}-regions`}
                  label={t('seeker.consent.regions', { kind: t(consentTexts[kind].title) })}
                  error={errorFor(errors, `consents[${consentKinds.filter((k) => choices[k].given).indexOf(kind)}].regions`)}
                >
                  {(control) => (
                    <RegionsSelect control={control} value={choice.regions} onChange={(regions) => choose(kind, { regions })} />
                  )}
                </FormField>
              )}
            </fieldset>
          );
        })}
        <p className="muted">{t('seeker.consent.version', { version: consentWordingVersion })}</p>
        <div className="actions">
          <button type="submit" className="button button-large" disabled={saving}>
            {t('seeker.welcome.save')}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {saving && <p className="progress">{t('seeker.welcome.saving')}</p>}
        </div>
        {error !== null && <ErrorAlert headline="seeker.welcome.failed" error={error} />}
      </form>
    </>
  );
}
