import { useI18n } from '../../i18n/I18nProvider';
import { isDeadLetterReason } from './deadLetters';

/** A dead-letter reason in words, with the code administrators search logs and docs for. */
export function reasonText(t: ReturnType<typeof useI18n>['t'], reason: string): string {
  return isDeadLetterReason(reason) ? `${t(`deadLetters.reasonText.${reason}`)} (${reason})` : reason;
}
