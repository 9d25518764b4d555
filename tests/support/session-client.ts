import { io } from "socket.io-client";
import type { Delta } from "@/lib/contracts/delta";
import type { ScreenSocket } from "./screen-client";

/** The demo city's shared password (lib/city/shanghai/demo-users.ts). */
export const demoPassword = "tonglan2026";

export function signInRequest(baseUrl: string, username: string, password = demoPassword, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ username, password }),
  });
}

/** Signs in and returns the `Cookie` header value a browser would send back. */
export async function signInCookie(baseUrl: string, username: string, password = demoPassword): Promise<string> {
  const response = await signInRequest(baseUrl, username, password);
  if (response.status !== 200) throw new Error(`sign-in as ${username}: ${response.status} ${await response.text()}`);
  const [setCookie] = response.headers.getSetCookie();
  if (!setCookie) throw new Error(`sign-in as ${username}: no cookie`);
  return setCookie.split(";")[0]!;
}

/** A socket.io client sending `cookie` in its handshake; rejects with the server's reason when refused. */
export async function connectWithCookie(baseUrl: string, cookie?: string): Promise<{ socket: ScreenSocket; deltas: Delta[] }> {
  const socket: ScreenSocket = io(baseUrl, {
    transports: ["websocket"],
    reconnection: false,
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
  const deltas: Delta[] = [];
  socket.on("deltas", (batch) => deltas.push(...batch));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", (error) => {
      socket.close();
      reject(error);
    });
  });
  return { socket, deltas };
}
