import { SAMPLE_EVENTS } from './events';
import { hash32, hashHex16, hashUnit } from './hash';
import type { OrderLedger } from './ledger';
import { SALT } from './salts';

/** A customer's identifying strings, derived from the customer index alone and built once each. */
export interface Identities {
  customerId(customer: number): string;
  device(customer: number): string;
  ip(customer: number): string;
  address(customer: number): string;
}

/** Share of first-time customers who live with the previous one: same IP and delivery address, own device. */
const HOUSEHOLD_SHARE = 0.02;
const ID_SPACE = 90_000_000;
/** Coprime with ID_SPACE, so ids are a permutation of customer indices: distinct, not sequential. */
const ID_STEP = 7_919_993;
/** First octets of common Chinese ISP ranges. */
const FIRST_OCTETS = [
  36, 39, 42, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123,
  124, 125, 171, 175, 180, 182, 183, 202, 210, 211, 218, 219, 220, 221, 222, 223,
] as const;

export function createIdentities(seed: number, ledger: OrderLedger): Identities {
  const offset = hash32(seed, SALT.customerId) % ID_SPACE;
  const freshFirst = ledger.abuseFirst + ledger.abuseAccounts;
  const cluster = abuseCluster(seed);
  const cache = (make: (customer: number) => string): ((customer: number) => string) => {
    const strings: (string | undefined)[] = new Array<string | undefined>(ledger.customerCount);
    return (customer) => (strings[customer] ??= make(customer));
  };
  /** Customers of one household share the household's first member's IP and address. */
  const householdOf = (customer: number): number => {
    let head = customer;
    while (head > freshFirst && hashUnit(seed, head, SALT.household) < HOUSEHOLD_SHARE) head--;
    return head;
  };
  const abuseIndex = (customer: number): number =>
    customer >= ledger.abuseFirst && customer < freshFirst ? customer - ledger.abuseFirst : -1;
  return {
    customerId: cache((customer) => `C${10_000_000 + ((customer * ID_STEP + offset) % ID_SPACE)}`),
    device: cache((customer) => {
      const index = abuseIndex(customer);
      return index >= 0 ? pick(cluster.devices, index) : deviceOf(seed, customer);
    }),
    ip: cache((customer) => {
      const index = abuseIndex(customer);
      return index >= 0 ? pick(cluster.ips, index) : ipOf(seed, householdOf(customer));
    }),
    address: cache((customer) => {
      const index = abuseIndex(customer);
      return index >= 0 ? pick(cluster.addresses, index) : addressOf(seed, householdOf(customer));
    }),
  };
}

/** The abuse cluster's shared devices, IPs (one /24 block) and addresses; account i uses entry i mod n. */
export function abuseCluster(seed: number): {
  readonly devices: readonly string[];
  readonly ips: readonly string[];
  readonly addresses: readonly string[];
} {
  const spec = SAMPLE_EVENTS.couponAbuse;
  const block = `117.136.${hash32(seed, SALT.abuse, 1) % 256}`;
  const host = 2 + (hash32(seed, SALT.abuse, 2) % 150);
  return {
    devices: Array.from({ length: spec.devices }, (_, i) => deviceOf(seed, -1 - i)),
    ips: Array.from({ length: spec.ips }, (_, i) => `${block}.${host + 37 * i}`),
    addresses: Array.from({ length: spec.addresses }, (_, i) => addressOf(seed, -1 - i)),
  };
}

function pick(values: readonly string[], index: number): string {
  return values[index % values.length] ?? '';
}

function deviceOf(seed: number, key: number): string {
  return hashHex16(seed, key, SALT.device, SALT.deviceLow);
}

function addressOf(seed: number, key: number): string {
  return hashHex16(seed, key, SALT.address, SALT.addressLow);
}

function ipOf(seed: number, key: number): string {
  const h = hash32(seed, key, SALT.ip);
  const first = FIRST_OCTETS[h % FIRST_OCTETS.length] ?? 36;
  const rest = hash32(seed, key, SALT.ip + 100);
  return `${first}.${(rest >>> 16) & 255}.${(rest >>> 8) & 255}.${1 + ((rest & 255) % 254)}`;
}
