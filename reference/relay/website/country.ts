/**
 * @module
 * Country of a client address (spec/website.md §Language), from the IP
 * database shipped inside the npm package
 * `@ip-location-db/geo-whois-asn-country-mmdb` (pinned in package.json; data
 * from the five regional Internet registries, CC BY 4.0 NRO), read with
 * `mmdb-lib`. The database is read from the package once, at the first
 * lookup; nothing is downloaded at install or at run time. The address
 * passed in is used for this one lookup and is not kept (REQ-WEB-005).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isIP } from 'node:net';
import { Reader, type Response } from 'mmdb-lib';

/** The database file inside the package: IPv4 and IPv6 in one tree. */
const DATABASE = '@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country.mmdb';

/** The record of this database: only the country code (mmdb-lib's CountryResponse is MaxMind's shape). */
interface CountryRecord {
  country_code?: string;
}

let reader: Reader<CountryRecord & Response> | undefined;

function open(): Reader<CountryRecord & Response> {
  if (!reader) {
    const path = createRequire(import.meta.url).resolve(DATABASE);
    reader = new Reader<CountryRecord & Response>(readFileSync(path));
  }
  return reader;
}

/**
 * ISO 3166-1 alpha-2 code of the country the database places `address` in,
 * or `undefined` for an address it does not list (loopback, private ranges)
 * or a string that is not an address.
 * @example countryOf('85.214.1.1') // 'DE'
 */
export function countryOf(address: string): string | undefined {
  // fastify reports IPv4 peers of a dual-stack socket as IPv4-mapped IPv6.
  const plain = address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
  if (isIP(plain) === 0) return undefined;
  const code = open().get(plain)?.country_code;
  return typeof code === 'string' && /^[A-Z]{2}$/.test(code) ? code : undefined;
}

/** Load the database now rather than at the first visit (the relay calls this at start). */
export function preloadCountryDatabase(): void {
  open();
}
