import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { extractSkills, matchOccupations, type MatchedOccupation } from '../skills/skillsApi';
import type { LabelInfo } from '../taxonomy/labels';
import { conceptLabelText } from '../taxonomy/ConceptLabel';
import { SkillTypeahead } from '../taxonomy/SkillTypeahead';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FormField } from '../ui/FormField';

export interface FoundSkill extends LabelInfo {
  readonly uri: string;
}

type Work = { readonly status: 'idle' } | { readonly status: 'loading' } | { readonly status: 'error'; readonly error: unknown };

/**
 * Three ways to add skills: from a job title (a checklist of its ESCO occupation's skills, see OccupationChecklist),
 * from a CV text (recognised skills) or one by one with the typeahead. Everything added lands in the list below,
 * where it can be changed or removed.
 */
export function SkillSources({ onAdd, onChooseOccupation }: {
  onAdd: (skills: readonly FoundSkill[]) => void;
  onChooseOccupation: (occupation: MatchedOccupation) => void;
}) {
  const { t, language } = useI18n();
  const [title, setTitle] = useState('');
  const [occupations, setOccupations] = useState<readonly MatchedOccupation[]>([]);
  const [cv, setCv] = useState('');
  const [work, setWork] = useState<Work>({ status: 'idle' });
  const [added, setAdded] = useState<number | null>(null);

  const run = async (task: () => Promise<void>) => {
    setWork({ status: 'loading' });
    setAdded(null);
    try {
      await task();
      setWork({ status: 'idle' });
    } catch (error) {
      setWork({ status: 'error', error });
    }
  };
  const add = (skills: readonly FoundSkill[]) => {
    onAdd(skills);
    setAdded(skills.length);
  };

  return (
    <section className="panel" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('seeker.profile.sources.heading')}</h2>
      <div className="source">
        <FormField id="source-title" label={t('seeker.profile.fromTitle.label')} hint={t('seeker.profile.fromTitle.hint')}>
          {(control) => <input {...control} type="text" maxLength={200} value={title} onChange={(event) => setTitle(event.target.value)} />}
        </FormField>
        <button
          type="button"
          className="button button-secondary"
          disabled={title.trim() === '' || work.status === 'loading'}
          onClick={() => void run(async () => setOccupations(await matchOccupations(title.trim(), language)))}
        >
          {t('seeker.profile.fromTitle.button')}
        </button>
        {occupations.length > 0 && (
          <ul className="occupation-choices">
            {occupations.slice(0, 5).map((o) => (
              <li key={o.uri}>
                <button type="button" className="button button-small" onClick={() => onChooseOccupation(o)}>
                  {t('seeker.profile.fromTitle.choose', { occupation: conceptLabelText(o, t, language) })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="source">
        <FormField id="source-cv" label={t('seeker.profile.fromCv.label')}>
          {(control) => <textarea {...control} rows={5} maxLength={20000} value={cv} onChange={(event) => setCv(event.target.value)} />}
        </FormField>
        <button
          type="button"
          className="button button-secondary"
          disabled={cv.trim() === '' || work.status === 'loading'}
          onClick={() => void run(async () => add((await extractSkills(cv, language)).skills))}
        >
          {t('seeker.profile.fromCv.button')}
        </button>
      </div>
      <div className="source">
        <SkillTypeahead kind="skill" label={t('seeker.profile.typeahead')} lang={language} onSelect={(item) => add([item])} />
      </div>
      <div role="status" aria-live="polite">
        {work.status === 'loading' && <p className="progress">{t('seeker.profile.working')}</p>}
        {added !== null && <p>{t('seeker.profile.added', { count: added })}</p>}
      </div>
      {work.status === 'error' && <ErrorAlert headline="seeker.profile.sourceFailed" error={work.error} />}
    </section>
  );
}
