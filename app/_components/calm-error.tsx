'use client';

/**
 * What an error boundary (error.tsx) shows: the calm "couldn't restore" page
 * with Start again, in the page's language. A boundary takes no props, so its
 * layout hands it the words and the flow's base through this context: only
 * this language's three sentences reach the browser.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { UiContent } from '@/content/types';
import { RestoreError } from '@/app/_flow/restore-error';

interface ErrorPlace {
  base: string;
  words: UiContent['restoreError'];
}

const Place = createContext<ErrorPlace | null>(null);

export function ErrorWords({ children, ...place }: ErrorPlace & { children: ReactNode }) {
  return <Place.Provider value={place}>{children}</Place.Provider>;
}

export function CalmError() {
  const place = useContext(Place);
  // Always inside a layout that provides it; without one, nothing to say in any language but the way back.
  if (!place) return null;
  return <RestoreError base={place.base} words={place.words} />;
}
