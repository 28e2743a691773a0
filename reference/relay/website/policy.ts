/**
 * @module
 * The privacy policy page's text (spec/website.md §Privacy policy page): the
 * project's copy of the policy, spec/privacy-policy.txt, and its
 * translations, spec/privacy-policy.<language>.txt, each read once and split
 * into paragraphs at blank lines. A translation has the English text's
 * paragraphs, one for one; the English text is the binding version, so a
 * translated page says so and links to it (REQ-WEB-008). A language without
 * a translation file shows the English text after a note.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Language } from './i18n.ts';

/** The English policy file, relative to this module. */
const POLICY_URL = new URL('../../../spec/privacy-policy.txt', import.meta.url);

/** The translation of the policy into `language`, beside the English file. */
const translationUrl = (language: Language): URL =>
  new URL(`../../../spec/privacy-policy.${language}.txt`, import.meta.url);

/** A policy text as paragraphs, in order, each with its line breaks. */
export function splitParagraphs(text: string): readonly string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+$/, ''))
    .filter((p) => p.trim() !== '');
}

let paragraphs: readonly string[] | undefined;

/** The English policy as paragraphs, in order, each with its line breaks. */
export function policyParagraphs(): readonly string[] {
  paragraphs ??= splitParagraphs(readFileSync(POLICY_URL, 'utf8'));
  return paragraphs;
}

/**
 * Throws unless `translated` has `english`'s paragraphs one for one: as many,
 * and every paragraph that opens with a clause number ("4.1.") opening with
 * the same number, so that no clause is dropped, merged or moved.
 */
export function checkPaired(
  language: Language,
  english: readonly string[],
  translated: readonly string[],
): void {
  const clause = (p: string | undefined) => /^(\d+(?:\.\d+)*)\.?\s/.exec(p ?? '')?.[1];
  if (translated.length !== english.length)
    throw new Error(
      `privacy-policy.${language}.txt has ${translated.length} paragraphs, the English text ${english.length}`,
    );
  const i = english.findIndex((p, n) => clause(p) !== undefined && clause(p) !== clause(translated[n]));
  if (i >= 0)
    throw new Error(`privacy-policy.${language}.txt: paragraph ${i + 1} is not clause ${clause(english[i])}`);
}

const translations = new Map<Language, readonly string[] | undefined>();

/**
 * The translation of the policy into `language`, or undefined when the
 * relay has none. A translation whose paragraphs do not pair one for one
 * with the English text's is refused at load: a page must never drop a
 * clause (REQ-WEB-008).
 */
export function policyTranslation(language: Language): readonly string[] | undefined {
  if (language === 'en') return undefined;
  if (!translations.has(language)) {
    const url = translationUrl(language);
    const paras = existsSync(url) ? splitParagraphs(readFileSync(url, 'utf8')) : undefined;
    if (paras) checkPaired(language, policyParagraphs(), paras);
    translations.set(language, paras);
  }
  return translations.get(language);
}

/**
 * The paragraphs to show for `language`: the English original for English,
 * the translation when there is one (`translated`), else the English
 * original shown in its place (`englishFallback`).
 */
export function policyFor(language: Language): {
  paragraphs: readonly string[];
  englishFallback: boolean;
  translated: boolean;
} {
  if (language === 'en') return { paragraphs: policyParagraphs(), englishFallback: false, translated: false };
  const translated = policyTranslation(language);
  if (translated) return { paragraphs: translated, englishFallback: false, translated: true };
  return { paragraphs: policyParagraphs(), englishFallback: true, translated: false };
}
