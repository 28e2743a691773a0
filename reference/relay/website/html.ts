/**
 * @module
 * The page frame of the website (spec/website.md §Pages): escaping, the one
 * layout every page shares, the stylesheet and the icon. Everything is
 * served by the relay itself; a page references no other origin and holds no
 * script (REQ-WEB-006).
 */
import { LANGUAGES, type Language, RTL_LANGUAGES, TEXTS } from './i18n.ts';

/** Escape `s` for HTML text and double-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A fragment of HTML that is already escaped; templates join these. */
export interface Html {
  readonly html: string;
}

/** Mark template output as escaped HTML. */
export function raw(html: string): Html {
  return { html };
}

/**
 * Tagged template: every interpolated value is escaped unless it is an
 * {@link Html} fragment or an array of them.
 * @example html`<p>${userText}</p>`
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return { html: out };
}

function render(v: unknown): string {
  if (Array.isArray(v)) return v.map(render).join('');
  if (v && typeof v === 'object' && 'html' in v) return (v as Html).html;
  if (v === undefined || v === null || v === false) return '';
  return escapeHtml(String(v));
}

/** Which page of the site, for the navigation's current-page mark. */
export type PageName = 'home' | 'privacy' | 'feedback';

/** Everything the layout needs besides the page body. */
export interface LayoutOptions {
  readonly language: Language;
  /** Path prefix of the page's links: `''` for country-chosen pages, `/de` and so on for an explicit choice. */
  readonly base: string;
  readonly page: PageName;
  readonly title: string;
  readonly body: Html;
}

/** A whole page: `<html lang>` names the language served, `dir="rtl"` for Hebrew (REQ-WEB-002). */
export function layout(o: LayoutOptions): string {
  const t = TEXTS[o.language];
  const dir = RTL_LANGUAGES.has(o.language) ? 'rtl' : 'ltr';
  const nav: [PageName, string, string][] = [
    ['home', `${o.base}/`, t.navHome],
    ['privacy', `${o.base}/privacy`, t.navPrivacy],
    ['feedback', `${o.base}/feedback`, t.navFeedback],
  ];
  const page = html`<!doctype html>
<html lang="${o.language}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${o.title} · DefTalk</title>
<link rel="stylesheet" href="/assets/site.css">
<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
</head>
<body>
<header>
<a class="brand" href="${o.base}/">DefTalk</a>
<nav aria-label="${t.navHome}">${nav.map(
    ([name, href, label]) =>
      html`<a href="${href}"${raw(name === o.page ? ' aria-current="page"' : '')}>${label}</a>`,
  )}</nav>
<nav class="languages" aria-label="${t.languageLabel}">${LANGUAGES.map(
    (l) =>
      html`<a href="/${l}/${raw(o.page === 'home' ? '' : o.page)}" lang="${l}" hreflang="${l}"${raw(
        l === o.language ? ' aria-current="true"' : '',
      )}>${TEXTS[l].languageName}</a>`,
  )}</nav>
</header>
<main>
${o.body}
</main>
<footer><p>${t.footer}</p></footer>
</body>
</html>
`;
  return page.html;
}

/** The one stylesheet; logical properties so that right-to-left pages mirror by themselves. */
export const SITE_CSS = `:root{color-scheme:light dark;--accent:#1f6feb;font-family:system-ui,sans-serif;line-height:1.5}
body{margin:0 auto;max-width:46rem;padding:1rem 1.25rem}
header{display:flex;flex-wrap:wrap;gap:.75rem 1.5rem;align-items:baseline;border-block-end:1px solid #8884;padding-block-end:.75rem}
.brand{font-weight:700;font-size:1.25rem;text-decoration:none;color:var(--accent)}
nav{display:flex;flex-wrap:wrap;gap:.75rem}
nav.languages{margin-inline-start:auto;font-size:.9rem}
a[aria-current]{font-weight:700}
main{padding-block:1rem}
h1{font-size:1.6rem;line-height:1.25}
.policy p{white-space:pre-line}
.note{border-inline-start:4px solid var(--accent);padding-inline-start:.75rem}
form{display:grid;gap:.75rem;max-width:32rem}
label{display:grid;gap:.25rem;font-weight:600}
input,textarea{font:inherit;padding:.4rem;border:1px solid #888;border-radius:4px}
textarea{min-height:8rem}
button{font:inherit;justify-self:start;padding:.45rem 1.25rem;border:0;border-radius:4px;background:var(--accent);color:#fff}
.error{color:#b42318;font-weight:600}
footer{border-block-start:1px solid #8884;font-size:.85rem;color:#666}
`;

/** The site icon: a speech bubble with a lock, drawn inline so no font or image host is needed. */
export const SITE_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path fill="#1f6feb" d="M4 4h24a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H12l-6 5v-5H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/><rect x="11" y="13" width="10" height="7" rx="1" fill="#fff"/><path d="M13 13v-2a3 3 0 0 1 6 0v2" stroke="#fff" stroke-width="2" fill="none"/></svg>
`;
