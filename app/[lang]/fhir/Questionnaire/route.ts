/**
 * The check's questions as a FHIR R4 Questionnaire (machines/fhir.ts), in this
 * address's language: /fhir/Questionnaire, /es/fhir/Questionnaire, … Its canonical
 * url is this deployment's address for it; its version the content version.
 */
import type { NextRequest } from 'next/server';
import { contentFor } from '@/content';
import { requestPlace } from '@/lib/site-surface';
import { CURRENT_REVIEW } from '@/lib/sign-off';
import { fhirJson } from '@/lib/fhir-json';
import { questionnaire } from '@/machines/fhir';
import { publicOrigin } from '@/lib/public-origin';

export async function GET(request: NextRequest) {
  const content = contentFor((await requestPlace()).lang);
  return fhirJson(questionnaire(content, publicOrigin(request.headers) ?? request.nextUrl.origin, CURRENT_REVIEW.status === 'reviewed'));
}
