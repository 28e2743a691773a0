/**
 * @module
 * The privacy policy page's text (spec/website.md §Privacy policy page): the
 * project's copy of the policy, spec/privacy-policy.txt, read once and split
 * into paragraphs at blank lines. No translation of the policy exists yet,
 * so every language shows the English text, preceded on non-English pages by
 * a note in the page's language (REQ-WEB-008).
 */
import { readFileSync } from 'node:fs';
import type { Language } from './i18n.ts';

/** The policy file, relative to this module. */
const POLICY_URL = new URL('../../../spec/privacy-policy.txt', import.meta.url);

let paragraphs: readonly string[] | undefined;

/** The English policy as paragraphs, in order, each with its line breaks. */
export function policyParagraphs(): readonly string[] {
  paragraphs ??= readFileSync(POLICY_URL, 'utf8')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+$/, ''))
    .filter((p) => p.trim() !== '');
  return paragraphs;
}

/**
 * Translations of the policy, by language. Empty: a translation of a legal
 * text is the company's to provide (policy clause 13.1 revises it on the
 * website); until one is added here, pages show the English text with a note.
 */
export const POLICY_TRANSLATIONS: Partial<Record<Language, readonly string[]>> = {};

/** The paragraphs to show for `language` and whether they are the English original shown in its place. */
export function policyFor(language: Language): { paragraphs: readonly string[]; englishFallback: boolean } {
  if (language === 'en') return { paragraphs: policyParagraphs(), englishFallback: false };
  const translated = POLICY_TRANSLATIONS[language];
  if (translated) return { paragraphs: translated, englishFallback: false };
  return { paragraphs: policyParagraphs(), englishFallback: true };
}
