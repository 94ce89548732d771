/** Types for scripts/chromium.js, which plain-JS tools (web-test-runner, the CSP check, the bench) import too. */
export declare const chromiumExecutablePath: string;
export declare const chromiumArgs: readonly string[];
