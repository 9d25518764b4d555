import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface Delivery {
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  /** 1 for the first delivery of this `id`, 2 for its first retry … */
  attempt: number;
  status: number;
}

/** A tiny webhook endpoint on 127.0.0.1 that records every POST and answers what `respond` says. */
export async function startWebhookReceiver() {
  const deliveries: Delivery[] = [];
  let respond: (body: Record<string, unknown>, attempt: number) => number = () => 204;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      const attempt = deliveries.filter((d) => d.body.id === body.id).length + 1;
      const status = respond(body, attempt);
      deliveries.push({ headers: request.headers, body, attempt, status });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    deliveries,
    answer(policy: typeof respond) {
      respond = policy;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
