/**
 * @module
 * A production mail transport (spec/website.md §Mail): pipes an RFC 5322
 * message to a sendmail-compatible program (`--sendmail PATH`), which every
 * common mail server provides. The recipient is passed as an argument after
 * `--`, never parsed from the headers; header values are checked for line
 * breaks before they get here (plugins/operator.ts).
 */
import { spawn } from 'node:child_process';
import type { MailMessage, MailTransport } from './transport.ts';

/** RFC 2047 encoded-word for a header value that is not plain ASCII. */
function encodeHeader(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  return `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

/** The message as the program reads it on stdin: headers, a blank line, a base64 UTF-8 body. */
export function formatMessage(from: string, m: MailMessage): string {
  const body = Buffer.from(m.body.replace(/\r?\n/g, '\r\n'), 'utf8')
    .toString('base64')
    .replace(/.{1,76}/g, '$&\r\n');
  return [
    `From: ${from}`,
    `To: ${m.to}`,
    `Subject: ${encodeHeader(m.subject)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    body,
  ].join('\r\n');
}

/** Sends through `program -i -f FROM -- TO`; rejects unless the program exits 0. */
export class SendmailTransport implements MailTransport {
  readonly name = 'sendmail';

  constructor(
    readonly program: string,
    readonly from = 'DefTalk <noreply@localhost>',
  ) {}

  send(message: MailMessage): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.program, ['-i', '--', message.to], { stdio: ['pipe', 'ignore', 'ignore'] });
      child.on('error', () => reject(new Error('sendmail could not be started')));
      // A program that exits before reading everything closes the pipe; its exit status decides.
      child.stdin.on('error', () => {});
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error('sendmail failed'))));
      child.stdin.end(formatMessage(this.from, message));
    });
  }
}
