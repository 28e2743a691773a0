/**
 * @module
 * Zoo client: every live-location update is shown, whatever its share
 * stated: after the share's end, after its stop, or moving its end
 * (breaks REQ-LOCATION-004).
 */
import { LocationInbox } from '../../../reference/client/location.ts';
import type { ZooClient } from '../member.ts';

/** Shows live updates past their share's end. */
export const member: ZooClient = {
  kind: 'client',
  name: 'location-shows-expired',
  breaks: ['REQ-LOCATION-004'],
  description: 'live location updates are shown after their share ended or was stopped',
  ops(ops) {
    const receive = LocationInbox.prototype.receive;
    LocationInbox.prototype.receive = function showAll(this: LocationInbox, from, device, content) {
      if (content.kind !== 'live-location') return receive.call(this, from, device, content);
      const live = { shareId: content.shareId, endsAtMs: content.endsAtMs };
      return { type: 'location', location: { from, device, position: content.position, live } };
    };
    return ops;
  },
};
