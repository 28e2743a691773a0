/**
 * @module
 * Zoo relay: the profile view evaluates the visibility rule for the wrong
 * account. A refactor passed the owner where the viewer belonged, so the
 * rule always sees "the viewer is the owner" and every stranger gets the
 * profile and its photo.
 */
import type { AuthenticatedDevice } from '../../../reference/relay/plugins/operations.ts';
import type { OwnerRequest } from '../../../reference/wire/profile.ts';
import type { ZooRelay } from '../member.ts';
import { wrapOperation } from './_decorate.ts';

/** Photos are shown to anyone who asks. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'profile-shown-to-stranger',
  breaks: ['REQ-PROFILES-002'],
  description: 'the profile view checks the rule as if the owner asked: every stranger sees the photo',
  parts: () => ({
    decorate: (_app, operations) =>
      wrapOperation(operations, 'profile.view', (op) => ({
        ...op,
        handle: async (req) => {
          const owner = (req.body as OwnerRequest).owner;
          const asOwner: AuthenticatedDevice = { accountId: owner, deviceId: req.device!.deviceId };
          return op.handle({ ...req, device: asOwner });
        },
      })),
  }),
};
