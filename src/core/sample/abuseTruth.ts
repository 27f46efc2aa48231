import { at } from './at';
import { SAMPLE_EVENTS } from './events';
import { serialOfSecond } from './formats';
import { abuseCluster } from './identities';
import { isAbuseCustomer } from './ledger';
import type { SampleBuild } from './sampleBuild';
import type { SampleCouponAbuse } from './types';
import { word } from './vocabulary';

/** The coupon-abuse cluster as the sheets show it. */
export function abuseTruth(build: SampleBuild): SampleCouponAbuse {
  const { ledger, abuse, identities, seed } = build;
  const cluster = abuseCluster(seed);
  const orderIds: string[] = [];
  let coupon = 0;
  let list = 0;
  let channel = 0;
  for (let order = 0; order < ledger.orderCount; order++) {
    if (!isAbuseCustomer(ledger, ledger.customer[order] ?? 0)) continue;
    orderIds.push(at(build.ids, order));
    channel = ledger.channel[order] ?? 0;
    const first = ledger.firstLine[order] ?? 0;
    for (let line = first; line < first + (ledger.lines[order] ?? 0); line++) {
      coupon += ledger.couponCents[line] ?? 0;
      list += ledger.listCents[line] ?? 0;
    }
  }
  const registrations = Array.from(abuse.registrationSecond);
  return {
    accounts: Array.from({ length: abuse.accounts }, (_, i) => identities.customerId(ledger.abuseFirst + i)),
    devices: cluster.devices,
    ips: cluster.ips,
    addresses: cluster.addresses,
    orderIds,
    registeredFrom: serialOfSecond(Math.min(...registrations)),
    registeredTo: serialOfSecond(Math.max(...registrations)),
    couponShare: coupon / list,
    channel: word(at(build.channels, channel), build.locale),
    sku: SAMPLE_EVENTS.couponAbuse.sku,
  };
}
