import type { ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and error message. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby'?: string;
}

interface FormFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  /** The error to show under the label; the control is then marked invalid. */
  readonly error?: string | null;
  readonly children: (control: ControlProps) => ReactNode;
}

/** Label, optional hint, the error right at the field (WCAG 3.3.1), then the control. */
export function FormField({ id, label, hint, error, children }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter((value) => value !== null).join(' ');
  return (
    <div className={error ? 'form-field form-field-invalid' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId ?? undefined} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId ?? undefined} className="field-error">
          {error}
        </p>
      )}
      {children({ id, 'aria-invalid': Boolean(error), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
    </div>
  );
}
