import { review } from '@/content';
import type { UiContent } from '@/content/types';
import { fill } from '@/lib/fill';

/** The content's review status, as patients should read it: draft until a clinician signs this version off. */
export function reviewStatusText(ui: UiContent): string {
  const status = review.reviewedOn ? fill(ui.footer.reviewed, { date: review.reviewedOn }) : ui.footer.draft;
  return fill(ui.footer.contentVersion, { version: review.version, status });
}

export function ReviewStatus({ ui }: { ui: UiContent }) {
  return (
    <span className="app-review-status" data-testid="review-status" data-reviewed={review.reviewedOn ? 'true' : 'false'}>
      {reviewStatusText(ui)}
    </span>
  );
}
