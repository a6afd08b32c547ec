// The web-test-runner command `motcua-ax-tree`: Chromium's own accessibility tree (DevTools
// protocol) under the element the page put in `window.__motcuaAxTarget`, as screen readers get it.
// Not Playwright's aria snapshot: that works the roles out from the markup, so it cannot see
// Chromium dropping a table's semantics when CSS changes its display.

/** Roles that only carry text or group nothing: their children are kept, they are not. */
const FLATTEN = new Set(['generic', 'none', 'StaticText', 'InlineTextBox', 'LineBreak']);

export function axTreeCommand() {
  return {
    name: 'motcua-ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'motcua-ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__motcuaAxTarget' });
        if (!result.objectId) throw new Error('motcua-ax-tree: window.__motcuaAxTarget is not an element');
        const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
        const { nodes } = await cdp.send('Accessibility.getFullAXTree', {});
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const root = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
        if (!root) throw new Error('motcua-ax-tree: the target is not in the accessibility tree');
        const compact = (n) => {
          const children = (n.childIds ?? []).flatMap((id) => (byId.has(id) ? compact(byId.get(id)) : []));
          const role = n.role?.value ?? '';
          if (n.ignored || FLATTEN.has(role)) return role === 'StaticText' ? [] : children;
          const level = n.properties?.find((p) => p.name === 'level')?.value?.value;
          return [{ role, name: n.name?.value ?? '', ...(level !== undefined ? { level } : {}), children }];
        };
        return compact(root)[0] ?? { role: '', name: '', children: compact(root) };
      } finally {
        await cdp.detach();
      }
    },
  };
}
