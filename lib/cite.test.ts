import { describe, expect, it } from 'vitest';
import { sources } from '@/content';
import { shortCite, sourceHref } from './cite';

describe('shortCite', () => {
  it('names people by surname', () => {
    expect(shortCite(sources.allen_2012)).toBe('Allen and Kirby, 2012');
    expect(shortCite(sources.holley_dialysis)).toBe(`Holley, ${sources.holley_dialysis.year}`);
    expect(shortCite(sources.hallegraeff_2012)).toBe('Hallegraeff et al., 2012');
    expect(shortCite(sources.garrison_2012)).toBe('Garrison et al., 2012');
  });

  it('names organisations by their own abbreviation or name', () => {
    expect(shortCite(sources.nice_cks_2012)).toMatch(/^NICE/);
    expect(shortCite(sources.nhs_leg_cramps)).toMatch(/^NHS/);
    expect(shortCite(sources.nsf_leg_cramps)).toMatch(/^National Sleep Foundation/);
  });

  it('falls back to the title where the authors are not known', () => {
    const unnamed = Object.values(sources).filter((s) => /^authors not named/i.test(s.authors));
    expect(unnamed.length).toBeGreaterThan(0);
    for (const source of unnamed) expect(shortCite(source)).toContain(source.title);
  });

  it('tells every source apart, so a list never reads "NHS; HSE, 2018; NHS"', () => {
    const cites = Object.values(sources).map(shortCite);
    expect(new Set(cites).size).toBe(cites.length);
    expect(shortCite(sources.nhs_dvt)).toBe('NHS: DVT');
  });

  it('is short and never empty for every source', () => {
    for (const source of Object.values(sources)) {
      const cite = shortCite(source);
      expect(cite.length).toBeGreaterThan(2);
    }
  });
});

describe('sourceHref', () => {
  it('prefers a DOI, then PubMed, then the publisher page', () => {
    expect(sourceHref(sources.cochrane_magnesium_2020)).toMatch(/^https:\/\/doi\.org\/10\.1002\//);
    expect(sourceHref(sources.allen_2012)).toBe('https://pubmed.ncbi.nlm.nih.gov/22963024/');
    for (const source of Object.values(sources)) {
      const href = sourceHref(source);
      if (href) expect(href).toMatch(/^https:\/\//);
    }
  });
});
