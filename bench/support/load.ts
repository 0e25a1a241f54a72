import autocannon from "autocannon";

export interface LoadOptions {
  url: string;
  path: string;
  connections: number;
  seconds: number;
  /** Cookie values rotated per request, so load spreads over many signed-in people. */
  cookies?: readonly string[];
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  const cookies = options.cookies;
  let turn = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      cookies && cookies.length > 0
        ? {
            method: "GET",
            path: options.path,
            // Called for every request: the next partner's session cookie.
            setupRequest: (request) => {
              const cookie = cookies[turn++ % cookies.length] as string;
              return { ...request, headers: { ...request.headers, cookie } };
            },
          }
        : { method: "GET", path: options.path },
    ],
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
