/** Salts of the per-customer hashes (hash.ts), one per attribute, so that attributes are independent. */
export const SALT = {
  customerId: 11,
  device: 12,
  deviceLow: 13,
  ip: 14,
  address: 15,
  addressLow: 16,
  household: 17,
  variant: 18,
  registration: 19,
  registrationDelay: 20,
  registrationKind: 21,
  firstOrder: 22,
  abuse: 23,
} as const;
