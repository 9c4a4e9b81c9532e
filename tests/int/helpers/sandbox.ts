/** The platform sandbox's control API (/__sandbox/…): GET without a body, POST with one. */
export const sandboxControl = (sandboxUrl: string) => async (path: string, body?: unknown) =>
  (
    await fetch(`${sandboxUrl}/__sandbox/${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
      method: body === undefined ? 'GET' : 'POST',
    })
  ).json()
