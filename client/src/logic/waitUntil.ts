/**
 * Resolves once `condition` holds, checking it at each change a connection announces (state
 * arrives asynchronously over the socket); rejects after `timeoutMs`.
 */
export function waitUntil(onChange: (listener: () => void) => () => void, condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  if (condition()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const stop = onChange(() => {
      if (!condition()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}
