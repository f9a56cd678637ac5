import ts from 'typescript';

/**
 * The house style's language rules as checks the test suite runs (docs/house-style.md): Dutch texts say
 * "je", never "u"; Dutch texts hold no English sentences; components take their texts from the dictionaries.
 */

/** The formal pronoun in any of its forms, as a whole word. */
const formalPronoun = /(?<![\p{L}\p{N}.-])(u zelf|uzelf|uwe|uw|u)(?![\p{L}\p{N}-])/giu;

/**
 * Where a "u" is not the pronoun: a placeholder, a web address, an hour after a number ("8 u"), a letter in
 * a code ("E-u") — removed before looking.
 */
const notThePronoun: readonly RegExp[] = [/\{\w+\}/g, /https?:\/\/\S+/g, /\b\d+\s?u\b/g];

function withoutAllowed(text: string): string {
  return notThePronoun.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}

/** The formal forms ("u", "uw", "uzelf") a Dutch text uses; empty when it says "je". */
export function formalAddress(text: string): string[] {
  return [...withoutAllowed(text).matchAll(formalPronoun)].map((m) => m[0]);
}

/**
 * English words that are not also Dutch words. Two of them in one text mark an English sentence (one alone
 * can be a loanword or a name).
 */
const englishOnly = new Set([
  'the', 'and', 'you', 'your', 'please', 'with', 'this', 'that', 'are', 'for', 'from', 'could', 'should', 'not',
  'have', 'has', 'been', 'which', 'will', 'would', 'there', 'their', 'our', 'can', 'cannot', 'into', 'about',
  'when', 'what', 'who', 'where', 'why', 'how', 'profile', 'vacancy', 'vacancies', 'region', 'regions', 'loading',
  'save', 'cancel', 'search', 'hide', 'more', 'less', 'back', 'next', 'yes', 'sign', 'close',
]);

export function englishWords(text: string): string[] {
  const words = withoutAllowed(text)
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .filter((word) => englishOnly.has(word));
  return words.length >= 2 ? words : [];
}

/** Attributes of HTML elements that people read or hear. */
const readAttributes = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'aria-roledescription']);

/**
 * Texts written straight into a component's markup instead of coming from the dictionaries: JSX text with
 * letters in it, and string values of read attributes on HTML elements. Symbols and numbers ("·", "–", "%")
 * are not texts.
 */
export function hardCodedTexts(source: string, fileName = 'component.tsx'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const hasWord = (text: string) => /\p{L}{2,}/u.test(text);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const text = node.getText(file).replace(/\s+/g, ' ').trim();
      if (hasWord(text)) found.push(text);
    } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const owner = node.parent.parent;
      const tag = ts.isJsxOpeningElement(owner) || ts.isJsxSelfClosingElement(owner) ? owner.tagName.getText(file) : '';
      const name = node.name.getText(file);
      if (/^[a-z]/.test(tag) && readAttributes.has(name) && hasWord(node.initializer.text)) found.push(node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
