import { AsyncLocalStorage } from "node:async_hooks";
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonFrames } from "./abort-reasons";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

/** Aborts a kept controller from an Immediate scheduled inside a request's context, as React does after a render. */
async function requestContextSurvives(): Promise<boolean> {
  const als = new AsyncLocalStorage<{ rendered: number[] }>();
  const kept: AbortController[] = [];
  let store!: WeakRef<object>;
  als.run({ rendered: new Array(100_000).fill(1) }, () => {
    store = new WeakRef(als.getStore()!);
    const controller = new AbortController();
    kept.push(controller);
    setImmediate(() => controller.abort(new Error("This render completed successfully.")));
  });
  await new Promise((resolve) => setTimeout(resolve, 30));
  gc();
  await new Promise((resolve) => setTimeout(resolve, 10));
  gc();
  expect(kept[0]!.signal.aborted).toBe(true);
  return store.deref() !== undefined;
}

describe("abort reasons", () => {
  it("an aborted signal's reason no longer keeps the request it was aborted from in memory", async () => {
    // Without the fix the request's context survives (the frames of the reason's stack reach it)…
    expect(await requestContextSurvives()).toBe(true);
    releaseAbortReasonFrames();
    // …with it, only the text of the stack is kept.
    expect(await requestContextSurvives()).toBe(false);
    releaseAbortReasonFrames();
    const reason = new Error("stop");
    const controller = new AbortController();
    controller.abort(reason);
    expect(controller.signal.reason).toBe(reason);
  });
});
