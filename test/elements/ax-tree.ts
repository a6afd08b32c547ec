// Chromium's accessibility tree under an element (test/elements/ax-tree-plugin.mjs): roles and
// names as assistive technologies get them, ignored and generic nodes left out.
import { executeServerCommand } from '@web/test-runner-commands';

export interface AxNode {
  role: string;
  name: string;
  /** A heading's level. */
  level?: number;
  children: AxNode[];
}

export async function axTree(el: Element): Promise<AxNode> {
  const page = window as { __motcuaAxTarget?: Element };
  page.__motcuaAxTarget = el;
  try {
    return await executeServerCommand<AxNode, undefined>('motcua-ax-tree');
  } finally {
    delete page.__motcuaAxTarget;
  }
}

/** Every node of `role` under `node` (not looking inside a match). */
export function findAll(node: AxNode, role: string): AxNode[] {
  return node.role === role ? [node] : node.children.flatMap((c) => findAll(c, role));
}
