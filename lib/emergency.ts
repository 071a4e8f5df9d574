/**
 * Which numbers the care cards offer. A deployment sets EMERGENCY_NUMBER
 * (digits only, e.g. "999") and URGENT_NUMBER (a phone number, e.g. "111");
 * without them the cards name the common ones, each with where it applies.
 */
export interface EmergencyNumber {
  number: string;
  /** Where it applies (its words are in each language's ui.regions); null when the deployment set one number. */
  region: RegionId | null;
}

/** The places the default numbers name. */
export type RegionId = 'uk' | 'us_canada' | 'europe' | 'nhs_uk';

const DEFAULT_NUMBERS: readonly EmergencyNumber[] = [
  { number: '999', region: 'uk' },
  { number: '911', region: 'us_canada' },
  { number: '112', region: 'europe' },
];

/**
 * Brief §g level 2 names NHS 111 as the same-day route. 111 reaches NHS urgent
 * advice in England, Scotland (NHS 24) and Wales; elsewhere the urgent card says
 * to call the doctor's out-of-hours service (content: result.urgentElsewhere).
 */
const DEFAULT_URGENT: readonly EmergencyNumber[] = [{ number: '111', region: 'nhs_uk' }];

/** A valid emergency number: 2 to 6 digits. Anything else is ignored. */
export const isEmergencyNumber = (value: string): boolean => /^[0-9]{2,6}$/.test(value);

/** A phone number as people write it: digits, spaces, `+ ( ) -`; 3 to 20 characters. */
export const isPhoneNumber = (value: string): boolean => /^\+?[0-9][0-9 ()-]{2,19}$/.test(value);

/** The `tel:` address for a phone number as written ("+44 20 7946 0000" → "tel:+442079460000"). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^0-9+]/g, '')}`;

export function emergencyNumbers(configured: string | undefined = process.env.EMERGENCY_NUMBER): readonly EmergencyNumber[] {
  const value = configured?.trim();
  return value && isEmergencyNumber(value) ? [{ number: value, region: null }] : DEFAULT_NUMBERS;
}

export function urgentNumbers(configured: string | undefined = process.env.URGENT_NUMBER): readonly EmergencyNumber[] {
  const value = configured?.trim();
  return value && isPhoneNumber(value) ? [{ number: value, region: null }] : DEFAULT_URGENT;
}
