import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { ConceptLabel } from './ConceptLabel';
import { fetchSuggestions, type Suggestion, type SuggestionKind } from './suggestApi';

export interface SkillTypeaheadProps {
  readonly kind: SuggestionKind | 'all';
  /** The visible label of the text field. */
  readonly label: string;
  readonly onSelect: (item: Suggestion) => void;
  readonly lang: 'nl' | 'en';
  /** Wait this long after the last keystroke before asking the server. */
  readonly debounceMs?: number;
  readonly search?: typeof fetchSuggestions;
}

/**
 * An accessible combobox over the ESCO typeahead (WAI-ARIA 1.2 combobox with a listbox popup): type, move with
 * up/down, choose with Enter, close with Escape. The focus stays in the text field; the active option is announced
 * through aria-activedescendant.
 */
export function SkillTypeahead({ kind, label, onSelect, lang, debounceMs = 200, search = fetchSuggestions }: SkillTypeaheadProps) {
  const { t } = useI18n();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const statusId = `${id}-status`;
  const [text, setText] = useState('');
  const [items, setItems] = useState<readonly Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [state, setState] = useState<'idle' | 'loading' | 'done' | 'error'>('idle');
  const latest = useRef(0);

  useEffect(() => {
    const query = text.trim();
    if (query === '') {
      setItems([]);
      setState('idle');
      return;
    }
    const controller = new AbortController();
    const ticket = ++latest.current;
    const timer = window.setTimeout(() => {
      setState('loading');
      search(query.slice(0, 100), kind, lang, controller.signal)
        .then((found) => {
          if (ticket !== latest.current) return;
          setItems(found);
          setActive(-1);
          setOpen(true);
          setState('done');
        })
        .catch((error: unknown) => {
          if (ticket !== latest.current || (error instanceof DOMException && error.name === 'AbortError')) return;
          setItems([]);
          setState(isApiError(error) || error instanceof Error ? 'error' : 'done');
        });
    }, debounceMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, kind, lang, debounceMs, search]);

  const choose = (item: Suggestion) => {
    onSelect(item);
    setText('');
    setItems([]);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (items.length > 0) {
        setOpen(true);
        setActive((current) => (current + 1) % items.length);
      }
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length > 0) {
        setOpen(true);
        setActive((current) => (current <= 0 ? items.length - 1 : current - 1));
      }
    } else if (event.key === 'Enter') {
      const item = open ? items[active] : undefined;
      if (item) {
        event.preventDefault();
        choose(item);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else {
        setText('');
      }
    }
  };

  const expanded = open && items.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;
  const status =
    state === 'loading'
      ? t('taxonomy.typeahead.loading')
      : state === 'error'
        ? t('taxonomy.typeahead.error')
        : state === 'done' && text.trim() !== ''
          ? items.length === 0
            ? t('taxonomy.typeahead.none')
            : t('taxonomy.typeahead.count', { count: String(items.length) })
          : '';

  return (
    <div className="typeahead">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-describedby={statusId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={text}
        maxLength={100}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label={label} className="typeahead-list" hidden={!expanded}>
        {items.map((item, index) => (
          <li
            key={item.uri}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'typeahead-option active' : 'typeahead-option'}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(item)}
          >
            <ConceptLabel label={item.label} labelLanguage={item.labelLanguage} derived={item.derived} />
            {item.matchedLabel && (
              <span className="muted typeahead-matched"> ({t('taxonomy.typeahead.matched', { label: item.matchedLabel })})</span>
            )}
          </li>
        ))}
      </ul>
      <p id={statusId} className="muted typeahead-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
