// Types for the globals of browser tests: the Mocha globals that @web/test-runner provides in browser tests
// (test/**/*.browser.test.ts) and the reference API URL that
// web-test-runner.config.mjs injects. @types/mocha is not a dependency; this covers what the tests use.
// Node tests import describe/it from node:test, and those imports shadow these globals.
declare global {
  interface MochaContext {
    /** Per-test timeout in ms (the config's default is 10 s). */
    timeout(ms: number): this;
    slow(ms: number): this;
    skip(): never;
    retries(n: number): this;
  }
  type MochaDone = (error?: unknown) => void;
  type MochaTestFn = (this: MochaContext, done: MochaDone) => void | Promise<unknown>;
  type MochaSuiteFn = (this: MochaContext) => void;

  interface MochaSuiteFunction {
    (title: string, fn: MochaSuiteFn): void;
    only(title: string, fn: MochaSuiteFn): void;
    skip(title: string, fn: MochaSuiteFn): void;
  }
  interface MochaTestFunction {
    (title: string, fn?: MochaTestFn): void;
    only(title: string, fn?: MochaTestFn): void;
    skip(title: string, fn?: MochaTestFn): void;
  }
  type MochaHookFunction = (fn: MochaTestFn) => void;

  const describe: MochaSuiteFunction;
  const it: MochaTestFunction;
  const before: MochaHookFunction;
  const after: MochaHookFunction;
  const beforeEach: MochaHookFunction;
  const afterEach: MochaHookFunction;

  interface Window {
    /** Base URL of the reference API for browser tests, on the test page's origin (`…/api/v1`). */
    __MOTCUA_API__: string;
  }
}

export {};
