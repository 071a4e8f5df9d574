'use client';

import { CalmError } from '@/app/_components/calm-error';

/** Anything unexpected still ends on the calm page with Start again, never a stack trace. */
export default function ErrorPage() {
  return <CalmError />;
}
