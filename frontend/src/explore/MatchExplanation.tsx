import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import { apportion, formatPoints } from './apportion';
import type { Explanation, SkillLabel } from './matchApi';

const shownMissing = 6;

function Skill({ skill }: { skill: SkillLabel }) {
  return <ConceptLabel label={skill.label} labelLanguage={skill.labelLanguage} derived={skill.derived} />;
}

/**
 * Why a match scores what it scores: matched (green, ✓), counted in part through a related skill (amber, ◐, with the
 * skill that stood in), missing (red, ✗, essentials first); colour is never the only signal. The breakdown's parts,
 * rounded together, add up to the shown score.
 */
export function MatchExplanation({
  explanation,
  idPrefix,
  perspective = 'self',
  headingLevel = 4,
}: {
  explanation: Explanation;
  idPrefix: string;
  /** Whose skills are explained: the visitor's own ("Wat je al hebt") or a candidate's (for an employer). */
  perspective?: 'self' | 'candidate';
  headingLevel?: 3 | 4;
}) {
  const { t, language } = useI18n();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const candidate = perspective === 'candidate';
  const [allMissing, setAllMissing] = useState(false);
  const [coverage, relevance] = apportion([explanation.coverage * 100, explanation.relevance * 100], 1);
  const total = (coverage ?? 0) + (relevance ?? 0);
  const missing = allMissing ? explanation.missing : explanation.missing.slice(0, shownMissing);
  return (
    <div className="explanation">
      {explanation.matched.length > 0 && (
        <section aria-labelledby={`${idPrefix}-matched`} className="explain-group explain-matched">
          <Heading id={`${idPrefix}-matched`}>
            {t(candidate ? 'explore.explain.candidateMatched' : 'explore.explain.matched', { count: String(explanation.matched.length) })}
          </Heading>
          <ul>
            {explanation.matched.map((m) => (
              <li key={m.skill.uri}>
                <span className="explain-icon" aria-hidden="true">✓</span>
                <span className="visually-hidden">{t(candidate ? 'explore.explain.candidateMatchedItem' : 'explore.explain.matchedItem')}: </span>
                <Skill skill={m.skill} />
                {m.essential && <span className="tag">{t('explore.explain.essential')}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {explanation.partial.length > 0 && (
        <section aria-labelledby={`${idPrefix}-partial`} className="explain-group explain-partial">
          <Heading id={`${idPrefix}-partial`}>{t('explore.explain.partial', { count: String(explanation.partial.length) })}</Heading>
          <ul>
            {explanation.partial.map((p) => (
              <li key={p.skill.uri}>
                <span className="explain-icon" aria-hidden="true">◐</span>
                <span className="visually-hidden">{t('explore.explain.partialItem')}: </span>
                <Skill skill={p.skill} /> {t('explore.explain.via')} <Skill skill={p.standIn} />
                {p.reason && <span className="muted"> ({p.reason})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {explanation.missing.length > 0 && (
        <section aria-labelledby={`${idPrefix}-missing`} className="explain-group explain-missing">
          <Heading id={`${idPrefix}-missing`}>{t('explore.explain.missing', { count: String(explanation.missing.length) })}</Heading>
          <ul>
            {missing.map((m) => (
              <li key={m.skill.uri}>
                <span className="explain-icon" aria-hidden="true">✗</span>
                <span className="visually-hidden">{t('explore.explain.missingItem')}: </span>
                <Skill skill={m.skill} />
                {m.essential && <span className="tag">{t('explore.explain.essential')}</span>}
              </li>
            ))}
          </ul>
          {explanation.missing.length > shownMissing && (
            <button type="button" className="button-link" aria-expanded={allMissing} onClick={() => setAllMissing(!allMissing)}>
              {allMissing ? t('explore.explain.fewer') : t('explore.explain.all', { count: String(explanation.missing.length) })}
            </button>
          )}
        </section>
      )}
      <details className="score-breakdown">
        <summary>{t('explore.explain.breakdown')}</summary>
        <table>
          <tbody>
            <tr>
              <th scope="row">{t(candidate ? 'explore.explain.candidateCoverage' : 'explore.explain.coverage')}</th>
              <td>{formatPoints(coverage ?? 0, language)}</td>
            </tr>
            <tr>
              <th scope="row">{t(candidate ? 'explore.explain.candidateRelevance' : 'explore.explain.relevance')}</th>
              <td>{formatPoints(relevance ?? 0, language)}</td>
            </tr>
            <tr className="total">
              <th scope="row">{t('explore.explain.total')}</th>
              <td>{formatPoints(total, language)}</td>
            </tr>
          </tbody>
        </table>
        <p className="muted">{t('explore.explain.howItWorks')}</p>
      </details>
    </div>
  );
}

/** The score as "62,5 van 100", the same rounding as the breakdown. */
export function ScoreBadge({ explanation }: { explanation: Explanation }) {
  const { t, language } = useI18n();
  const [coverage, relevance] = apportion([explanation.coverage * 100, explanation.relevance * 100], 1);
  return <p className="score">{t('explore.score', { score: formatPoints((coverage ?? 0) + (relevance ?? 0), language) })}</p>;
}
