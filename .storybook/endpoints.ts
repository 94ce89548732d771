/**
 * Scripted JSON endpoints for stories, so network states (loading, a failed
 * refresh, an HTTP error) render the same way every time without a server.
 *
 * One wrapper around `window.fetch` is installed on first use; stories add
 * routes in `beforeEach` and remove them in the returned cleanup. Requests to
 * any other URL go to the real `fetch`. Routes match on the URL's path.
 */

/** What an endpoint does on its n-th request (0-based). */
export type Reply =
  | { readonly json: unknown; readonly status?: number }
  | { readonly body: string; readonly status: number; readonly contentType?: string }
  /** Never answers (until the request is aborted). */
  | { readonly hang: true };

export type Endpoint = (call: number) => Reply;

const routes = new Map<string, { readonly endpoint: Endpoint; calls: number }>();
let installed = false;

function pathOf(input: RequestInfo | URL): string {
  const url = input instanceof Request ? input.url : String(input);
  return new URL(url, document.baseURI).pathname;
}

function respond(reply: Reply, signal: AbortSignal | null | undefined): Promise<Response> {
  if ('hang' in reply) {
    return new Promise((_, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted')), { once: true });
    });
  }
  if ('json' in reply) {
    return Promise.resolve(
      new Response(JSON.stringify(reply.json), {
        status: reply.status ?? 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  }
  return Promise.resolve(new Response(reply.body, { status: reply.status, headers: { 'Content-Type': reply.contentType ?? 'text/plain' } }));
}

function install(): void {
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const route = routes.get(pathOf(input));
    if (!route) return realFetch(input, init);
    const call = route.calls++;
    return respond(route.endpoint(call), init?.signal ?? (input instanceof Request ? input.signal : undefined));
  };
}

/** Serves `endpoints` (path → reply) until the returned cleanup runs. */
export function serve(endpoints: Readonly<Record<string, Endpoint>>): () => void {
  install();
  for (const [path, endpoint] of Object.entries(endpoints)) routes.set(path, { endpoint, calls: 0 });
  return () => {
    for (const [path, route] of Object.entries(endpoints)) {
      if (routes.get(path)?.endpoint === route) routes.delete(path);
    }
  };
}
