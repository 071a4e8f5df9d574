/** A FHIR resource as an HTTP response: FHIR's JSON media type, never cached or stored on the way. */
export function fhirJson(resource: object, { status = 200, filename }: { status?: number; filename?: string } = {}): Response {
  return new Response(JSON.stringify(resource, null, 2), {
    status,
    headers: {
      'Content-Type': 'application/fhir+json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...(filename ? { 'Content-Disposition': `attachment; filename="${filename}"` } : {}),
    },
  });
}

/** A FHIR OperationOutcome for a request we cannot answer, with what to do instead. */
export function fhirProblem(status: number, code: 'invalid' | 'not-found', text: string): Response {
  return fhirJson({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics: text }] }, { status });
}
