export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareDatabase } = await import("./lib/db/startup");
    await prepareDatabase();
    const { startJobSchedule } = await import("./lib/jobs");
    startJobSchedule();
  }
}
