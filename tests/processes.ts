// Running a script in its own Node process (tsx), for tests about processes: crashes, restarts, command-line tools.
import { spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");

export function runScript(script: string, args: string[], env: Record<string, string | undefined>) {
  const proc = spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: ROOT, env: { ...process.env, ...env, SMTP_URL: "" } });
  let out = "";
  proc.stdout.on("data", (d) => (out += String(d)));
  proc.stderr.on("data", (d) => (out += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on("exit", (code, signal) => resolve({ code, signal })));
  return { proc, output: () => out, exited };
}

/** Runs to the end; fails with the output when the exit code is not 0. */
export async function runScriptToEnd(script: string, args: string[], env: Record<string, string | undefined>): Promise<string> {
  const run = runScript(script, args, env);
  const { code } = await run.exited;
  if (code !== 0) throw new Error(`${script} ${args.join(" ")} exited with ${code}:\n${run.output()}`);
  return run.output();
}
