export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // First: from here on every request's client address comes from its connection or a trusted proxy.
    const { installForwarding } = await import("./lib/forwarding/hook");
    installForwarding();
    const { releaseAbortReasonFrames } = await import("./lib/abort-reasons");
    releaseAbortReasonFrames();
    const { refuseTraceMethod } = await import("./lib/trace-method");
    refuseTraceMethod();
    const { prepareDatabase } = await import("./lib/db/startup");
    await prepareDatabase();
    const { startJobSchedule } = await import("./lib/jobs");
    startJobSchedule();
  }
}

/**
 * Every unexpected error of a page or server action, on the log under the digest Next.js shows the user on the error
 * page ("give your administrator this reference"), so the two can be matched.
 */
export async function onRequestError(error: unknown, request: { path: string; method: string }, context: { routerKind: string; routePath: string; routeType: string }) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logUnexpected } = await import("./lib/log");
  const digest = (error as { digest?: unknown })?.digest;
  logUnexpected(error, { method: request.method, path: request.path.split("?")[0], route: context.routePath, routeType: context.routeType }, undefined, typeof digest === "string" ? digest : undefined);
}
