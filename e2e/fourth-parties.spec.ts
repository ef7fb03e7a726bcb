import { demoUsers } from "../lib/demo/seed";
import { seriousA11yViolations, signedInPage, vendorTab } from "./helpers";
import { expect, test } from "./mail";

const manager = demoUsers.find((u) => u.role === "SECURITY_MANAGER")!;
const executive = demoUsers.find((u) => u.role === "EXECUTIVE")!;

test("a security manager records a vendor's sub-supplier, and the concentration view counts it", async ({ browser }) => {
  const page = await signedInPage(browser, manager.email, manager.password!);
  await page.goto("/vendors?q=FleetTrack");
  await page.getByRole("link", { name: "FleetTrack Telematics" }).click();
  await vendorTab(page, "Fourth parties").click();
  await page.getByRole("button", { name: "Add sub-supplier" }).click();
  await expect(page.getByText("Choose one of our vendors or type the sub-supplier's name")).toBeVisible();
  // Chosen by typing part of the name; the vendor itself is never suggested.
  const picker = page.getByRole("combobox", { name: "One of our vendors" });
  await picker.fill("t");
  await expect(page.getByRole("option").first()).toBeVisible();
  await expect(page.getByRole("option", { name: "FleetTrack Telematics" })).toHaveCount(0);
  await picker.fill("zzz-no-such-vendor");
  await expect(page.getByText("No vendor's name contains “zzz-no-such-vendor”.")).toBeVisible();
  await picker.fill("imbus");
  await page.getByRole("option", { name: "Nimbus Cloud" }).click();
  await expect(picker).toHaveValue("Nimbus Cloud");
  await page.getByLabel("Used for").fill("Telematics back end");
  await page.getByLabel("Handles our data").check();
  await page.getByRole("button", { name: "Add sub-supplier" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Telematics back end" })).toContainText("Our data");

  await page.goto("/fourth-parties");
  const nimbus = page.getByRole("region", { name: "Fourth parties" }).getByRole("row").filter({ hasText: "Nimbus Cloud" });
  await expect(nimbus).toContainText("FleetTrack Telematics");
  await expect(nimbus.getByRole("cell").nth(1)).toHaveText("4");
});

test("an executive sees which remote tool reaches the most critical systems", async ({ browser }) => {
  const page = await signedInPage(browser, executive.email, executive.password!);
  await page.goto("/fourth-parties");
  const kaseya = page.getByRole("region", { name: "Remote tools in our vendors' access channels" }).getByRole("row").filter({ hasText: "Kaseya VSA" });
  await expect(kaseya).toContainText("BrightPath IT Services");
  await expect(kaseya).toContainText("Domain controllers");
  // The portfolio blast radius puts the widest reach first, in words beside the drawing.
  const first = page.getByRole("region", { name: "If one of them were compromised" }).getByRole("listitem").first();
  await expect(first).toContainText("BrightPath IT Services");
  await expect(first).toContainText(/reach \d+ critical systems: .*Domain controllers/);
  expect(await seriousA11yViolations(page)).toEqual([]);
});
