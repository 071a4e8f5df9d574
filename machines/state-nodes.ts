/** Walking the machine's state nodes: shared by the progress count, the diagram and the tests. */
import type { AnyStateNode } from 'xstate';

/** A node and every node below it, parents first. */
export function allStateNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap(allStateNodes)];
}

/** Where a transition really lands: a stage (compound state) lands on its first question. */
export function landing(node: AnyStateNode): AnyStateNode {
  let current = node;
  while (current.type === 'compound' && current.initial) {
    const [first] = current.initial.target;
    if (!first) break;
    current = first;
  }
  return current;
}
