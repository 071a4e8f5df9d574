import { review } from '@/content';
import type { UiContent } from '@/content/types';
import { fill } from '@/lib/fill';

/** Whether a clinician has signed this version off, as patients should read it. */
export const reviewStatus = (ui: UiContent): string =>
  review.reviewedOn ? fill(ui.footer.reviewed, { date: review.reviewedOn }) : ui.footer.draft;

/** "Content version 0.2.0: Draft, not yet reviewed by a clinician". */
export const reviewStatusText = (ui: UiContent): string =>
  fill(ui.footer.contentVersion, { version: review.version, status: reviewStatus(ui) });

export function ReviewStatus({ ui }: { ui: UiContent }) {
  return (
    <span className="app-review-status" data-testid="review-status" data-reviewed={review.reviewedOn ? 'true' : 'false'}>
      {reviewStatusText(ui)}
    </span>
  );
}
