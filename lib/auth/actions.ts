"use server";
// Server actions of the sign-in, invitation and account pages.
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { auditActor, recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { failed, formObject, invalid, type FormState } from "@/lib/forms";
import { appBaseUrl, clientIp } from "@/lib/request";
import { requireActor } from "./guard";
import { codeBrowser, forgetCodeBrowser, RateLimitedAddress, RateLimitedSignIn, signIn, signOut } from "./index";
import { acceptStaffInvitation, describeInvitation } from "./invitation";
import { hashPassword, verifyPassword } from "./password";
import { changePasswordSchema, existingPasswordSchema, passwordSignInSchema, portalPathSchema, portalSignInSchema, setPasswordSchema, switchOrganizationSchema, tokenSchema } from "./schema";
import { endSession } from "./session";
import { organizationsForSignIn, requestSignInCode } from "./sign-in";
import { describeSignInLink } from "./tokens";

function safeNext(value: FormDataEntryValue | null): string | null {
  // Only same-site paths: never an open redirect.
  return typeof value === "string" && /^\/(?!\/)[\w\-/?=&.%]*$/.test(value) ? value : null;
}

export async function signInWithPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const input = passwordSignInSchema.safeParse(formObject(formData));
  if (!input.success) return invalid(input.error, formData);
  try {
    await signIn("password", { ...input.data, redirect: false });
  } catch (error) {
    const t = await getTranslations("signIn.errors");
    const code = error instanceof AuthError ? (error as { code?: string }).code : undefined;
    if (error instanceof RateLimitedSignIn || code === "rate_limited") return failed(t("accountLocked"), formData);
    if (error instanceof RateLimitedAddress || code === "rate_limited_address") return failed(t("addressLocked"), formData);
    // The password was right: the form now asks for the organization or the second factor (and keeps the password
    // in the browser). The organizations are listed only after the right password.
    const next = async (step: string, message: string, fieldErrors?: FormState["fieldErrors"]): Promise<FormState> => ({
      ...failed(message, formData, fieldErrors),
      // Asking for the next step is not a refusal; a wrong code is.
      ok: fieldErrors ? false : undefined,
      values: { email: input.data.email, step, organizationId: input.data.organizationId ?? "" },
      organizations: await organizationsForSignIn(input.data.email),
    });
    if (code === "choose_organization") return next("organization", t("chooseOrganization"));
    if (code === "second_factor") return next("code", t("secondFactor"));
    if (code === "invalid_code") return next("code", t("invalidCode"), { code: [t("invalidCodeField")] });
    if (error instanceof AuthError) return failed(t("mismatch"), formData);
    throw error;
  }
  redirect(safeNext(formData.get("next")) ?? "/");
}

/** Opens another organization the signed-in person belongs to, on its home page. */
export async function switchOrganizationAction(formData: FormData): Promise<void> {
  await requireActor();
  const input = switchOrganizationSchema.safeParse(formObject(formData));
  if (!input.success) redirect("/account");
  try {
    await signIn("switch-organization", { organizationId: input.data.organizationId, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) redirect("/account?switch=failed");
    throw error;
  }
  redirect("/");
}

/**
 * The supplier sign-in page: "send" emails a 6-digit code (again) for this browser; "verify" signs in with the code
 * typed and opens `next` (the page an expired link was for) or the portal's home.
 */
export async function portalSignInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const input = portalSignInSchema.safeParse(formObject(formData));
  if (!input.success) {
    const state = invalid(input.error, formData);
    // A malformed code keeps the code step; anything else goes back to the address.
    return formData.get("intent") === "verify" && !state.fieldErrors?.email ? { ...state, values: { ...state.values, step: "code" } } : state;
  }
  const { email, next } = input.data;
  const codeStep = (state: FormState): FormState => ({ ...state, values: { email, next: next ?? "", step: "code" } });
  if (input.data.intent === "send") {
    const sent = await requestSignInCode(email, await codeBrowser(), await clientIp(), await appBaseUrl());
    if (sent.result === "cooldown") return codeStep(failed(`A code was sent less than a minute ago. Wait ${sent.retryInSeconds} seconds before asking for another one.`, formData));
    if (sent.result === "rate_limited_address") return failed("Too many sign-in codes were requested from your network. Wait 15 minutes, then try again.", formData);
    if (sent.result === "rate_limited_email") return failed("Too many sign-in codes were requested for this address. Wait an hour, then try again.", formData);
    if (sent.result === "email_failed") return failed("The email could not be sent just now. Try again in a few minutes.", formData);
    return codeStep({ ok: true, message: `If ${email} belongs to an invited supplier contact, a 6-digit code is on its way. Type it here: it works in this browser, once, for 10 minutes.` });
  }
  try {
    await signIn("portal-code", { email, code: input.data.code, redirect: false });
  } catch (error) {
    const code = error instanceof AuthError ? (error as { code?: string }).code : undefined;
    if (code === "invalid_code") return codeStep(failed("That code is not right. Check the newest email and try again; a code allows 5 tries.", formData, { code: ["That code is not right"] }));
    if (error instanceof AuthError) return codeStep(failed("This code no longer works: it was used, is older than 10 minutes, was tried 5 times, or was asked for in another browser. Send a new code.", formData));
    throw error;
  }
  await forgetCodeBrowser();
  redirect(next ?? "/portal");
}

/** "Continue" on a supplier's link: uses it up, signs in, and opens the page it was sent for. */
export async function continueWithMagicLink(formData: FormData): Promise<void> {
  const input = tokenSchema.safeParse(formObject(formData));
  if (!input.success) redirect("/portal/verify?state=unknown");
  const link = await describeSignInLink(input.data.token);
  try {
    await signIn("magic-link", { token: input.data.token, redirect: false });
  } catch (error) {
    // The page of a link that no longer works keeps its address.
    if (error instanceof AuthError) redirect(`/portal/verify?token=${encodeURIComponent(input.data.token)}`);
    throw error;
  }
  redirect(portalPathSchema.parse(link.landingPath ?? undefined) ?? "/portal");
}

export async function acceptInvitation(_prev: FormState, formData: FormData): Promise<FormState> {
  const invitation = await describeInvitation(String(formData.get("token") ?? "").slice(0, 200));
  if (!invitation) return failed("This invitation link has expired or was already used. Ask your administrator for a new one.", formData);
  const input = (invitation.step === "choose_password" ? setPasswordSchema : existingPasswordSchema).safeParse(formObject(formData));
  if (!input.success) return invalid(input.error, formData);
  const result = await acceptStaffInvitation(input.data.token, input.data.password, await clientIp());
  if (result === "wrong_password") return failed("Please correct the fields marked below.", formData, { password: ["That is not the password of your Chainward account"] });
  if (result === "rate_limited") return failed("Too many failed attempts for this account. Wait 15 minutes, then try again.", formData);
  if (result === "first_invitation_pending") return failed("Accept your first invitation to Chainward first, then open this link again.", formData);
  if (result === "invalid_token") return failed("This invitation link has expired or was already used. Ask your administrator for a new one.", formData);
  redirect(`/sign-in?invited=${invitation.step === "choose_password" ? "1" : "joined"}`);
}

export async function changePassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const input = changePasswordSchema.safeParse(formObject(formData));
  if (!input.success) return invalid(input.error, formData);
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.data.current))) {
    return failed("Please correct the fields marked below.", formData, { current: ["That is not your current password"] });
  }
  const passwordHash = await hashPassword(input.data.password);
  await db().$transaction(async (tx) => {
    // A new password ends every other session too.
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.session.deleteMany({ where: { userId: actor.userId } });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "user.password_changed",
      entityType: "User",
      entityId: actor.userId,
    });
  });
  await signOut({ redirect: false });
  redirect("/sign-in?changed=1");
}

export async function signOutAction(): Promise<void> {
  const actor = await requireActor();
  await endSession(actor.sessionId);
  await signOut({ redirect: false });
  redirect(actor.role === "VENDOR" ? "/portal/sign-in" : "/sign-in");
}

/** Ends every session of the caller, on every device, from the next request on. */
export async function signOutEverywhere(): Promise<void> {
  const actor = await requireActor();
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
    await tx.session.deleteMany({ where: { userId: actor.userId } });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "auth.sign_out_everywhere",
      entityType: "User",
      entityId: actor.userId,
    });
  });
  await signOut({ redirect: false });
  redirect(actor.role === "VENDOR" ? "/portal/sign-in" : "/sign-in");
}
