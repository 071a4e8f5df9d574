'use client';

import { RestoreError } from '@/app/_flow/restore-error';

/** Anything unexpected still ends on the calm page with Start again, never a stack trace. */
export default function ErrorPage() {
  return <RestoreError />;
}
