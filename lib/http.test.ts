import { describe, expect, it } from "vitest";
import { streamed } from "./http";

describe("streamed response bodies", () => {
  it("produce a chunk only when the reader takes one, and stop producing when the reader goes away", async () => {
    let produced = 0;
    let stopped = false;
    async function* chunks() {
      try {
        for (;;) {
          produced += 1;
          yield `chunk ${produced}\n`;
        }
      } finally {
        stopped = true;
      }
    }
    const reader = streamed(chunks()).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("chunk 1\n");
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The stream holds at most one chunk ahead of its reader, however fast the producer.
    expect(produced).toBeLessThanOrEqual(2);
    await reader.cancel();
    expect(stopped).toBe(true);
  });
});
