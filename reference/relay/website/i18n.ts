/**
 * @module
 * The website's languages and texts (spec/website.md §Language): English,
 * German, Russian and Hebrew, the countries whose visitors get each, and
 * every string a page shows. Texts are plain strings; the templates escape
 * them (html.ts).
 */

/** The languages the website is served in; English is the fallback (REQ-WEB-002). */
export const LANGUAGES = ['en', 'de', 'ru', 'he'] as const;

/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

/** The fallback language for a country the table does not name, or an unknown country. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** Languages written right to left: their pages carry `dir="rtl"`. */
export const RTL_LANGUAGES: ReadonlySet<Language> = new Set<Language>(['he']);

/**
 * The country-to-language table of spec/website.md §Language: a country
 * whose official (or majority) language the website is translated into.
 */
export const COUNTRY_LANGUAGE: Readonly<Record<string, Language>> = {
  DE: 'de',
  AT: 'de',
  LI: 'de',
  RU: 'ru',
  BY: 'ru',
  KZ: 'ru',
  KG: 'ru',
  IL: 'he',
};

/** True when `s` names one of the website's languages. */
export function isLanguage(s: string): s is Language {
  return (LANGUAGES as readonly string[]).includes(s);
}

/** The language for a country code, English when the table has none (REQ-WEB-002). */
export function languageForCountry(country: string | undefined): Language {
  return (country !== undefined ? COUNTRY_LANGUAGE[country] : undefined) ?? DEFAULT_LANGUAGE;
}

/** Every text of the website in one language. */
export interface Texts {
  readonly languageName: string;
  readonly languageLabel: string;
  readonly navHome: string;
  readonly navPrivacy: string;
  readonly navFeedback: string;
  readonly homeTitle: string;
  readonly homeLead: string;
  readonly homePoints: readonly string[];
  readonly homeCta: string;
  readonly privacyTitle: string;
  /** Shown above the English policy text when the page's language has no translation of it. */
  readonly privacyEnglishOnly: string;
  /** Shown above a translated policy: the English text is the binding one (linked after this note). */
  readonly privacyTranslationNote: string;
  /** The text of the link from a translated policy to the English original. */
  readonly privacyEnglishLink: string;
  readonly feedbackTitle: string;
  readonly feedbackIntro: string;
  readonly feedbackName: string;
  readonly feedbackEmail: string;
  readonly feedbackMessage: string;
  readonly feedbackSend: string;
  readonly feedbackThanksTitle: string;
  readonly feedbackThanks: string;
  readonly feedbackUnavailable: string;
  /** Per registered error name of the feedback form (spec/website.md §Feedback form). */
  readonly errors: Readonly<Record<string, string>>;
  readonly footer: string;
}

const EN: Texts = {
  languageName: 'English',
  languageLabel: 'Language',
  navHome: 'Home',
  navPrivacy: 'Privacy policy',
  navFeedback: 'Feedback',
  homeTitle: 'DefTalk: a messenger that keeps what you say between you',
  homeLead:
    'Messages, profile photos and shared locations are encrypted on your device and can only be read on the devices of the people you talk to.',
  homePoints: [
    'End-to-end encryption for every message, receipt and profile.',
    'Your address book stays on your phone: contacts are found without sending the numbers.',
    'Messages for an offline device are kept encrypted and deleted as soon as it has them.',
  ],
  homeCta: 'Read how we handle your data',
  privacyTitle: 'Privacy policy',
  privacyEnglishOnly: '',
  privacyTranslationNote: '',
  privacyEnglishLink: '',
  feedbackTitle: 'Feedback',
  feedbackIntro:
    'Write to us. We use your name, e-mail address and message only to answer you, and delete them as soon as we have replied.',
  feedbackName: 'Name',
  feedbackEmail: 'E-mail address',
  feedbackMessage: 'Message',
  feedbackSend: 'Send',
  feedbackThanksTitle: 'Thank you',
  feedbackThanks: 'We have your message and will answer by e-mail. After our reply your data is deleted.',
  feedbackUnavailable: 'The feedback form is not available on this server.',
  errors: {
    FEEDBACK_NAME_INVALID: 'Please give a name of 1 to 100 characters.',
    FEEDBACK_EMAIL_INVALID: 'Please give a valid e-mail address.',
    FEEDBACK_MESSAGE_INVALID: 'Please write a message of 1 to 5000 characters.',
    FEEDBACK_STORE_FULL: 'Too many messages are waiting for an answer. Please try again later.',
    FEEDBACK_UNAVAILABLE: 'The feedback form is not available on this server.',
  },
  footer: 'This website sets no cookies, counts no visits and loads nothing from other sites.',
};

const DE: Texts = {
  languageName: 'Deutsch',
  languageLabel: 'Sprache',
  navHome: 'Start',
  navPrivacy: 'Datenschutzerklärung',
  navFeedback: 'Kontakt',
  homeTitle: 'DefTalk: ein Messenger, bei dem das Gesagte unter euch bleibt',
  homeLead:
    'Nachrichten, Profilbilder und geteilte Standorte werden auf deinem Gerät verschlüsselt und lassen sich nur auf den Geräten deiner Gesprächspartner lesen.',
  homePoints: [
    'Ende-zu-Ende-Verschlüsselung für jede Nachricht, jede Lesebestätigung und jedes Profil.',
    'Dein Adressbuch bleibt auf deinem Telefon: Kontakte werden gefunden, ohne die Nummern zu senden.',
    'Nachrichten für ein Gerät ohne Verbindung werden verschlüsselt aufbewahrt und gelöscht, sobald es sie hat.',
  ],
  homeCta: 'So gehen wir mit deinen Daten um',
  privacyTitle: 'Datenschutzerklärung',
  privacyEnglishOnly:
    'Die Datenschutzerklärung liegt nur auf Englisch vor. Maßgeblich ist der folgende englische Text.',
  privacyTranslationNote:
    'Dies ist eine Übersetzung der Datenschutzerklärung. Rechtlich verbindlich ist allein die englische Fassung.',
  privacyEnglishLink: 'Englische Fassung',
  feedbackTitle: 'Kontakt',
  feedbackIntro:
    'Schreib uns. Name, E-Mail-Adresse und Nachricht verwenden wir nur für die Antwort und löschen sie, sobald wir geantwortet haben.',
  feedbackName: 'Name',
  feedbackEmail: 'E-Mail-Adresse',
  feedbackMessage: 'Nachricht',
  feedbackSend: 'Senden',
  feedbackThanksTitle: 'Danke',
  feedbackThanks:
    'Deine Nachricht ist angekommen; wir antworten per E-Mail. Nach unserer Antwort werden deine Daten gelöscht.',
  feedbackUnavailable: 'Das Kontaktformular ist auf diesem Server nicht verfügbar.',
  errors: {
    FEEDBACK_NAME_INVALID: 'Bitte gib einen Namen mit 1 bis 100 Zeichen an.',
    FEEDBACK_EMAIL_INVALID: 'Bitte gib eine gültige E-Mail-Adresse an.',
    FEEDBACK_MESSAGE_INVALID: 'Bitte schreib eine Nachricht mit 1 bis 5000 Zeichen.',
    FEEDBACK_STORE_FULL: 'Zu viele Nachrichten warten auf Antwort. Bitte versuch es später noch einmal.',
    FEEDBACK_UNAVAILABLE: 'Das Kontaktformular ist auf diesem Server nicht verfügbar.',
  },
  footer: 'Diese Website setzt keine Cookies, zählt keine Besuche und lädt nichts von anderen Websites.',
};

const RU: Texts = {
  languageName: 'Русский',
  languageLabel: 'Язык',
  navHome: 'Главная',
  navPrivacy: 'Политика конфиденциальности',
  navFeedback: 'Обратная связь',
  homeTitle: 'DefTalk: мессенджер, в котором сказанное остаётся между вами',
  homeLead:
    'Сообщения, фото профиля и геопозиция шифруются на вашем устройстве и читаются только на устройствах ваших собеседников.',
  homePoints: [
    'Сквозное шифрование каждого сообщения, отметки о прочтении и профиля.',
    'Адресная книга остаётся на телефоне: контакты находятся без отправки номеров.',
    'Сообщения для устройства без связи хранятся зашифрованными и удаляются, как только оно их получит.',
  ],
  homeCta: 'Как мы обращаемся с вашими данными',
  privacyTitle: 'Политика конфиденциальности',
  privacyEnglishOnly:
    'Политика конфиденциальности доступна только на английском языке. Действует приведённый ниже английский текст.',
  privacyTranslationNote:
    'Это перевод политики конфиденциальности. Юридически обязывающей является только английская версия.',
  privacyEnglishLink: 'Английская версия',
  feedbackTitle: 'Обратная связь',
  feedbackIntro:
    'Напишите нам. Имя, адрес электронной почты и сообщение используются только для ответа и удаляются сразу после него.',
  feedbackName: 'Имя',
  feedbackEmail: 'Электронная почта',
  feedbackMessage: 'Сообщение',
  feedbackSend: 'Отправить',
  feedbackThanksTitle: 'Спасибо',
  feedbackThanks:
    'Ваше сообщение получено, мы ответим по электронной почте. После ответа ваши данные будут удалены.',
  feedbackUnavailable: 'Форма обратной связи на этом сервере недоступна.',
  errors: {
    FEEDBACK_NAME_INVALID: 'Укажите имя длиной от 1 до 100 символов.',
    FEEDBACK_EMAIL_INVALID: 'Укажите действительный адрес электронной почты.',
    FEEDBACK_MESSAGE_INVALID: 'Напишите сообщение длиной от 1 до 5000 символов.',
    FEEDBACK_STORE_FULL: 'Слишком много сообщений ждут ответа. Попробуйте позже.',
    FEEDBACK_UNAVAILABLE: 'Форма обратной связи на этом сервере недоступна.',
  },
  footer: 'Этот сайт не ставит cookie, не считает посещения и ничего не загружает с других сайтов.',
};

const HE: Texts = {
  languageName: 'עברית',
  languageLabel: 'שפה',
  navHome: 'דף הבית',
  navPrivacy: 'מדיניות פרטיות',
  navFeedback: 'צור קשר',
  homeTitle: 'DefTalk: מסנג׳ר שבו מה שנאמר נשאר ביניכם',
  homeLead:
    'הודעות, תמונות פרופיל ומיקומים משותפים מוצפנים במכשיר שלכם וניתנים לקריאה רק במכשירים של האנשים שאיתם אתם מדברים.',
  homePoints: [
    'הצפנה מקצה לקצה לכל הודעה, אישור קריאה ופרופיל.',
    'ספר הכתובות נשאר בטלפון שלכם: אנשי קשר נמצאים בלי לשלוח את המספרים.',
    'הודעות למכשיר לא מחובר נשמרות מוצפנות ונמחקות ברגע שהוא מקבל אותן.',
  ],
  homeCta: 'כיצד אנו מטפלים במידע שלכם',
  privacyTitle: 'מדיניות פרטיות',
  privacyEnglishOnly: 'מדיניות הפרטיות זמינה באנגלית בלבד. הנוסח האנגלי שלהלן הוא המחייב.',
  privacyTranslationNote: 'זהו תרגום של מדיניות הפרטיות. הנוסח המחייב מבחינה משפטית הוא הנוסח האנגלי בלבד.',
  privacyEnglishLink: 'הנוסח האנגלי',
  feedbackTitle: 'צור קשר',
  feedbackIntro: 'כתבו לנו. השם, כתובת הדוא״ל וההודעה משמשים רק כדי לענות לכם, ונמחקים מיד לאחר שענינו.',
  feedbackName: 'שם',
  feedbackEmail: 'כתובת דוא״ל',
  feedbackMessage: 'הודעה',
  feedbackSend: 'שליחה',
  feedbackThanksTitle: 'תודה',
  feedbackThanks: 'ההודעה התקבלה ונענה בדוא״ל. לאחר התשובה המידע שלכם יימחק.',
  feedbackUnavailable: 'טופס יצירת הקשר אינו זמין בשרת זה.',
  errors: {
    FEEDBACK_NAME_INVALID: 'נא לציין שם באורך 1 עד 100 תווים.',
    FEEDBACK_EMAIL_INVALID: 'נא לציין כתובת דוא״ל תקינה.',
    FEEDBACK_MESSAGE_INVALID: 'נא לכתוב הודעה באורך 1 עד 5000 תווים.',
    FEEDBACK_STORE_FULL: 'יותר מדי הודעות ממתינות לתשובה. נא לנסות שוב מאוחר יותר.',
    FEEDBACK_UNAVAILABLE: 'טופס יצירת הקשר אינו זמין בשרת זה.',
  },
  footer: 'אתר זה אינו שומר עוגיות, אינו סופר ביקורים ואינו טוען דבר מאתרים אחרים.',
};

/** The texts of each language. */
export const TEXTS: Readonly<Record<Language, Texts>> = { en: EN, de: DE, ru: RU, he: HE };
