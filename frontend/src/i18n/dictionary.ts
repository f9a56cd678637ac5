import { en } from './en';
import { nl, type MessageKey } from './nl';

export type { MessageKey } from './nl';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'nl';

export type Dictionary = Readonly<Record<MessageKey, string>>;

export const dictionaries: Readonly<Record<Language, Dictionary>> = { nl, en };

export type MessageParams = Readonly<Record<string, string | number>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(nl, value);
}

/**
 * Looks a message up and fills its {placeholders}. A placeholder without a value stays visible as
 * written, so a forgotten parameter shows up in review instead of silently disappearing.
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[language][key];
  if (!params) {
    return template;
  }
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}
