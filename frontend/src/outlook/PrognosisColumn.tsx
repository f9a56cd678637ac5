import { useI18n } from '../i18n/I18nProvider';
import { formatPeriod } from '../i18n/format';
import type { OutlookItem, YearPrognosis } from './outlookApi';

/** "+12", "−3", "0": a change with a real minus sign. */
function signed(p: number): string {
  return `${p > 0 ? '+' : p < 0 ? '−' : ''}${Math.abs(p)}`;
}

/** The outlook table's "Prognose komend jaar" header cell. */
export function PrognosisHeader() {
  const { t } = useI18n();
  return <th scope="col">{t('outlookPrognosis.column')}</th>;
}

/** The prognosis for the coming year with its 80 % interval, or "geen prognose" when the forecaster declined. */
export function PrognosisCell({ prognosis }: { prognosis: YearPrognosis | null }) {
  const { t } = useI18n();
  if (prognosis === null) return <td>{t('outlookPrognosis.none')}</td>;
  return (
    <td>
      {t('outlookPrognosis.value', {
        // "+12 % (80 %-interval −3 tot +27 %)": the unit once after the upper bound, as in the advice
        percent: `${signed(prognosis.percent)} %`,
        lower: signed(prognosis.percentLower80),
        upper: `${signed(prognosis.percentUpper80)} %`,
      })}
    </td>
  );
}

/** What the column means, shown under the table once any skill has a prognosis. */
export function PrognosisNote({ items }: { items: readonly OutlookItem[] }) {
  const { t, language } = useI18n();
  const first = items.find((i) => i.prognosis !== null)?.prognosis;
  if (!first) return null;
  return <p className="muted">{t('outlookPrognosis.note', { from: formatPeriod(first.from, language), to: formatPeriod(first.to, language) })}</p>;
}
