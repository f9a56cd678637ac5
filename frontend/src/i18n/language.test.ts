import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries } from './dictionary';
import { englishWords, formalAddress, hardCodedTexts } from './languageCheck';

/** Messages that are the same in both languages on purpose. */
const sameInBothLanguages: Readonly<Record<string, string>> = {
  'app.name': 'the product name',
  'layout.footer.esco': 'the ESCO licence requires this exact English sentence on every page',
  'layout.language.nl': 'a language names itself',
  'layout.language.en': 'a language names itself',
};

/** Words Dutch uses as they are (loanwords and international terms): a message of only these may match English. */
const sameWordInDutch = new Set([
  'status', 'database', 'e-mail', 'freelance', 'feed', 'expert', 'demo', 'online', 'training', 'jobcoach', 'caseload',
  'filter', 'exports', 'open',
]);
const onlySameWords = (text: string) =>
  text
    .replace(/\{\w+\}/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter((word) => word !== '')
    .every((word) => sameWordInDutch.has(word));

/** Dutch messages allowed to hold English words: quoted English, a licence text. */
const englishAllowed: Readonly<Record<string, string>> = {
  'layout.footer.esco': 'the ESCO licence requires this exact English sentence',
};

/** Texts a component may write itself: no words of either language. */
const componentTextsAllowed = new Set(['EN']);

const withoutPlaceholders = (text: string) => text.replace(/\{\w+\}/g, '').replace(/[\s\p{P}\p{S}\d]/gu, '');

// the repository root (vite-node gives each test module its own __dirname, also under jsdom)
const repository = resolve(__dirname, '../../..');

function filesUnder(folder: string, ending: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .map((name) => join(folder, name));
}

/** A .properties file as its values, with \\uXXXX escapes read. */
function propertyValues(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.includes('=') && !line.trimStart().startsWith('#'))
    .map((line) => line.slice(line.indexOf('=') + 1).replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

/** The sentences (string literals with a space) of a Java source file. */
function javaSentences(source: string): string[] {
  return [...source.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map((m) => m[1] ?? '').filter((text) => text.includes(' '));
}

/** A feature's messages file (src/<feature>/messages.ts): its Dutch texts and their English translation. */
interface MessagesFile {
  readonly file: string;
  readonly nl: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}

/**
 * Where the files and the dictionaries disagree: a message of a file missing from the dictionaries (or with
 * another text there), and a dictionary message that does not come from exactly one file.
 */
function notComposed(files: readonly MessagesFile[], nl: Readonly<Record<string, string>>, en: Readonly<Record<string, string>>): string[] {
  const missing = files.flatMap(({ file, ...texts }) =>
    Object.keys(texts.nl)
      .filter((key) => nl[key] !== texts.nl[key] || en[key] !== texts.en[key])
      .map((key) => `${file}: ${key} is not in the dictionaries`),
  );
  const owners = (key: string) => files.filter((file) => Object.hasOwn(file.nl, key)).map(({ file }) => file);
  const notOwned = Object.keys(nl)
    .filter((key) => owners(key).length !== 1)
    .map((key) => `${key} comes from ${owners(key).join(', ') || 'no messages.ts'}`);
  return [...missing, ...notOwned];
}

// Every messages.ts under src, found by name rather than through the dictionaries, so a file that was never
// composed into them is still checked (and fails the composition test).
const messagesFiles: readonly MessagesFile[] = Object.entries(
  import.meta.glob<MessagesFile>('../**/messages.ts', { eager: true }),
).map(([file, texts]) => ({ file: file.replace(/^\.\.\//, ''), nl: texts.nl, en: texts.en }));

/** Every Dutch message with where it is written, as `file: key`, and its English translation. */
const messages = messagesFiles.flatMap(({ file, nl, en }) =>
  Object.entries(nl).map(([key, text]) => ({ where: `${file}: ${key}`, key, text, english: en[key] })),
);

describe('the language check', () => {
  it('readsEveryFeaturesMessagesFileAndEveryMessageOfTheDictionariesComesFromExactlyOne', () => {
    expect(messagesFiles.length, 'the messages files were found').toBeGreaterThan(20);
    expect(notComposed(messagesFiles, dictionaries.nl, dictionaries.en)).toEqual([]);
    expect(messages.length).toBe(Object.keys(dictionaries.nl).length);
  });

  it('dutchMessagesSayJeNeverU', () => {
    const formal = messages.filter(({ text }) => formalAddress(text).length > 0).map(({ where }) => where);
    expect(formal).toEqual([]);
  });

  it('dutchMessagesHoldNoEnglishSentences', () => {
    const english = messages
      .filter(({ key, text }) => !(key in englishAllowed) && englishWords(text).length > 0)
      .map(({ where }) => where);
    expect(english).toEqual([]);
  });

  it('everyDutchMessageDiffersFromItsEnglishOneUnlessItHasNoWordsOrIsAllowListed', () => {
    const untranslated = messages
      .filter(({ key, text, english }) => text === english && !(key in sameInBothLanguages) && !onlySameWords(text))
      .filter(({ text }) => /\p{L}{2,}/u.test(withoutPlaceholders(text)))
      .map(({ where }) => where);
    expect(untranslated).toEqual([]);
  });

  it('componentsTakeTheirTextsFromTheDictionaries', () => {
    const source = join(repository, 'frontend/src');
    const components = filesUnder(source, '.tsx').filter((file) => !file.includes('.test.') && !file.includes(join('src', 'test')));
    expect(components.length, 'the components were read').toBeGreaterThan(50);
    const written = components.flatMap((file) => hardCodedTexts(readFileSync(file, 'utf8'), file).filter((text) => !componentTextsAllowed.has(text)).map((text) => `${file.slice(source.length + 1)}: ${text}`));
    expect(written).toEqual([]);
  });

  it('theServersDutchMessagesSayJeNeverU', () => {
    const validation = propertyValues(readFileSync(join(repository, 'web-api/src/main/resources/ValidationMessages_nl.properties'), 'utf8'));
    const java = filesUnder(join(repository, 'web-api/src/main/java'), '.java').flatMap((file) => javaSentences(readFileSync(file, 'utf8')));
    const formal = [...validation, ...java].filter((text) => formalAddress(text).length > 0);
    expect(formal).toEqual([]);
    expect(validation.length, 'the validation messages were read').toBeGreaterThan(50);
  });
});

describe('the language check can fail', () => {
  it('findsAMessagesFileLeftOutOfTheDictionariesAndAKeyInTwoFiles', () => {
    const { nl, en } = dictionaries;
    const forgotten = { file: 'forgotten/messages.ts', nl: { 'forgotten.title': 'Vergeten' }, en: { 'forgotten.title': 'Forgotten' } };
    expect(notComposed([...messagesFiles, forgotten], nl, en)).toEqual(['forgotten/messages.ts: forgotten.title is not in the dictionaries']);
    const twice = { file: 'twice/messages.ts', nl: { 'app.name': nl['app.name'] }, en: { 'app.name': en['app.name'] } };
    expect(notComposed([...messagesFiles, twice], nl, en)).toEqual(['app.name comes from app/messages.ts, twice/messages.ts']);
    const written = { ...nl, 'written.here': 'Niet uit een bestand' };
    expect(notComposed(messagesFiles, written, en)).toEqual(['written.here comes from no messages.ts']);
  });

  it('findsEveryFormOfTheFormalPronoun', () => {
    expect(formalAddress('Weet u zeker dat u dit wilt?')).toEqual(['u', 'u']);
    expect(formalAddress('Uw profiel is opgeslagen.')).toEqual(['Uw']);
    expect(formalAddress('Dit doet u zelf, of uzelf.')).toEqual(['u zelf', 'uzelf']);
    expect(formalAddress('U heeft geen toegang.')).toEqual(['U']);
  });

  it('leavesJeAndWordsThatOnlyContainAUAlone', () => {
    expect(formalAddress('Weet je zeker dat je dit wilt? Jouw profiel, uur, uit, nu.')).toEqual([]);
    expect(formalAddress('Werkweek van 36 u, zie https://u.example/uw, {u} blijft staan')).toEqual([]);
  });

  it('findsAnEnglishSentenceInADutchText', () => {
    expect(englishWords('Please check your input.')).toEqual(['please', 'your']);
    expect(englishWords('Controleer je invoer.')).toEqual([]);
    expect(englishWords('Werken met de ESCO-classificatie')).toEqual([]);
  });

  it('findsTextWrittenIntoAComponent', () => {
    const component = `export function Bad() {
      return <section aria-label="Skills">
        <h2>Your profile</h2>
        <p>{t('home.title')} · 3</p>
        <Card title="home.title" />
        <img alt="" src="x.png" />
      </section>;
    }`;
    expect(hardCodedTexts(component)).toEqual(['Skills', 'Your profile']);
  });
});
