import { useI18n } from '../i18n/I18nProvider';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import { formatChange, formatCount, formatDecimal, formatNumber, suppressedMark, tensionClassKeys } from './format';
import type { Count, SkillRow } from './lmiApi';

interface SkillsTableProps {
  readonly caption: string;
  readonly rows: readonly SkillRow[];
  readonly keyHeading: string;
  /** When given, each row's name is a button (pick a skill for the map, or drill into an occupation). */
  readonly onPick?: (row: SkillRow) => void;
  readonly pickedKey?: string | null;
  /** Fewer people than this are not shown; said when a whole column is therefore left out. */
  readonly threshold?: number;
}

function CountCell({ count }: { count: Count }) {
  const { t, language } = useI18n();
  return (
    <td>
      {count.suppressed ? (
        <abbr className="suppressed" title={t('lmi.suppressed.title')}>
          {suppressedMark}
        </abbr>
      ) : (
        formatCount(count, language)
      )}
    </td>
  );
}

/**
 * Demand, supply and tension per skill (or occupation), with suppressed figures marked. A column in which every
 * figure is suppressed (in practice "wants to learn", a handful of people per skill) is left out with a sentence
 * that says why, instead of a column of marks.
 */
export function SkillsTable({ caption, rows, keyHeading, onPick, pickedKey, threshold = 10 }: SkillsTableProps) {
  const { t, language } = useI18n();
  const showWants = rows.some((row) => !row.wantsToLearn.suppressed && row.wantsToLearn.value !== null);
  return (
    <>
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table" aria-describedby="lmi-suppression-note">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyHeading}</th>
            <th scope="col">{t('lmi.col.demand')}</th>
            <th scope="col">{t('lmi.col.essential')}</th>
            <th scope="col">{t('lmi.col.change')}</th>
            <th scope="col">{t('lmi.col.supply')}</th>
            {showWants && <th scope="col">{t('lmi.col.wants')}</th>}
            <th scope="col">{t('lmi.col.tension')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} aria-current={row.key === pickedKey ? 'true' : undefined}>
              <th scope="row">
                {onPick ? (
                  <button type="button" className="link-button" onClick={() => onPick(row)}>
                    <ConceptLabel label={row.label} labelLanguage={row.labelLanguage} derived={row.derived} />
                  </button>
                ) : (
                  <ConceptLabel label={row.label} labelLanguage={row.labelLanguage} derived={row.derived} />
                )}
              </th>
              <td>{formatNumber(row.demand, language)}</td>
              <td>{formatNumber(row.essential, language)}</td>
              <td>{formatChange(row.change, language)}</td>
              <CountCell count={row.supply} />
              {showWants && <CountCell count={row.wantsToLearn} />}
              <td>
                {row.tension === null || row.tensionClass === null
                  ? row.supply.suppressed
                    ? suppressedMark
                    : '–'
                  : `${formatDecimal(row.tension, language)} (${t(tensionClassKeys[row.tensionClass])})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    {!showWants && rows.length > 0 && <p className="muted">{t('regioLayout.wants.allSuppressed', { threshold: String(threshold) })}</p>}
    </>
  );
}
