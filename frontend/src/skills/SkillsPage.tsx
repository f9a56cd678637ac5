import { useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { TextAnalysis } from './TextAnalysis';
import { TitleSearch } from './TitleSearch';

type Tab = 'text' | 'title';
const tabs: readonly Tab[] = ['text', 'title'];

/**
 * Public page /vaardigheden: anyone, without logging in, finds the skills in a vacancy or CV text (with the
 * evidence highlighted) or behind a job title, and accepts or rejects each. Nothing is stored server-side.
 * Two tabs (WAI-ARIA tabs pattern: arrow keys move between tabs); both panels stay mounted so switching keeps
 * what was typed.
 */
export function SkillsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('skills.title'));
  const [selected, setSelected] = useState<Tab>('text');
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ text: null, title: null });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.indexOf(selected);
    const next =
      event.key === 'ArrowRight' ? tabs[(index + 1) % tabs.length]
      : event.key === 'ArrowLeft' ? tabs[(index + tabs.length - 1) % tabs.length]
      : event.key === 'Home' ? tabs[0]
      : event.key === 'End' ? tabs[tabs.length - 1]
      : undefined;
    if (next) {
      event.preventDefault();
      setSelected(next);
      tabRefs.current[next]?.focus();
    }
  };

  return (
    <>
      <section className="hero" aria-labelledby="skills-heading">
        <h1 id="skills-heading">{t('skills.heading')}</h1>
        <p className="lead">{t('skills.intro')}</p>
        <p className="alert alert-info">{t('skills.privacy')}</p>
      </section>
      <div role="tablist" aria-label={t('skills.tabs.label')} className="tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`skills-tab-${tab}`}
            aria-controls={`skills-panel-${tab}`}
            aria-selected={selected === tab}
            tabIndex={selected === tab ? 0 : -1}
            ref={(element) => {
              tabRefs.current[tab] = element;
            }}
            className="tab"
            onClick={() => setSelected(tab)}
          >
            {t(tab === 'text' ? 'skills.tabs.text' : 'skills.tabs.title')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="skills-panel-text" aria-labelledby="skills-tab-text" hidden={selected !== 'text'} className="tab-panel">
        <TextAnalysis />
      </div>
      <div role="tabpanel" id="skills-panel-title" aria-labelledby="skills-tab-title" hidden={selected !== 'title'} className="tab-panel">
        <TitleSearch />
      </div>
    </>
  );
}
