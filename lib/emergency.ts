/**
 * Which emergency number(s) the care card offers. A deployment sets
 * EMERGENCY_NUMBER (digits only, e.g. "999"); without it the card names the
 * common ones and says "your local emergency number".
 */
export interface EmergencyNumber {
  number: string;
  /** Where it applies; empty when the deployment set one number. */
  region: string;
}

const DEFAULT_NUMBERS: readonly EmergencyNumber[] = [
  { number: '999', region: 'UK' },
  { number: '911', region: 'US and Canada' },
  { number: '112', region: 'Europe' },
];

/** A valid emergency number: 2 to 6 digits. Anything else is ignored. */
export const isEmergencyNumber = (value: string): boolean => /^[0-9]{2,6}$/.test(value);

export function emergencyNumbers(configured: string | undefined = process.env.EMERGENCY_NUMBER): readonly EmergencyNumber[] {
  const value = configured?.trim();
  return value && isEmergencyNumber(value) ? [{ number: value, region: '' }] : DEFAULT_NUMBERS;
}
