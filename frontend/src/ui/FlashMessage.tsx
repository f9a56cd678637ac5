import { useLocation } from 'react-router-dom';
import { useI18n } from '../i18n/I18nProvider';
import { isMessageKey, type MessageKey, type MessageParams } from '../i18n/dictionary';
import { isRecord } from '../api/problem';

/** Router state a page sets when it navigates after a success: `navigate(to, { state: flashState(…) })`. */
export interface FlashState {
  readonly flash: { readonly key: MessageKey; readonly params?: MessageParams };
}

export function flashState(key: MessageKey, params?: MessageParams): FlashState {
  return { flash: params ? { key, params } : { key } };
}

/** Shows the confirmation a previous page left in the router state (e.g. "Vacature gepubliceerd"). */
export function FlashMessage() {
  const { t } = useI18n();
  const { state } = useLocation();
  if (!isRecord(state) || !isRecord(state.flash) || typeof state.flash.key !== 'string' || !isMessageKey(state.flash.key)) {
    return null;
  }
  const params = isRecord(state.flash.params) ? (state.flash.params as MessageParams) : undefined;
  return (
    <div className="alert alert-success" role="status">
      <p>{t(state.flash.key, params)}</p>
    </div>
  );
}
