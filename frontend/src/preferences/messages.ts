import type { Translation } from '../i18n/translation';

export const nl = {
  'preferences.notSaved':
    'Je taalkeuze is op dit apparaat bewaard, maar kon niet in je account worden opgeslagen.',
} as const satisfies Record<string, string>;

export const en: Translation<typeof nl> = {
  'preferences.notSaved': 'Your language choice is kept on this device, but could not be saved to your account.',
};
