import { contentFor } from '@/content';
import { clinicianContentFor } from '@/content/clinician';
import { DIRECTION } from '@/content/languages';
import { requestPlace } from '@/lib/site-surface';

/** The clinicians' pages' words in this request's language (the check's own pack and the clinicians' pack), its direction, and the site's prefix for their links. */
export async function pageWords() {
  const { lang, base } = await requestPlace();
  const content = contentFor(lang);
  return { content, clinicianWords: clinicianContentFor(lang), d: content.diagram, dir: DIRECTION[lang], base };
}
