import { useMemo } from 'react';
import { conceptLabelText } from '../taxonomy/ConceptLabel';
import { useI18n } from '../i18n/I18nProvider';
import { segmentText } from './highlight';
import type { SuggestedSkill } from './skillsApi';

interface HighlightedTextProps {
  readonly text: string;
  readonly skills: readonly SuggestedSkill[];
  /** Id of the list item of the skill at this index (the mark links there). */
  readonly itemId: (index: number) => string;
  readonly activeUri: string | null;
  readonly onActiveChange: (uri: string | null) => void;
}

/**
 * The analysed text with every piece of evidence in a <mark> that links to its skill in the list. Where evidence of
 * several skills overlaps, the run belongs to all of them (its title names them) and links to the best ranked.
 * The marks of the skill that has hover or focus in the list are emphasised.
 */
export function HighlightedText({ text, skills, itemId, activeUri, onActiveChange }: HighlightedTextProps) {
  const { t, language } = useI18n();
  const segments = useMemo(
    () => segmentText(text, skills.flatMap((skill) => skill.evidence.map((e) => ({ start: e.start, end: e.end, key: skill.uri })))),
    [text, skills],
  );
  const indexOf = useMemo(() => new Map(skills.map((skill, index) => [skill.uri, index])), [skills]);
  const labelOf = useMemo(() => new Map(skills.map((skill) => [skill.uri, conceptLabelText(skill, t, language)])), [skills, t, language]);

  return (
    <div className="highlighted-text">
      {segments.map((segment) => {
        if (segment.keys.length === 0) {
          return <span key={segment.start}>{segment.text}</span>;
        }
        const first = segment.keys[0]!;
        const names = segment.keys.map((key) => labelOf.get(key) ?? key).join(', ');
        const active = activeUri !== null && segment.keys.includes(activeUri);
        return (
          <mark key={segment.start} className={active ? 'evidence evidence-active' : 'evidence'} data-skills={segment.keys.join(' ')}>
            <a
              href={`#${itemId(indexOf.get(first) ?? 0)}`}
              title={t('skills.text.markTitle', { skills: names })}
              onMouseEnter={() => onActiveChange(first)}
              onMouseLeave={() => onActiveChange(null)}
              onClick={(event) => {
                // Move focus to the skill, not only the scroll position, so keyboard users land there too.
                event.preventDefault();
                const target = document.getElementById(itemId(indexOf.get(first) ?? 0));
                target?.focus();
                target?.scrollIntoView?.({ block: 'nearest' });
              }}
            >
              {segment.text}
            </a>
          </mark>
        );
      })}
    </div>
  );
}
