// Node's HTTP server accepts TRACE, but Next.js cannot: it turns every request into a Fetch API Request, which refuses
// TRACE ("'TRACE' HTTP method is unsupported"), before proxy.ts or any route handler runs, and answers with a 500.
// Chainward answers TRACE with a 405 itself, before Next.js sees the request. (TRACK and unknown methods never get
// this far: Node's parser answers them with a 400; CONNECT closes the connection.)
import { beforeEveryRequest } from "./server-hook";

export function refuseTraceMethod() {
  beforeEveryRequest("refuse TRACE", (request, response) => {
    if (request.method !== "TRACE") return false;
    response.writeHead(405, { Allow: "GET, HEAD, POST, OPTIONS", "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
    response.end("TRACE is not allowed.");
    return true;
  });
}
