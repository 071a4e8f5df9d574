import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { contentFor } from '@/content';
import { addressOf, stepOf } from '@/machines/replay';
import { checkQuery, encodeAnswers } from '@/machines/answers-url';
import { restoreCheck, single, type SearchParams } from '@/lib/check-address';
import type { SubmissionError } from '@/lib/submission';
import { RestoreError } from '@/app/_components/restore-error';
import { CheckFlow } from './_components/check-flow';

const content = contentFor(null);
const ERRORS: readonly SubmissionError[] = ['required', 'none_with_others'];

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const restored = restoreCheck(await searchParams);
  if (!restored?.ok) return { title: content.ui.restoreError.heading };
  const step = stepOf(restored.snapshot);
  if (step.kind === 'question') return { title: content.questions[step.meta.question].heading };
  return { title: content.ui.review.heading };
}

/**
 * A step of the check, rendered on the server by replaying the answers in the
 * URL: a plain GET form that works before (and without) any JavaScript.
 */
export default async function CheckPage({ searchParams }: Props) {
  const params = await searchParams;
  const restored = restoreCheck(params);
  if (!restored?.ok) return <RestoreError />;
  const step = stepOf(restored.snapshot);
  const { answers, at } = addressOf(restored.snapshot);
  if (step.kind === 'result') redirect(`/result${checkQuery(answers)}`);
  const error = single(params.error);
  return (
    <CheckFlow
      encoded={encodeAnswers(answers)}
      at={at}
      error={ERRORS.find((e) => e === error) ?? null}
    />
  );
}
