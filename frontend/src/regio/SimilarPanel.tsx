import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatChange, formatCount, formatNumber } from './format';
import type { Criterion, LmiApi, Similar } from './lmiApi';

const criteria: readonly Criterion[] = ['SIZE', 'SUPPLY', 'PROFILE'];
const criterionKeys = { SIZE: 'lmi.similar.SIZE', SUPPLY: 'lmi.similar.SUPPLY', PROFILE: 'lmi.similar.PROFILE' } as const;
const defaults: Readonly<Record<Criterion, number>> = { SIZE: 50, SUPPLY: 50, PROFILE: 10 };

/** Similar regions: the user picks criteria and the allowed deviation per criterion and sees whom that selects. */
export function SimilarPanel({ api, region, period }: { api: LmiApi; region: string; period: string }) {
  const { t, language } = useI18n();
  const [chosen, setChosen] = useState<Readonly<Partial<Record<Criterion, number>>>>({ SIZE: 50, PROFILE: 10 });
  const [result, setResult] = useState<Similar | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    api
      .similar(region, period, chosen, controller.signal)
      .then(setResult)
      .catch((e: unknown) => !controller.signal.aborted && setError(e));
    return () => controller.abort();
  }, [api, region, period, chosen]);

  const toggle = (c: Criterion, on: boolean) => {
    const next = { ...chosen };
    if (on) next[c] = defaults[c];
    else delete next[c];
    setChosen(next);
  };
  const selected = result?.candidates.filter((c) => c.selected) ?? [];

  return (
    <section className="panel" aria-labelledby="lmi-similar-heading">
      <h2 id="lmi-similar-heading">{t('lmi.similar.heading')}</h2>
      <p className="muted">{t('lmi.similar.explain')}</p>
      <fieldset className="criteria">
        <legend>{t('lmi.similar.criteria')}</legend>
        {criteria.map((c) => (
          <div key={c} className="criterion">
            <label className="checkbox">
              <input type="checkbox" checked={chosen[c] !== undefined} onChange={(e) => toggle(c, e.target.checked)} />
              {t(criterionKeys[c])}
            </label>
            {chosen[c] !== undefined && (
              <label className="deviation">
                {t('lmi.similar.deviation')}
                <input
                  type="number"
                  min={0}
                  max={1000}
                  step={5}
                  value={chosen[c]}
                  onChange={(e) => {
                    const v = Number(e.target.value);
                    if (Number.isFinite(v) && v >= 0 && v <= 1000) setChosen({ ...chosen, [c]: v });
                  }}
                />
              </label>
            )}
          </div>
        ))}
      </fieldset>
      {error !== null && <ErrorAlert headline="lmi.load.failed" error={error} />}
      {result && (
        <>
          <p aria-live="polite">
            {selected.length === 0
              ? t('lmi.similar.none')
              : t('lmi.similar.selected', { count: selected.length, names: selected.map((c) => c.name).join(', ') })}
          </p>
          <dl className="facts">
            <div>
              <dt>{t('lmi.similar.groupDemandChange')}</dt>
              <dd>{formatChange(result.group.demandChange, language)}</dd>
            </div>
            <div>
              <dt>{t('lmi.similar.groupSupply')}</dt>
              <dd>
                {formatNumber(result.group.supply, language)}
                {result.group.suppressedMembers > 0 && ` (${t('lmi.similar.suppressedMembers', { count: result.group.suppressedMembers })})`}
              </dd>
            </div>
            <div>
              <dt>{t('lmi.similar.nationalSupply')}</dt>
              <dd>{formatCount(result.nationalSupply, language)}</dd>
            </div>
          </dl>
          <details>
            <summary>{t('lmi.similar.all')}</summary>
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('lmi.similar.tableCaption')}>
              <table className="data-table">
                <caption>{t('lmi.similar.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('lmi.col.region')}</th>
                    <th scope="col">{t('lmi.similar.SIZE')}</th>
                    <th scope="col">{t('lmi.similar.SUPPLY')}</th>
                    <th scope="col">{t('lmi.similar.PROFILE')}</th>
                    <th scope="col">{t('lmi.similar.inGroup')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.candidates.map((c) => (
                    <tr key={c.code}>
                      <th scope="row">{c.name}</th>
                      <td>{formatChange(c.deviation.SIZE ?? null, language)}</td>
                      <td>{formatChange(c.deviation.SUPPLY ?? null, language)}</td>
                      <td>{c.deviation.PROFILE ?? '–'}</td>
                      <td>{c.selected ? t('lmi.yes') : t('lmi.no')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
