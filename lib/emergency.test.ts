import { describe, expect, it } from 'vitest';
import { emergencyNumbers, isEmergencyNumber, isPhoneNumber, telHref, urgentNumbers } from './emergency';

describe('emergencyNumbers', () => {
  it('offers the common numbers when none is configured', () => {
    expect(emergencyNumbers(undefined).map((n) => n.number)).toEqual(['999', '911', '112']);
  });
  it('uses a configured number on its own', () => {
    expect(emergencyNumbers(' 000 ')).toEqual([{ number: '000', region: null }]);
  });
  it('ignores anything that is not 2 to 6 digits', () => {
    for (const bad of ['', '9', '1234567', '99a', 'tel:999', '<b>911</b>']) {
      expect(isEmergencyNumber(bad)).toBe(false);
      expect(emergencyNumbers(bad).length).toBe(3);
    }
  });
});

describe('urgentNumbers', () => {
  it('offers NHS 111, saying where it applies, when none is configured', () => {
    expect(urgentNumbers(undefined)).toEqual([{ number: '111', region: 'nhs_uk' }]);
  });
  it('uses a configured phone number on its own', () => {
    expect(urgentNumbers(' +1 (555) 010-0000 ')).toEqual([{ number: '+1 (555) 010-0000', region: null }]);
  });
  it('ignores anything that is not a phone number', () => {
    for (const bad of ['', '1', 'call us', 'tel:111', '<b>111</b>', '1'.repeat(30)]) {
      expect(isPhoneNumber(bad)).toBe(false);
      expect(urgentNumbers(bad)[0]?.number).toBe('111');
    }
  });
  it('makes tel: links from numbers as people write them', () => {
    expect(telHref('+44 20 7946 0000')).toBe('tel:+442079460000');
    expect(telHref('(555) 010-0000')).toBe('tel:5550100000');
  });
});
