/**
 * Registers a custom element without ever throwing: portals load other libraries (and sometimes
 * a second copy of motcua), and a thrown "already defined" would stop the rest of the page's script.
 */
const warned = new Set<string>();

export function define(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // Node / SSR: nothing to register.
  const existing = registry.get(tag);
  if (existing === ctor) return;
  if (!existing) {
    try {
      registry.define(tag, ctor);
      return;
    } catch (error) {
      // E.g. the class is already registered under another tag, or the name is invalid.
      warnOnce(tag, `motcua: không đăng ký được <${tag}> (could not define <${tag}>): ${String(error)}`);
      return;
    }
  }
  warnOnce(
    tag,
    `motcua: <${tag}> đã được đăng ký bởi một lớp khác (có thể là phiên bản motcua khác); giữ nguyên bản đã có. ` +
      `<${tag}> is already defined by another class (perhaps another motcua version); keeping the existing one.`,
  );
}

function warnOnce(tag: string, message: string): void {
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(message);
}
