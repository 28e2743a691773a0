/**
 * @module
 * The website's pages (spec/website.md §Pages): landing, privacy policy,
 * feedback form and its answers. Each is a function from the language and
 * link prefix to a complete HTML document, built with the escaping template
 * of html.ts.
 */
import { ERRORS } from '../../errors/index.ts';
import { html, layout, raw } from './html.ts';
import { type Language, TEXTS } from './i18n.ts';
import { policyFor } from './policy.ts';

/** Language and link prefix of a page (see {@link LayoutOptions}). */
export interface PageContext {
  readonly language: Language;
  readonly base: string;
}

/** The landing page. */
export function homePage(c: PageContext): string {
  const t = TEXTS[c.language];
  return layout({
    ...c,
    page: 'home',
    title: t.navHome,
    body: html`<h1>${t.homeTitle}</h1>
<p>${t.homeLead}</p>
<ul>${t.homePoints.map((p) => html`<li>${p}</li>`)}</ul>
<p><a href="${c.base}/privacy">${t.homeCta}</a></p>`,
  });
}

/**
 * The privacy policy (REQ-WEB-008): spec/privacy-policy.txt, or its
 * translation into the page's language with a note that the English text,
 * linked, is the binding version.
 */
export function privacyPage(c: PageContext): string {
  const t = TEXTS[c.language];
  const policy = policyFor(c.language);
  const note = policy.englishFallback
    ? html`<p class="note">${t.privacyEnglishOnly}</p>`
    : policy.translated
      ? html`<p class="note" data-binding="en">${t.privacyTranslationNote} <a href="/en/privacy" hreflang="en">${t.privacyEnglishLink}</a></p>`
      : '';
  // The English original keeps its own language and direction inside a Hebrew page.
  const attrs = policy.englishFallback ? raw(' lang="en" dir="ltr"') : raw('');
  return layout({
    ...c,
    page: 'privacy',
    title: t.privacyTitle,
    body: html`<h1>${t.privacyTitle}</h1>
${note}<article class="policy"${attrs}>
${policy.paragraphs.map((p) => html`<p>${p}</p>\n`)}</article>`,
  });
}

/** What the visitor typed, to fill the form again after an error. */
export interface FeedbackDraft {
  readonly name: string;
  readonly email: string;
  readonly message: string;
}

/**
 * The feedback form; with `error`, the registered error that refused the
 * last submission, named in `data-error-name` and `data-error-code` so a
 * program can read it and explained in the page's language.
 */
export function feedbackPage(
  c: PageContext,
  opts: { available: boolean; error?: string; draft?: FeedbackDraft },
): string {
  const t = TEXTS[c.language];
  const d = opts.draft ?? { name: '', email: '', message: '' };
  const info = opts.error ? ERRORS.find((e) => e.name === opts.error) : undefined;
  const error = info
    ? html`<p class="error" role="alert" data-error-name="${info.name}" data-error-code="${info.code}">${
        t.errors[info.name] ?? info.description
      }</p>`
    : '';
  const form = opts.available
    ? html`<form method="post" action="${c.base}/feedback">
<label>${t.feedbackName}<input name="name" autocomplete="name" maxlength="100" required value="${d.name}"></label>
<label>${t.feedbackEmail}<input name="email" type="email" autocomplete="email" maxlength="254" required value="${d.email}"></label>
<label>${t.feedbackMessage}<textarea name="message" maxlength="5000" required>${d.message}</textarea></label>
<button type="submit">${t.feedbackSend}</button>
</form>`
    : html`<p class="note">${t.feedbackUnavailable}</p>`;
  return layout({
    ...c,
    page: 'feedback',
    title: t.feedbackTitle,
    body: html`<h1>${t.feedbackTitle}</h1>
<p>${t.feedbackIntro}</p>
${error}${form}`,
  });
}

/** The answer to an accepted submission. */
export function feedbackThanksPage(c: PageContext): string {
  const t = TEXTS[c.language];
  return layout({
    ...c,
    page: 'feedback',
    title: t.feedbackThanksTitle,
    body: html`<h1>${t.feedbackThanksTitle}</h1>
<p data-feedback="accepted">${t.feedbackThanks}</p>`,
  });
}
