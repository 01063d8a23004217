// The console's calls to Baton: same-origin fetch with the session cookie; errors carry the API's code and message.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export async function api(method, path, body) {
  const init = { method, credentials: 'same-origin', headers: { accept: 'application/json' } };
  // Every change is sent as JSON, body or not: Baton refuses cookie-signed changes of any other type (CSRF).
  if (method !== 'GET') init.headers['content-type'] = 'application/json';
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await fetch(path, init);
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, data?.error?.code ?? 'error', data?.error?.message ?? response.statusText);
  }
  return data;
}

export const ticketPath = (id, suffix = '') => `/api/tickets/${encodeURIComponent(id)}${suffix}`;
