/**
 * A sentence with a phone number in it ("Call {number}"), the number kept left
 * to right inside any language: in Arabic, "+44 20 7946 0000" must not come out
 * reordered. `dir="ltr"` on an element isolates it from the sentence around it.
 */
export function PhoneText({ template, name, phone, className }: { template: string; name: 'number' | 'phone'; phone: string; className?: string }) {
  const [before = '', ...after] = template.split(`{${name}}`);
  // One element, so a flex button lays the sentence out as one line of text, not as columns.
  return (
    <span>
      {before}
      <span dir="ltr" className={className}>
        {phone}
      </span>
      {after.join(phone)}
    </span>
  );
}
