// React's server renderer ends every render by aborting its cache signal with an Error whose stack nobody reads.
// Until a stack is read, V8 keeps its frames, and a frame keeps its receiver: here the scheduler entry (Immediate)
// the abort ran on, which carries its request's context and links to the entries of other requests. Each completed
// request thereby keeps the next ones in memory, and a busy server grows without bound (react/react#37288). Reading
// the stack once turns the frames into text and lets them go.

const PATCHED = Symbol.for("chainward.abortReasonFrames");

export function releaseAbortReasonFrames() {
  const proto = AbortController.prototype as AbortController & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const abort = proto.abort;
  proto.abort = function (this: AbortController, reason?: unknown) {
    if (reason instanceof Error) void reason.stack;
    return abort.call(this, reason);
  };
  proto[PATCHED] = true;
}
