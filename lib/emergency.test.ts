import { describe, expect, it } from 'vitest';
import { emergencyNumbers, isEmergencyNumber } from './emergency';

describe('emergencyNumbers', () => {
  it('offers the common numbers when none is configured', () => {
    expect(emergencyNumbers(undefined).map((n) => n.number)).toEqual(['999', '911', '112']);
  });
  it('uses a configured number on its own', () => {
    expect(emergencyNumbers(' 000 ')).toEqual([{ number: '000', region: '' }]);
  });
  it('ignores anything that is not 2 to 6 digits', () => {
    for (const bad of ['', '9', '1234567', '99a', 'tel:999', '<b>911</b>']) {
      expect(isEmergencyNumber(bad)).toBe(false);
      expect(emergencyNumbers(bad).length).toBe(3);
    }
  });
});
