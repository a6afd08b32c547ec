export interface ElementSource {
  name: string;
  define: string;
  component: string | null;
}
export function findElements(elementsDir: string): ElementSource[];
export function elementEntries(elements: ElementSource[]): Record<string, string>;
