import type { Channel, RequestOf, Result } from '../../../preload/contract';

/**
 * Calls a contract channel on a running browser host from the test process,
 * the way the served page does: with the page's token and the host's origin.
 * Throws when the call fails, with the error code and message.
 */
export async function callHost<C extends Channel>(
  hostUrl: string,
  channel: C,
  request: RequestOf<C>,
): Promise<unknown> {
  const page = await (await fetch(hostUrl)).text();
  const token = /name="lobbykey-host-token" content="([^"]+)"/.exec(page)?.[1];
  if (!token) throw new Error(`no host token in the page at ${hostUrl}`);

  const response = await fetch(new URL(`/api/${channel}`, hostUrl).href, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: new URL(hostUrl).origin,
      'x-lobbykey-token': token,
    },
    body: JSON.stringify(request),
  });
  const result = (await response.json()) as Result<unknown>;
  if (!result.ok) {
    throw new Error(
      `${channel} failed: ${result.error.code}: ${result.error.message}`,
    );
  }
  return result.value;
}
