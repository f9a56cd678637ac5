import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import type { MessageKey } from '../i18n/dictionary';
import { acceptedAsJson, acceptedAsList, acceptedSkills, summary, toggle, type Decision, type Decisions } from './decisions';
import type { SuggestedSkill } from './skillsApi';

interface SkillSuggestionsProps {
  readonly skills: readonly SuggestedSkill[];
  readonly headingId: string;
  readonly heading: string;
  /** Prefix of each item's id, so evidence marks can link to it. */
  readonly idPrefix: string;
  /** The skill whose evidence is highlighted in the text (hover or focus), if any. */
  readonly onActiveChange?: (uri: string | null) => void;
  readonly activeUri?: string | null;
  /** File name of the JSON download, without extension. */
  readonly downloadName: string;
}

export function skillItemId(idPrefix: string, index: number): string {
  return `${idPrefix}-${index}`;
}

/** Confidence in words first (for people), the percentage after it. */
export function confidenceWords(confidence: number): MessageKey {
  if (confidence >= 0.8) {
    return 'skills.list.confidence.high';
  }
  return confidence >= 0.6 ? 'skills.list.confidence.medium' : 'skills.list.confidence.low';
}

/**
 * Suggested skills with Accept / Reject toggles, a running summary, and the accepted ones to copy or download
 * (with ESCO URIs). Decisions stay in this page; nothing is sent anywhere.
 */
export function SkillSuggestions(props: SkillSuggestionsProps) {
  const { skills, headingId, heading, idPrefix, onActiveChange, activeUri, downloadName } = props;
  const { t } = useI18n();
  const [decisions, setDecisions] = useState<Decisions>({});
  const [copyMessage, setCopyMessage] = useState<MessageKey | null>(null);
  const counts = summary(skills, decisions);
  const anyAccepted = acceptedSkills(skills, decisions).length > 0;

  const decide = (uri: string, decision: Decision) => {
    setDecisions((current) => toggle(current, uri, decision));
    setCopyMessage(null);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(acceptedAsList(skills, decisions));
      setCopyMessage('skills.list.copied');
    } catch {
      setCopyMessage('skills.list.copyFailed');
    }
  };

  const download = () => {
    const blob = new Blob([acceptedAsJson(skills, decisions)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${downloadName}.json`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  };

  return (
    <section aria-labelledby={headingId} className="skill-suggestions">
      <h3 id={headingId}>{heading}</h3>
      <ul className="skill-list">
        {skills.map((skill, index) => {
          const decision = decisions[skill.uri];
          const active = activeUri === skill.uri;
          return (
            <li
              key={skill.uri}
              id={skillItemId(idPrefix, index)}
              tabIndex={-1}
              className={`skill-item${active ? ' skill-item-active' : ''}${decision ? ` skill-item-${decision}` : ''}`}
              onMouseEnter={() => onActiveChange?.(skill.uri)}
              onMouseLeave={() => onActiveChange?.(null)}
              onFocus={() => onActiveChange?.(skill.uri)}
              onBlur={() => onActiveChange?.(null)}
            >
              <div className="skill-head">
                <span className="skill-label">
                  <ConceptLabel label={skill.label} labelLanguage={skill.labelLanguage} derived={skill.derived} />
                </span>
                <span className={`tag ${skill.essential ? 'tag-essential' : 'tag-optional'}`}>
                  {t(skill.essential ? 'skills.list.essential' : 'skills.list.optional')}
                </span>
              </div>
              {skill.confidence !== undefined && (
                <p className="skill-meta">
                  {t('skills.list.confidence', {
                    words: t(confidenceWords(skill.confidence)),
                    percent: Math.round(skill.confidence * 100),
                  })}
                </p>
              )}
              {skill.evidence.length > 0 && (
                <p className="skill-meta">
                  {t('skills.list.evidence', {
                    evidence: [...new Set(skill.evidence.map((e) => `“${e.text}”`))].join(', '),
                  })}
                </p>
              )}
              <div className="skill-actions">
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-pressed={decision === 'accepted'}
                  onClick={() => decide(skill.uri, 'accepted')}
                >
                  {t('skills.list.accept')}
                  <span className="visually-hidden"> {skill.label}</span>
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-pressed={decision === 'rejected'}
                  onClick={() => decide(skill.uri, 'rejected')}
                >
                  {t('skills.list.reject')}
                  <span className="visually-hidden"> {skill.label}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="skill-summary" role="status">
        {t('skills.list.summary', { accepted: counts.accepted, rejected: counts.rejected })}
      </p>
      <div className="actions">
        <button type="button" className="button" disabled={!anyAccepted} onClick={() => void copy()}>
          {t('skills.list.copy')}
        </button>
        <button type="button" className="button button-secondary" disabled={!anyAccepted} onClick={download}>
          {t('skills.list.download')}
        </button>
      </div>
      {!anyAccepted && <p className="muted">{t('skills.list.nothingAccepted')}</p>}
      {copyMessage && (
        <p role="status" className="muted">
          {t(copyMessage)}
        </p>
      )}
    </section>
  );
}
