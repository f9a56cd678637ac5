import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { isApiError } from '../api/problem';
import type { Session } from '../auth/authService';
import { useI18n } from '../i18n/I18nProvider';
import type { MatchedOccupation } from '../skills/skillsApi';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FormField } from '../ui/FormField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { errorFor, fieldErrors, skillErrors } from './fieldErrors';
import { RegionSelect } from './RegionSelect';
import { OccupationChecklist } from './OccupationChecklist';
import { fetchBadges, type Badge, type BadgeSkill } from './badgeApi';
import { BadgesPanel } from './BadgesPanel';
import { fetchOwnProfile, newSkill, replaceProfile, type SeekerProfile, type SeekerSkill } from './seekerApi';
import { SkillEditor } from './SkillEditor';
import { SkillSources, type FoundSkill } from './SkillSources';

type Load = { readonly status: 'loading' } | { readonly status: 'none' } | { readonly status: 'ready' } | { readonly status: 'error'; readonly error: unknown };
type Save =
  | { readonly status: 'idle' }
  | { readonly status: 'saving' }
  | { readonly status: 'saved'; readonly version: number }
  | { readonly status: 'conflict' }
  | { readonly status: 'error'; readonly error: unknown };

/** The profile editor: add skills from a title, a CV or the typeahead; assess each; save under the version read. */
export function ProfileEditorPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  useDocumentTitle(t('seeker.profile.title'));
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const [region, setRegion] = useState('');
  const [hoursMin, setHoursMin] = useState('');
  const [hoursMax, setHoursMax] = useState('');
  const [skills, setSkills] = useState<readonly SeekerSkill[]>([]);
  const [save, setSave] = useState<Save>({ status: 'idle' });
  const [occupation, setOccupation] = useState<MatchedOccupation | null>(null);
  const skillsHeadingRef = useRef<HTMLHeadingElement>(null);
  const [badges, setBadges] = useState<readonly Badge[]>([]);
  const [badgesError, setBadgesError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    fetchBadges(session.accessToken, language).then(
      (list) => current && setBadges(list),
      (error: unknown) => current && setBadgesError(error),
    );
    return () => {
      current = false;
    };
    // badge labels come from the server in both languages; a language switch does not need a reload
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session.accessToken]);

  const show = useCallback((profile: SeekerProfile) => {
    setVersion(profile.version);
    setRegion(profile.region);
    setHoursMin(profile.hours ? String(profile.hours.min) : '');
    setHoursMax(profile.hours ? String(profile.hours.max) : '');
    setSkills(profile.skills);
  }, []);

  const reload = useCallback(() => {
    setLoad({ status: 'loading' });
    setSave({ status: 'idle' });
    fetchOwnProfile(session.accessToken, language).then(
      (profile) => {
        if (!profile) return setLoad({ status: 'none' });
        show(profile);
        setLoad({ status: 'ready' });
      },
      (error: unknown) => setLoad({ status: 'error', error }),
    );
    // the language only changes labels the server sends with the skills; a reload is not needed for it
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session.accessToken, show]);

  useEffect(reload, [reload]);

  if (load.status === 'none') return <Navigate to="/werkzoekende/welkom" replace />;

  const errors = save.status === 'error' ? fieldErrors(save.error) : [];
  const add = (found: readonly (FoundSkill | SeekerSkill)[]) =>
    setSkills((current) => {
      const known = new Set(current.map((s) => s.uri));
      return [...current, ...found.filter((f) => !known.has(f.uri) && known.add(f.uri)).map((f) => ('labelNl' in f ? f : newSkill(f.uri, f)))];
    });

  /** A skill a badge names, added to the editor as certified by that badge (saved with the profile). */
  const addFromBadge = (skill: BadgeSkill, badge: Badge) =>
    add([{ ...newSkill(skill.uri, skill), labelEn: skill.labelEn, evidence: 'CERTIFICATE', proofText: t('badges.proofText', { name: badge.name }).slice(0, 500) }]);
  const badgesOf = (uri: string) => badges.filter((badge) => badge.skills.some((s) => s.uri === uri));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSave({ status: 'saving' });
    const hours = hoursMin !== '' && hoursMax !== '' ? { min: Number(hoursMin), max: Number(hoursMax) } : null;
    try {
      const saved = await replaceProfile(session.accessToken, language, { skills, region, hours }, version);
      show(saved);
      setSave({ status: 'saved', version: saved.version });
    } catch (error) {
      setSave(isApiError(error) && error.kind === 'http' && error.status === 409 ? { status: 'conflict' } : { status: 'error', error });
    }
  };

  return (
    <>
      <header className="page-header">
        <p>
          <Link to="/werkzoekende">{t('seeker.nav.back')}</Link>
        </p>
        <h1>{t('seeker.profile.title')}</h1>
        <p className="lead">{t('seeker.profile.intro')}</p>
      </header>
      {load.status === 'loading' && (
        <div role="status">
          <p className="progress">{t('seeker.dashboard.loading')}</p>
        </div>
      )}
      {load.status === 'error' && <ErrorAlert headline="seeker.profile.loadFailed" error={load.error} />}
      {load.status === 'ready' && (
        <>
          <SkillSources onAdd={add} onChooseOccupation={setOccupation} />
          <BadgesPanel
            session={session}
            badges={badges}
            loadError={badgesError}
            profileUris={new Set(skills.map((s) => s.uri))}
            onChange={setBadges}
            onAddSkill={addFromBadge}
          />
          {occupation && (
            <OccupationChecklist
              key={occupation.uri}
              occupation={occupation}
              profile={skills}
              onAdd={add}
              onAnswer={(changed) => setSkills((current) => current.map((s) => (s.uri === changed.uri ? changed : s)))}
              onClose={() => {
                setOccupation(null);
                skillsHeadingRef.current?.focus();
              }}
            />
          )}
          <form className="panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="skills-heading">
            <h2 id="skills-heading" tabIndex={-1} ref={skillsHeadingRef}>{t('seeker.profile.skills.heading', { count: skills.length })}</h2>
            {errorFor(errors, 'skills') && <p className="field-error">{errorFor(errors, 'skills')}</p>}
            {skills.length === 0 ? (
              <p className="muted">{t('seeker.profile.skills.empty')}</p>
            ) : (
              <ul className="skill-editor-list">
                {skills.map((skill, index) => (
                  <SkillEditor
                    key={skill.uri}
                    skill={skill}
                    index={index}
                    errors={skillErrors(errors, index)}
                    badges={badgesOf(skill.uri)}
                    onChange={(changed) => setSkills((current) => current.map((s, i) => (i === index ? changed : s)))}
                    onRemove={() => setSkills((current) => current.filter((_, i) => i !== index))}
                  />
                ))}
              </ul>
            )}
            <FormField id="profile-region" label={t('seeker.welcome.region')} error={errorFor(errors, 'region')}>
              {(control) => <RegionSelect control={control} value={region} onChange={setRegion} placeholder={t('seeker.region.choose')} />}
            </FormField>
            <fieldset className="hours">
              <legend>{t('seeker.profile.hours')}</legend>
              {errorFor(errors, 'hours') && <p className="field-error">{errorFor(errors, 'hours')}</p>}
              <FormField id="profile-hours-min" label={t('seeker.profile.hours.min')} error={errorFor(errors, 'hours.min')}>
                {(control) => <input {...control} type="number" min={0} max={60} value={hoursMin} onChange={(event) => setHoursMin(event.target.value)} />}
              </FormField>
              <FormField id="profile-hours-max" label={t('seeker.profile.hours.max')} error={errorFor(errors, 'hours.max')}>
                {(control) => <input {...control} type="number" min={0} max={60} value={hoursMax} onChange={(event) => setHoursMax(event.target.value)} />}
              </FormField>
            </fieldset>
            <div className="actions">
              <button type="submit" className="button button-large" disabled={save.status === 'saving'}>
                {t('seeker.profile.save')}
              </button>
            </div>
            <div role="status" aria-live="polite">
              {save.status === 'saving' && <p className="progress">{t('seeker.profile.saving')}</p>}
              {save.status === 'saved' && <p className="alert alert-success">{t('seeker.profile.saved', { version: save.version })}</p>}
            </div>
            {save.status === 'conflict' && (
              <div className="alert alert-error" role="alert">
                <p>{t('seeker.profile.conflict')}</p>
                <button type="button" className="button button-secondary" onClick={reload}>
                  {t('seeker.profile.reload')}
                </button>
              </div>
            )}
            {save.status === 'error' && (
              <>
                {errors.length > 0 && <p className="field-error">{t('seeker.profile.fieldErrors')}</p>}
                <ErrorAlert headline="seeker.profile.failed" error={save.error} />
              </>
            )}
          </form>
        </>
      )}
    </>
  );
}
