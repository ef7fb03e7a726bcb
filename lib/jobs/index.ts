// Background work that any app instance may run: each job is idempotent and safe to run concurrently (see the jobs
// themselves), so every instance runs the same schedule and the database decides who does the work.
import { sendAssessmentReminders } from "@/lib/assessments/reminders";
import { purgeSessions } from "@/lib/auth/session";
import { readEnv } from "@/lib/env";
import { logUnexpected } from "@/lib/log";
import { reopenExpiredAcceptances } from "@/lib/findings/findings";
import { snapshotRiskScores } from "@/lib/risk/dashboard";

export async function runScheduledJobs(now = new Date()) {
  const baseUrl = (readEnv().APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return {
    reminders: await sendAssessmentReminders(now, baseUrl),
    reopenedFindings: await reopenExpiredAcceptances(now),
    riskSnapshots: await snapshotRiskScores(now),
    purgedSessions: await purgeSessions(now),
  };
}

let timer: NodeJS.Timeout | undefined;

/** Starts the schedule in this process: first run after a minute (or one interval, if shorter), then every JOBS_INTERVAL_SECONDS (0 = off). */
export function startJobSchedule() {
  const seconds = readEnv().JOBS_INTERVAL_SECONDS;
  if (!seconds || timer) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runScheduledJobs();
    } catch (error) {
      logUnexpected(error, { job: "scheduled" });
    } finally {
      running = false;
    }
  };
  setTimeout(tick, Math.min(60, seconds) * 1000).unref();
  timer = setInterval(tick, seconds * 1000);
  timer.unref();
}
