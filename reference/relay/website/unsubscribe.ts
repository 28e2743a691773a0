/**
 * @module
 * The unsubscribe pages of advertising (spec/advertising.md §Unsubscribe
 * link), in the website's four languages: the confirmation page a GET
 * shows (a form whose button POSTs to the same link), the page after a
 * POST that opted the account out, and the page of a link that is no longer
 * valid. Built with the website's layout (html.ts), so they carry its
 * headers and load nothing from another origin.
 */
import { ERRORS } from '../../errors/index.ts';
import { html, layout } from './html.ts';
import type { Language } from './i18n.ts';
import type { PageContext } from './pages.ts';

interface UnsubscribeTexts {
  readonly title: string;
  readonly confirm: string;
  readonly button: string;
  readonly doneTitle: string;
  readonly done: string;
  readonly invalidTitle: string;
  readonly invalid: string;
}

const TEXTS: Readonly<Record<Language, UnsubscribeTexts>> = {
  en: {
    title: 'Stop advertising messages',
    confirm:
      'This link turns off advertising messages from DefTalk for the account that received it. Nothing changes until you press the button.',
    button: 'Turn off advertising messages',
    doneTitle: 'Advertising messages are off',
    done: 'The account will receive no more advertising messages and is counted in no audience figure. You can turn them on again in the app.',
    invalidTitle: 'This link is no longer valid',
    invalid:
      'The link is unknown, expired or was already used. You can turn off advertising messages in the app at any time.',
  },
  de: {
    title: 'Werbenachrichten abbestellen',
    confirm:
      'Dieser Link schaltet Werbenachrichten von DefTalk für das Konto ab, das ihn erhalten hat. Erst der Knopf ändert etwas.',
    button: 'Werbenachrichten abschalten',
    doneTitle: 'Werbenachrichten sind abgeschaltet',
    done: 'Das Konto erhält keine Werbenachrichten mehr und wird in keiner Zielgruppenzahl mitgezählt. In der App könnt ihr sie wieder einschalten.',
    invalidTitle: 'Dieser Link gilt nicht mehr',
    invalid:
      'Der Link ist unbekannt, abgelaufen oder wurde schon benutzt. In der App könnt ihr Werbenachrichten jederzeit abschalten.',
  },
  ru: {
    title: 'Отказ от рекламных сообщений',
    confirm:
      'Эта ссылка отключает рекламные сообщения DefTalk для учётной записи, которая её получила. Ничего не изменится, пока вы не нажмёте кнопку.',
    button: 'Отключить рекламные сообщения',
    doneTitle: 'Рекламные сообщения отключены',
    done: 'Учётная запись больше не получит рекламных сообщений и не учитывается ни в одной статистике аудитории. Включить их снова можно в приложении.',
    invalidTitle: 'Ссылка больше не действует',
    invalid:
      'Ссылка неизвестна, устарела или уже использована. Отключить рекламные сообщения можно в приложении в любой момент.',
  },
  he: {
    title: 'הפסקת הודעות פרסום',
    confirm:
      'קישור זה מכבה את הודעות הפרסום של DefTalk עבור החשבון שקיבל אותו. דבר אינו משתנה עד שתלחצו על הכפתור.',
    button: 'כיבוי הודעות הפרסום',
    doneTitle: 'הודעות הפרסום כבויות',
    done: 'החשבון לא יקבל עוד הודעות פרסום ואינו נספר בשום נתון על הקהל. תוכלו להפעיל אותן מחדש באפליקציה.',
    invalidTitle: 'הקישור אינו תקף עוד',
    invalid: 'הקישור אינו מוכר, פג תוקפו או שכבר נעשה בו שימוש. תוכלו לכבות הודעות פרסום באפליקציה בכל עת.',
  },
};

/** The confirmation page of a GET: explains, and POSTs only when the button is pressed (REQ-ADS-006). */
export function unsubscribeConfirmPage(c: PageContext, action: string): string {
  const t = TEXTS[c.language];
  return layout({
    ...c,
    page: 'home',
    title: t.title,
    body: html`<h1>${t.title}</h1>
<p>${t.confirm}</p>
<form method="post" action="${action}" data-unsubscribe="confirm">
<button type="submit">${t.button}</button>
</form>`,
  });
}

/** The page after a POST that opted the account out. */
export function unsubscribeDonePage(c: PageContext): string {
  const t = TEXTS[c.language];
  return layout({
    ...c,
    page: 'home',
    title: t.doneTitle,
    body: html`<h1>${t.doneTitle}</h1>
<p data-unsubscribe="done">${t.done}</p>`,
  });
}

/** The page of an unknown, expired or used link, naming ADS_UNSUBSCRIBE_TOKEN_INVALID for programs. */
export function unsubscribeInvalidPage(c: PageContext): string {
  const t = TEXTS[c.language];
  const info = ERRORS.find((e) => e.name === 'ADS_UNSUBSCRIBE_TOKEN_INVALID')!;
  return layout({
    ...c,
    page: 'home',
    title: t.invalidTitle,
    body: html`<h1>${t.invalidTitle}</h1>
<p class="error" role="alert" data-error-name="${info.name}" data-error-code="${info.code}">${t.invalid}</p>`,
  });
}
