import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Fetch } from '../api/http';
import { isApiError } from '../api/problem';
import type { Session } from '../auth/authService';
import { useI18n } from '../i18n/I18nProvider';
import { arbeidsmarktregioNames } from '../regions/arbeidsmarktregios';
import { ErrorAlert } from '../ui/ErrorAlert';
import { flashState } from '../ui/FlashMessage';
import { FormField } from '../ui/FormField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import {
  contractTypes,
  formFields,
  initialVacancyValues,
  serverFieldMessages,
  toVacancyRequest,
  validateVacancy,
  type FieldMessage,
  type FieldMessages,
  type VacancyFormValues,
} from './newVacancyForm';
import { publishVacancy } from './publishVacancy';
import { SuggestedSkills } from './SuggestedSkills';

const regionCodes = Object.keys(arbeidsmarktregioNames).sort();

interface NewVacancyPageProps {
  readonly session: Session;
  /** Tests pass their own fetch; the app uses the browser's. */
  readonly fetchImpl?: Fetch;
  readonly today?: Date;
}

/** An employer publishes a vacancy: the form checks what it can, the server's field errors land at the fields. */
export function NewVacancyPage({ session, fetchImpl, today = new Date() }: NewVacancyPageProps) {
  const { t } = useI18n();
  useDocumentTitle(t('newVacancy.title'));
  const navigate = useNavigate();
  const [values, setValues] = useState<VacancyFormValues>(() =>
    initialVacancyValues(session.me.regions.map((region) => region.code), today),
  );
  const [messages, setMessages] = useState<FieldMessages>({});
  const [failure, setFailure] = useState<{ error: unknown; conflict: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set = <K extends keyof VacancyFormValues>(name: K, value: VacancyFormValues[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    // A corrected field loses its message at once; the rest keep theirs until the next attempt.
    setMessages((current) => {
      if (!(name in current)) return current;
      const { [name]: _corrected, ...rest } = current as Record<string, FieldMessage>;
      return rest as FieldMessages;
    });
  };
  const message = (field: keyof FieldMessages) => text(t, messages[field]);

  const focusFirstInvalid = (found: FieldMessages) => {
    const first = formFields.find((field) => found[field]);
    if (first) formRef.current?.querySelector<HTMLElement>(`#vacancy-${first}`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = validateVacancy(values);
    setMessages(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(found);
      return;
    }
    setBusy(true);
    try {
      await publishVacancy(toVacancyRequest(values), session.accessToken, fetchImpl);
      navigate('/werkgever', { state: flashState('newVacancy.published', { title: values.title.trim() }) });
    } catch (error) {
      setBusy(false);
      if (isApiError(error) && error.kind === 'http') {
        const fields = serverFieldMessages(error.problem);
        setMessages(fields);
        setFailure({ error, conflict: error.status === 409 });
        focusFirstInvalid(fields);
      } else {
        setFailure({ error, conflict: false });
      }
    }
  };

  return (
    <>
      <header className="page-header">
        <p className="eyebrow">{t('employer.title')}</p>
        <h1>{t('newVacancy.title')}</h1>
        <p className="lead">{t('newVacancy.intro', { organisation: session.me.organisation ?? '' })}</p>
      </header>

      <form ref={formRef} className="vacancy-form" noValidate onSubmit={(event) => void submit(event)}>
        {failure && (
          <div>
            {failure.conflict && (
              <p className="alert alert-info" role="status">
                {t('newVacancy.conflict')}
              </p>
            )}
            <ErrorAlert headline="newVacancy.failed" error={failure.error} />
          </div>
        )}

        <FormField id="vacancy-title" label={t('newVacancy.field.title')} error={message('title')}>
          {(control) => (
            <input {...control} type="text" required maxLength={300} value={values.title} onChange={(e) => set('title', e.target.value)} />
          )}
        </FormField>

        <FormField
          id="vacancy-description"
          label={t('newVacancy.field.description')}
          hint={t('newVacancy.hint.description')}
          error={message('description')}
        >
          {(control) => (
            <textarea {...control} rows={8} value={values.description} onChange={(e) => set('description', e.target.value)} />
          )}
        </FormField>

        <div className="form-row">
          <FormField id="vacancy-region" label={t('newVacancy.field.region')} error={message('region')}>
            {(control) => (
              <select {...control} required value={values.region} onChange={(e) => set('region', e.target.value)}>
                <option value="">{t('newVacancy.choose')}</option>
                {regionCodes.map((code) => (
                  <option key={code} value={code}>
                    {`${arbeidsmarktregioNames[code]} (${code})`}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id="vacancy-gemeente" label={t('newVacancy.field.gemeente')} error={message('gemeente')}>
            {(control) => (
              <input {...control} type="text" autoComplete="address-level2" value={values.gemeente} onChange={(e) => set('gemeente', e.target.value)} />
            )}
          </FormField>
        </div>

        <div className="form-row">
          <FormField id="vacancy-hoursMin" label={t('newVacancy.field.hoursMin')} error={message('hoursMin')}>
            {(control) => (
              <input {...control} type="number" inputMode="numeric" min={0} max={60} value={values.hoursMin} onChange={(e) => set('hoursMin', e.target.value)} />
            )}
          </FormField>
          <FormField id="vacancy-hoursMax" label={t('newVacancy.field.hoursMax')} error={message('hoursMax')}>
            {(control) => (
              <input {...control} type="number" inputMode="numeric" min={0} max={60} value={values.hoursMax} onChange={(e) => set('hoursMax', e.target.value)} />
            )}
          </FormField>
          <FormField id="vacancy-contractType" label={t('newVacancy.field.contractType')} error={message('contractType')}>
            {(control) => (
              <select
                {...control}
                required
                value={values.contractType}
                onChange={(e) => set('contractType', e.target.value as VacancyFormValues['contractType'])}
              >
                <option value="">{t('newVacancy.choose')}</option>
                {contractTypes.map((type) => (
                  <option key={type} value={type}>
                    {t(`newVacancy.contract.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>

        <div className="form-row">
          <FormField id="vacancy-validFrom" label={t('newVacancy.field.validFrom')} error={message('validFrom')}>
            {(control) => <input {...control} type="date" required value={values.validFrom} onChange={(e) => set('validFrom', e.target.value)} />}
          </FormField>
          <FormField id="vacancy-validUntil" label={t('newVacancy.field.validUntil')} error={message('validUntil')}>
            {(control) => <input {...control} type="date" required value={values.validUntil} onChange={(e) => set('validUntil', e.target.value)} />}
          </FormField>
        </div>

        <SuggestedSkills
          text={`${values.title}\n\n${values.description}`.trim()}
          skills={values.skills}
          onChange={(skills) => set('skills', skills)}
          error={message('skills')}
          {...(fetchImpl ? { fetchImpl } : {})}
        />

        <div className="actions">
          <button type="submit" className="button button-large" disabled={busy}>
            {busy ? t('newVacancy.publishing') : t('newVacancy.publish')}
          </button>
          <Link to="/werkgever">{t('newVacancy.cancel')}</Link>
        </div>
      </form>
    </>
  );
}

function text(t: ReturnType<typeof useI18n>['t'], message: FieldMessage | undefined): string | null {
  if (!message) return null;
  return 'key' in message ? t(message.key) : message.text;
}
