/**
 * Loads a JSON configuration file. Errors are sentences that name the URL and what went wrong,
 * because this is what a developer sees in the console when the script tag's `data-config` is off.
 */
export async function fetchConfig(url: string, fetcher: typeof fetch = fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (error) {
    throw new Error(`could not load the configuration from ${url} (${(error as Error).message}), so nothing will be shown`);
  }
  if (!response.ok) {
    throw new Error(`could not load the configuration from ${url}: the server answered ${response.status}, so nothing will be shown`);
  }
  try {
    return await response.json();
  } catch {
    throw new Error(`the configuration at ${url} is not valid JSON, so nothing will be shown`);
  }
}
