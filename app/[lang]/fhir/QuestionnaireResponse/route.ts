/**
 * One result as a FHIR R4 QuestionnaireResponse for a clinic's record system
 * (machines/fhir.ts), made from the result's own address (`?a=…&v=…`, the answers
 * and the content version) when the person asks for it. Nothing is stored or logged:
 * like the result page, it is worked out from the address and sent back.
 */
import type { NextRequest } from 'next/server';
import { contentFor } from '@/content';
import { requestPlace } from '@/lib/site-surface';
import { restoreRequest } from '@/lib/restore-request';
import { fhirJson, fhirProblem } from '@/lib/fhir-json';
import { searchParamsOf } from '@/machines/address';
import { pathAnswers } from '@/machines/replay';
import { questionnaireResponse } from '@/machines/fhir';
import { publicOrigin } from '@/lib/public-origin';

export async function GET(request: NextRequest) {
  const { lang, base } = await requestPlace();
  const restored = restoreRequest(searchParamsOf(request.nextUrl.searchParams), { toResult: true });
  if (!restored.ok || restored.snapshot.status !== 'done') {
    return fhirProblem(
      400,
      'invalid',
      `These answers do not make a finished result, so there is nothing to download. Open the result page (${base}/result with the same answers) or start the check again at ${base}/check.`,
    );
  }
  const authored = new Date().toISOString();
  const response = questionnaireResponse(contentFor(lang), publicOrigin(request.headers) ?? request.nextUrl.origin, pathAnswers(restored.snapshot), authored);
  return fhirJson(response, { filename: `leg-cramp-check-${authored.slice(0, 10)}.json` });
}
