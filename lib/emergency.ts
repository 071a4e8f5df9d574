/**
 * Which numbers the care cards offer. A deployment sets EMERGENCY_NUMBER
 * (digits only, e.g. "999") and URGENT_NUMBER (a phone number, e.g. "111");
 * without them the cards name the common ones, each with where it applies.
 */
export interface EmergencyNumber {
  number: string;
  /** Where it applies; empty when the deployment set one number. */
  region: string;
}

const DEFAULT_NUMBERS: readonly EmergencyNumber[] = [
  { number: '999', region: 'UK' },
  { number: '911', region: 'US, Canada' },
  { number: '112', region: 'Europe' },
];

/**
 * Brief §g level 2 names NHS 111 as the same-day route. 111 reaches NHS urgent
 * advice in England, Scotland (NHS 24) and Wales; elsewhere the urgent card says
 * to call the doctor's out-of-hours service (content: result.urgentElsewhere).
 */
const DEFAULT_URGENT: readonly EmergencyNumber[] = [{ number: '111', region: 'NHS, UK' }];

/** A valid emergency number: 2 to 6 digits. Anything else is ignored. */
export const isEmergencyNumber = (value: string): boolean => /^[0-9]{2,6}$/.test(value);

/** A phone number as people write it: digits, spaces, `+ ( ) -`; 3 to 20 characters. */
export const isPhoneNumber = (value: string): boolean => /^\+?[0-9][0-9 ()-]{2,19}$/.test(value);

/** The `tel:` address for a phone number as written ("+44 20 7946 0000" → "tel:+442079460000"). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^0-9+]/g, '')}`;

export function emergencyNumbers(configured: string | undefined = process.env.EMERGENCY_NUMBER): readonly EmergencyNumber[] {
  const value = configured?.trim();
  return value && isEmergencyNumber(value) ? [{ number: value, region: '' }] : DEFAULT_NUMBERS;
}

export function urgentNumbers(configured: string | undefined = process.env.URGENT_NUMBER): readonly EmergencyNumber[] {
  const value = configured?.trim();
  return value && isPhoneNumber(value) ? [{ number: value, region: '' }] : DEFAULT_URGENT;
}
