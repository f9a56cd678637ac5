import type { ProblemDetail } from '../api/problem';
import type { MessageKey } from '../i18n/dictionary';
import type { LabelInfo } from '../taxonomy/labels';

export const contractTypes = ['PERMANENT', 'TEMPORARY', 'AGENCY', 'FREELANCE', 'TRAINEESHIP'] as const;
export type ContractType = (typeof contractTypes)[number];

/** A skill the employer keeps on the vacancy: suggested from the text, marked essential or optional. */
export interface VacancySkill extends LabelInfo {
  readonly uri: string;
  readonly essential: boolean;
  /** The words in the text the suggestion came from. */
  readonly evidence: string | null;
}

/** What the form holds: text as typed, so a half-typed number is not lost. */
export interface VacancyFormValues {
  readonly title: string;
  readonly description: string;
  readonly region: string;
  readonly gemeente: string;
  readonly hoursMin: string;
  readonly hoursMax: string;
  readonly contractType: ContractType | '';
  readonly validFrom: string;
  readonly validUntil: string;
  readonly skills: readonly VacancySkill[];
}

export const formFields = [
  'title',
  'description',
  'region',
  'gemeente',
  'hoursMin',
  'hoursMax',
  'contractType',
  'validFrom',
  'validUntil',
  'skills',
] as const;
export type FormField = (typeof formFields)[number];

/** A message next to a field: ours (translated) or the server's (already in the user's language). */
export type FieldMessage = { readonly key: MessageKey } | { readonly text: string };
export type FieldMessages = Partial<Record<FormField, FieldMessage>>;

/** POST /api/vacancies body (VacancyController.VacancyInput). */
export interface VacancyRequest {
  readonly title: string;
  readonly description: string | null;
  readonly region: string;
  readonly gemeente: string | null;
  readonly hoursMin: number;
  readonly hoursMax: number;
  readonly contractType: ContractType;
  readonly skills: readonly { uri: string; essential: boolean; evidence: string | null }[];
  readonly validFrom: string;
  readonly validUntil: string;
}

export const maxTitleLength = 300;
export const maxDescriptionLength = 50_000;
const maxHours = 60;

/** A new form: the user's own region when they have exactly one, valid from today for three months. */
export function initialVacancyValues(regions: readonly string[], today: Date): VacancyFormValues {
  const until = new Date(today);
  until.setMonth(until.getMonth() + 3);
  return {
    title: '',
    description: '',
    region: regions.length === 1 ? (regions[0] ?? '') : '',
    gemeente: '',
    hoursMin: '',
    hoursMax: '',
    contractType: '',
    validFrom: isoDate(today),
    validUntil: isoDate(until),
    skills: [],
  };
}

/** The same rules as the server, checked before sending so the messages come at once. */
export function validateVacancy(values: VacancyFormValues): FieldMessages {
  const messages: FieldMessages = {};
  const title = values.title.trim();
  if (title === '') messages.title = { key: 'newVacancy.error.titleRequired' };
  else if (title.length > maxTitleLength) messages.title = { key: 'newVacancy.error.titleTooLong' };
  if (values.description.length > maxDescriptionLength) messages.description = { key: 'newVacancy.error.descriptionTooLong' };
  if (!/^AM\d{2}$/.test(values.region)) messages.region = { key: 'newVacancy.error.regionRequired' };
  const min = hours(values.hoursMin);
  const max = hours(values.hoursMax);
  if (min === null) messages.hoursMin = { key: 'newVacancy.error.hours' };
  if (max === null) messages.hoursMax = { key: 'newVacancy.error.hours' };
  if (min !== null && max !== null && min > max) messages.hoursMax = { key: 'newVacancy.error.hoursOrder' };
  if (values.contractType === '') messages.contractType = { key: 'newVacancy.error.contractRequired' };
  if (!isIsoDate(values.validFrom)) messages.validFrom = { key: 'newVacancy.error.dateRequired' };
  if (!isIsoDate(values.validUntil)) messages.validUntil = { key: 'newVacancy.error.dateRequired' };
  else if (isIsoDate(values.validFrom) && values.validUntil < values.validFrom) {
    messages.validUntil = { key: 'newVacancy.error.dateOrder' };
  }
  return messages;
}

/** The request for valid values (call validateVacancy first). */
export function toVacancyRequest(values: VacancyFormValues): VacancyRequest {
  return {
    title: values.title.trim(),
    description: values.description.trim() === '' ? null : values.description,
    region: values.region,
    gemeente: values.gemeente.trim() === '' ? null : values.gemeente.trim(),
    hoursMin: Number(values.hoursMin),
    hoursMax: Number(values.hoursMax),
    contractType: values.contractType as ContractType,
    skills: values.skills.map((skill) => ({ uri: skill.uri, essential: skill.essential, evidence: skill.evidence })),
    validFrom: values.validFrom,
    validUntil: values.validUntil,
  };
}

/**
 * Puts the server's field errors next to their fields ("skills[2].uri" belongs to the skills). The alert
 * above the form lists every error as well, so one without a field on the form is not lost.
 */
export function serverFieldMessages(problem: ProblemDetail): FieldMessages {
  const fields: FieldMessages = {};
  for (const error of problem.errors) {
    const name = error.field.split(/[.[]/)[0] ?? '';
    if ((formFields as readonly string[]).includes(name)) {
      fields[name as FormField] ??= { text: error.message };
    }
  }
  return fields;
}

function hours(text: string): number | null {
  if (!/^\d{1,2}$/.test(text.trim())) return null;
  const value = Number(text);
  return value <= maxHours ? value : null;
}

function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));
}

function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
