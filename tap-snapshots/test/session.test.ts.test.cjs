/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/session.test.ts > TAP > secrets never print > redacted renderings 1`] = `
IdentityKeyPair [REDACTED]
DhKeyPair [REDACTED]
SessionState [REDACTED]
{
  nested: [
    IdentityKeyPair [REDACTED],
    DhKeyPair [REDACTED],
    SessionState [REDACTED]
  ]
}
{"identity":"[REDACTED]","spk":"[REDACTED]","state":"[REDACTED]"}
IdentityKeyPair [REDACTED]
DhKeyPair [REDACTED]
`
