'use client';

/**
 * Shows the clinicians' drawings, with zoom, pan, and a panel per node. A
 * drawing is an SVG file made ahead of time by `npm run diagram:svg` (/diagram:
 * fetched, so Mermaid never loads), or Mermaid text drawn here (/review/changes:
 * Mermaid is loaded on first need, with securityLevel 'strict'). One person's
 * path is marked on the SVG as Mermaid would have drawn it. Node selection is
 * bound on the SVG by this component, so Mermaid's own click handling (and a
 * looser security level) is never needed.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import type { DiagramContent } from '@/content/types';
import { DRAWING_ID, MERMAID_SETTINGS } from '@/lib/mermaid-settings';
import { PATH_STYLE, type TakenPath } from '@/machines/path-style';

export interface ViewerNode {
  id: string;
  label: string;
}

/**
 * A drawing: the address of its SVG made ahead of time, with where one person's
 * path is in it (if a path is shown), or Mermaid text to draw in the browser.
 */
export type Drawing = { svg: string; taken?: TakenPath } | { mermaid: string };

/** One drawing the page offers: a stage, or the whole check. */
export interface DiagramView {
  key: string;
  label: string;
  /** The drawing with Back and Start again arrows, and without them. */
  full: Drawing;
  forward: Drawing;
}

interface Props {
  /** The drawings to choose from; the first is shown unless `initialView` names another. */
  views: readonly DiagramView[];
  initialView?: string;
  nodes: readonly ViewerNode[];
  panels: Record<string, ReactNode>;
  words: DiagramContent;
  /** Where the Mermaid text downloads from (no link when not given). */
  mermaidHref?: string;
}

type Status = 'loading' | 'ready' | 'failed';

const MIN_SCALE = 0.2;
const MAX_SCALE = 3;

/** What a drawing shows: two drawings from the same source look the same. */
const sourceOf = (drawing: Drawing): string => ('svg' in drawing ? drawing.svg : drawing.mermaid);

/** The SVG of a drawing: fetched where it was made ahead of time, else drawn by Mermaid, loaded now. */
async function svgOf(drawing: Drawing): Promise<string> {
  if ('svg' in drawing) {
    const response = await fetch(drawing.svg);
    if (!response.ok) throw new Error(`${drawing.svg}: ${response.status}`);
    return response.text();
  }
  const mermaid = (await import('mermaid')).default;
  mermaid.initialize(MERMAID_SETTINGS);
  return (await mermaid.render(DRAWING_ID, drawing.mermaid)).svg;
}

/**
 * Marks one person's path on a drawing made ahead of time, as Mermaid draws
 * `class … taken` and `linkStyle` in the text: each box's outline yellow and
 * thick (over the inline styles Mermaid gave it), each arrow red and thick with
 * a red arrowhead. Style properties, not style attributes: no CSP rule needed.
 * The nodes are found by the `data-node` this component gives them.
 */
function markPath(root: SVGSVGElement, taken: TakenPath) {
  for (const id of taken.nodes) {
    const node = root.querySelector(`g.node[data-node="${id}"]`);
    node?.classList.add('taken');
    for (const shape of node?.querySelectorAll<SVGElement>(':scope > .label-container, :scope > .label-container path') ?? []) {
      shape.style.setProperty('stroke', PATH_STYLE.node.stroke, 'important');
      shape.style.setProperty('stroke-width', PATH_STYLE.node.strokeWidth, 'important');
    }
  }
  const { stroke, strokeWidth } = PATH_STYLE.edge;
  for (const link of taken.links) {
    const path = root.querySelector<SVGPathElement>(`.edgePaths path[data-link="${link}"]`);
    if (!path) continue;
    path.style.setProperty('stroke', stroke);
    path.style.setProperty('stroke-width', strokeWidth);
    const marker = /^url\(#(.+)\)$/.exec(path.getAttribute('marker-end') ?? '')?.[1];
    const original = marker ? root.querySelector(`marker[id="${marker}"]`) : null;
    if (!original) continue;
    const id = `${marker}__${stroke.slice(1)}`;
    if (!root.querySelector(`marker[id="${id}"]`)) {
      const copy = original.cloneNode(true) as SVGMarkerElement;
      copy.id = id;
      copy.querySelector('path')?.setAttribute('stroke', stroke);
      copy.querySelector('path')?.setAttribute('fill', stroke);
      original.after(copy);
    }
    path.setAttribute('marker-end', `url(#${id})`);
  }
}

/** "lcc-diagram-svg-flowchart-screen_leg-3" → "screen_leg" */
const nodeIdOf = (element: Element, known: ReadonlySet<string>): string | null => {
  const match = /flowchart-(.+)-\d+$/.exec(element.id);
  return match && known.has(match[1]!) ? match[1]! : null;
};

export function DiagramViewer({ views, initialView, nodes, panels, words, mermaidHref }: Props) {
  const [showNavigation, setShowNavigation] = useState(false);
  const [viewKey, setViewKey] = useState(initialView ?? views[0]?.key);
  const current = views.find((v) => v.key === viewKey) ?? views[0]!;
  const drawing = showNavigation ? current.full : current.forward;
  const viewport = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const lastNode = useRef<SVGGElement | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const [view, setView] = useState({ scale: 1, x: 0, y: 0 });
  const [selected, setSelected] = useState<string | null>(null);
  const [svgUrl, setSvgUrl] = useState<string | null>(null);
  const drag = useRef<{ x: number; y: number; startX: number; startY: number } | null>(null);
  /** A node to select once the next drawing is ready ("Show in diagram" for a node of another view). */
  const pendingNode = useRef<string | null>(null);

  const fit = useCallback(() => {
    const svg = canvas.current?.querySelector('svg');
    const box = viewport.current?.getBoundingClientRect();
    if (!svg || !box) return;
    const { width, height } = svg.viewBox.baseVal;
    const scale = Math.max(MIN_SCALE, Math.min((box.width - 16) / width, (box.height - 16) / height, 1));
    setView({ scale, x: (box.width - width * scale) / 2, y: Math.max(8, (box.height - height * scale) / 2) });
  }, []);

  const open = useCallback((id: string, from: SVGGElement | null) => {
    lastNode.current = from;
    setSelected(id);
  }, []);

  useEffect(() => {
    if (selected) panelHeading.current?.focus();
  }, [selected]);

  useEffect(() => {
    let cancelled = false;
    const known = new Set(nodes.map((n) => n.id));
    const labels = new Map(nodes.map((n) => [n.id, n.label]));
    (async () => {
      try {
        const svg = await svgOf(drawing);
        if (cancelled || !canvas.current) return;
        canvas.current.innerHTML = svg;
        const root = canvas.current.querySelector('svg');
        if (!root) throw new Error('no drawing');
        root.setAttribute('role', 'group');
        root.setAttribute('aria-label', words.pageTitle);
        for (const element of canvas.current.querySelectorAll<SVGGElement>('g.node')) {
          const id = nodeIdOf(element, known);
          if (!id) continue;
          element.dataset.node = id;
          element.setAttribute('tabindex', '0');
          element.setAttribute('role', 'button');
          element.setAttribute('aria-label', labels.get(id) ?? id);
          element.addEventListener('click', () => open(id, element));
          element.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              open(id, element);
            }
          });
        }
        if ('svg' in drawing && drawing.taken) markPath(root, drawing.taken);
        // As XML: an HTML serialization's bare <br> would stop any SVG viewer opening the file.
        const download = new XMLSerializer().serializeToString(root);
        setSvgUrl((old) => {
          if (old) URL.revokeObjectURL(old);
          return URL.createObjectURL(new Blob([download], { type: 'image/svg+xml' }));
        });
        setStatus('ready');
        fit();
        const pending = pendingNode.current;
        pendingNode.current = null;
        const element = pending ? canvas.current.querySelector<SVGGElement>(`g.node[data-node="${pending}"]`) : null;
        if (pending && element) {
          viewport.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
          element.focus({ preventScroll: true });
          open(pending, element);
        }
      } catch {
        if (!cancelled) setStatus('failed');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [drawing, nodes, words.pageTitle, open, fit]);

  const latestSvgUrl = useRef<string | null>(null);
  useEffect(() => {
    latestSvgUrl.current = svgUrl;
  }, [svgUrl]);
  useEffect(() => () => {
    if (latestSvgUrl.current) URL.revokeObjectURL(latestSvgUrl.current);
  }, []);

  // Outline links ("Show in diagram") select the node when the diagram is drawn.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-show-node]');
      if (!link || status !== 'ready') return;
      const id = link.dataset.showNode!;
      const element = canvas.current?.querySelector<SVGGElement>(`g.node[data-node="${id}"]`) ?? null;
      if (!element) {
        // Not in this view: show the whole check, and select the node once it is drawn.
        if (current.key !== views.at(-1)?.key) {
          event.preventDefault();
          pendingNode.current = id;
          setViewKey(views.at(-1)!.key);
        }
        return;
      }
      event.preventDefault();
      viewport.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      element.focus({ preventScroll: true });
      open(id, element);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [status, open, current.key, views]);

  const zoom = (factor: number) =>
    setView((v) => ({ ...v, scale: Math.min(MAX_SCALE, Math.max(MIN_SCALE, v.scale * factor)) }));

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== viewport.current) return;
    const step = 40;
    const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      setView((v) => ({ ...v, x: v.x + move[0], y: v.y + move[1] }));
    } else if (event.key === '+' || event.key === '=') zoom(1.25);
    else if (event.key === '-') zoom(0.8);
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if ((event.target as Element).closest('g.node')) return;
    drag.current = { x: view.x, y: view.y, startX: event.clientX, startY: event.clientY };
    event.currentTarget.setPointerCapture(event.pointerId);
  }
  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const d = drag.current;
    if (!d) return;
    setView((v) => ({ ...v, x: d.x + event.clientX - d.startX, y: d.y + event.clientY - d.startY }));
  }
  function onPointerUp() {
    drag.current = null;
  }

  function closePanel() {
    setSelected(null);
    lastNode.current?.focus();
  }

  const selectedNode = nodes.find((n) => n.id === selected);

  return (
    <div className="app-diagram" id="diagram">
      <p className="app-diagram__noscript app-no-js-only">{words.noScript}</p>
      <div className="app-diagram__views app-js-only" role="group" aria-label={words.viewsLabel}>
        {views.map((v) => (
          <button
            key={v.key}
            type="button"
            className="app-button app-button--secondary app-button--small"
            aria-pressed={v.key === current.key}
            data-view={v.key}
            onClick={() => {
              if (v.key === current.key) return;
              if (sourceOf(showNavigation ? v.full : v.forward) !== sourceOf(drawing)) setStatus('loading');
              setViewKey(v.key);
            }}
          >
            {v.label}
          </button>
        ))}
      </div>
      <div className="app-diagram__toolbar app-js-only" role="toolbar" aria-label={words.pageTitle}>
        <button type="button" className="app-button app-button--secondary app-button--small" onClick={() => zoom(1.25)} disabled={status !== 'ready'}>
          {words.zoomIn}
        </button>
        <button type="button" className="app-button app-button--secondary app-button--small" onClick={() => zoom(0.8)} disabled={status !== 'ready'}>
          {words.zoomOut}
        </button>
        <button type="button" className="app-button app-button--secondary app-button--small" onClick={() => setView({ scale: 1, x: 0, y: 0 })} disabled={status !== 'ready'}>
          {words.zoomReset}
        </button>
        <button type="button" className="app-button app-button--secondary app-button--small" onClick={fit} disabled={status !== 'ready'}>
          {words.fit}
        </button>
        <label className="app-toggle">
          <input
            type="checkbox"
            checked={showNavigation}
            onChange={(e) => {
              // The same drawing either way (a view with no Back arrows in it) is not drawn again.
              if (sourceOf(e.target.checked ? current.full : current.forward) !== sourceOf(drawing)) setStatus('loading');
              setShowNavigation(e.target.checked);
            }}
          />{' '}
          {words.showNavigation}
        </label>
        {mermaidHref ? (
          <a className="app-link-button" href={mermaidHref} download="leg-cramp-check.mmd">
            {words.downloadMermaid}
          </a>
        ) : null}
        {/* Until the drawing is ready, a placeholder (an <a> without href) holds its place, so the toolbar does not grow under a pointer. */}
        {svgUrl ? (
          <a className="app-link-button" href={svgUrl} download="leg-cramp-check.svg" data-testid="download-svg">
            {words.downloadSvg}
          </a>
        ) : (
          <a className="app-link-button app-link-button--waiting">{words.downloadSvg}</a>
        )}
      </div>
      <p className="app-hint app-diagram__hint app-js-only">{words.panHint}</p>
      <div className="app-diagram__layout app-js-only">
        <div
          ref={viewport}
          className="app-diagram__viewport"
          tabIndex={0}
          aria-label={words.panHint}
          aria-busy={status === 'loading'}
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        >
          {status === 'loading' ? <p className="app-diagram__status">{words.loading}</p> : null}
          {status === 'failed' ? (
            <p className="app-diagram__status" role="alert">
              {words.renderFailed}
            </p>
          ) : null}
          <div
            ref={canvas}
            className="app-diagram__canvas"
            data-testid="diagram-canvas"
            data-view={current.key}
            style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
          />
        </div>
        {selectedNode ? (
          <aside className="app-diagram__panel" aria-labelledby="diagram-panel-heading" data-testid="diagram-panel" onKeyDown={(e) => e.key === 'Escape' && closePanel()}>
            <div className="app-diagram__panel-head">
              <h2 className="app-heading-m" id="diagram-panel-heading" tabIndex={-1} ref={panelHeading}>
                {selectedNode.label}
              </h2>
              <button type="button" className="app-button app-button--secondary app-button--small" onClick={closePanel}>
                {words.panelClose}
              </button>
            </div>
            {panels[selectedNode.id]}
          </aside>
        ) : null}
      </div>
    </div>
  );
}
