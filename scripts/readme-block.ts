/** The README carries the diagram between these markers, in a ```mermaid block. */
export const README_BLOCK = { start: '<!-- diagram:start -->', end: '<!-- diagram:end -->' } as const;

export function readmeBlock(readme: string): string | null {
  const start = readme.indexOf(README_BLOCK.start);
  const end = readme.indexOf(README_BLOCK.end);
  if (start < 0 || end < start) return null;
  const inner = readme.slice(start + README_BLOCK.start.length, end);
  const match = /```mermaid\n([\s\S]*?)```/.exec(inner);
  return match ? match[1]! : null;
}

export function replaceReadmeBlock(readme: string, mermaid: string): string {
  const start = readme.indexOf(README_BLOCK.start);
  const end = readme.indexOf(README_BLOCK.end);
  if (start < 0 || end < start) throw new Error('README has no diagram markers');
  return `${readme.slice(0, start)}${README_BLOCK.start}\n\`\`\`mermaid\n${mermaid}\`\`\`\n${readme.slice(end)}`;
}
