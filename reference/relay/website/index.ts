/**
 * @module
 * Assembles the website part of the relay (spec/website.md, operator.md):
 * chooses the mail transport and the operator credential from the
 * configuration, builds the feedback concern when both exist, and registers
 * the website plugin, the operator plugin (only with a credential) and the
 * mail test hook (only with the test-hooks profile). server.ts calls
 * {@link registerWebsite} once.
 */
import type Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../clock.ts';
import type { RelayConfig } from '../config.ts';
import { MemoryMailSink } from '../mail/memory.ts';
import { SendmailTransport } from '../mail/sendmail.ts';
import type { MailTransport } from '../mail/transport.ts';
import type { AdvertisingService } from '../plugins/advertising.ts';
import {
  loadOperatorCredential,
  mailHookPlugin,
  type OperatorCredential,
  operatorPlugin,
  testOperatorCredential,
} from '../plugins/operator.ts';
import { websitePlugin } from '../plugins/website.ts';
import { type AudienceSource, SqliteAudienceSource } from '../storage/audience.ts';
import { type FeedbackStore, SqliteFeedbackStore } from '../storage/feedback.ts';
import { preloadCountryDatabase } from './country.ts';
import { FeedbackService } from './feedback.ts';

/** The replaceable parts of the website (the RelayParts seam of server.ts). */
export interface WebsiteParts {
  /** Feedback storage; default SQLite. */
  feedback?: (db: Database.Database) => FeedbackStore;
  /** Source of the audience counts; default SQLite. */
  audience?: (db: Database.Database) => AudienceSource;
  /** Mail transport; default `--sendmail`, else the memory sink with the test hooks, else none. */
  mail?: MailTransport;
}

/** The transport feedback replies go out through, if any. */
function chooseMail(config: RelayConfig, parts: WebsiteParts): MailTransport | undefined {
  if (parts.mail) return parts.mail;
  if (config.sendmail) return new SendmailTransport(config.sendmail);
  return config.testHooks ? new MemoryMailSink() : undefined;
}

/** The operator credential: the token file's digest, else a generated one for the test hooks, else none. */
function chooseCredential(config: RelayConfig): OperatorCredential | undefined {
  if (config.operatorTokenFile) return loadOperatorCredential(config.operatorTokenFile);
  return config.testHooks ? testOperatorCredential() : undefined;
}

/** Register the website, the operator API and their hooks on `app`. */
export async function registerWebsite(
  app: FastifyInstance,
  opts: {
    config: RelayConfig;
    db: Database.Database;
    clock: Clock;
    parts?: WebsiteParts;
    /** Advertising notices, sent through the operator API (spec/advertising.md). */
    ads?: AdvertisingService;
  },
): Promise<void> {
  const { config, db, clock } = opts;
  const parts = opts.parts ?? {};
  preloadCountryDatabase();
  const mail = chooseMail(config, parts);
  const credential = chooseCredential(config);
  // Feedback is taken only when someone can answer it: an operator API and a mail transport.
  const feedback =
    credential && mail
      ? new FeedbackService(parts.feedback?.(db) ?? new SqliteFeedbackStore(db), mail, clock)
      : undefined;
  await app.register(websitePlugin, { feedback });
  if (credential) {
    await app.register(operatorPlugin, {
      credential,
      clock,
      audience: parts.audience?.(db) ?? new SqliteAudienceSource(db),
      ads: opts.ads,
      feedback,
      mail,
      testHooks: config.testHooks,
    });
  }
  if (config.testHooks) await app.register(mailHookPlugin, { mail });
}
