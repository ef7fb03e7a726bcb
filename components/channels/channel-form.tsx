"use client";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { CheckboxField, Fieldset, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TierBadge } from "@/components/vendors/tier-badge";
import { optionsOf } from "@/components/vendors/labels";
import { formKey, type FormState } from "@/lib/forms";
import type { Tier } from "@/lib/domain-types";
import { channelKindLabels, directionLabels, privilegeLabels } from "./labels";
import { countOf } from "@/lib/format";

export type ChannelFormValues = Record<string, string | string[]>;

export function ChannelForm({
  action,
  initial,
  systems,
  submitLabel,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  initial: ChannelFormValues;
  systems: { id: string; name: string; criticality: Tier }[];
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, {} as FormState);
  const v: ChannelFormValues = state.values ? { ...initial, ...state.values, ...booleansFrom(state.values) } : initial;
  const e = state.fieldErrors ?? {};
  const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : "");
  const on = (k: string) => v[k] === "on";
  const chosen = new Set(state.values ? [] : ((initial.systemIds as string[] | undefined) ?? []));
  // A large register needs finding a system by name; systems filtered out stay in the form, ticked or not.
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  const shown = (s: { name: string }) => !needle || s.name.toLowerCase().includes(needle);
  const shownCount = systems.filter(shown).length;
  return (
    <form action={formAction} className="space-y-5" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      {["id", "version", "vendorId"].map((k) => (str(k) ? <input key={k} type="hidden" name={k} value={str(k)} /> : null))}
      <Fieldset legend="The channel">
        <TextField name="name" label="Name" help="How your team calls it, e.g. “BrightPath RMM agent”." defaultValue={str("name")} errors={e.name} />
        <SelectField name="kind" label="Kind" options={optionsOf(channelKindLabels, "Choose…")} defaultValue={str("kind")} errors={e.kind} />
        <TextField name="tool" label="Tool or product" placeholder="e.g. Kaseya VSA" defaultValue={str("tool")} errors={e.tool} />
        <TextField name="toolVersion" label="Tool version" placeholder="e.g. 9.5.6" defaultValue={str("toolVersion")} errors={e.toolVersion} />
        <SelectField name="direction" label="Direction" options={optionsOf(directionLabels, "Choose…")} defaultValue={str("direction")} errors={e.direction} />
        <SelectField
          name="privilege"
          label="Highest privilege"
          help="Code execution: the vendor can run commands or install software on our systems."
          options={optionsOf(privilegeLabels, "Choose…")}
          defaultValue={str("privilege")}
          errors={e.privilege}
        />
      </Fieldset>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <legend className="px-1 text-sm font-semibold">Systems reached</legend>
        {systems.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No internal systems are registered yet. Add them under Systems, then link them here.</p>
        ) : (
          <>
            <div className="mb-3 flex flex-wrap items-end gap-3">
              <div>
                <label htmlFor="system-filter" className="block text-xs font-medium text-slate-700 dark:text-slate-300">
                  Find a system
                </label>
                <input
                  id="system-filter"
                  type="search"
                  value={filter}
                  onChange={(event) => setFilter(event.target.value)}
                  onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}
                  placeholder="Name contains…"
                  className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
                />
              </div>
              <p className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
                {needle ? `${shownCount} of ${countOf(systems.length, "system")} shown; ticked systems stay ticked when hidden.` : `${countOf(systems.length, "system")}.`}
              </p>
            </div>
            <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
              {systems.map((s) => (
                <li key={s.id} className={shown(s) ? "flex items-center gap-2" : "hidden"}>
                  <input
                    type="checkbox"
                    id={`system-${s.id}`}
                    name="systemIds"
                    value={s.id}
                    defaultChecked={chosen.has(s.id) || (Array.isArray(v.systemIds) ? v.systemIds.includes(s.id) : v.systemIds === s.id)}
                    className="h-4 w-4 accent-accent-700"
                  />
                  <label htmlFor={`system-${s.id}`} className="text-sm">
                    {s.name}
                  </label>
                  <TierBadge tier={s.criticality} />
                </li>
              ))}
            </ul>
          </>
        )}
        {e.systemIds && <p className="mt-2 text-xs font-medium text-red-700 dark:text-red-400">{e.systemIds.join(" ")}</p>}
      </fieldset>
      <Fieldset legend="Safeguards">
        <CheckboxField name="mfaEnforced" label="MFA enforced for the vendor's users" defaultChecked={on("mfaEnforced")} />
        <CheckboxField name="ipAllowListed" label="Restricted to an IP allow-list" defaultChecked={on("ipAllowListed")} />
        <CheckboxField name="alwaysOn" label="Always on" help="Unchecked: just-in-time, opened on request." defaultChecked={on("alwaysOn")} />
        <CheckboxField name="consoleInternetExposed" label="Vendor console exposed to the internet" defaultChecked={on("consoleInternetExposed")} />
        <CheckboxField name="monitored" label="Sessions monitored and logged" defaultChecked={on("monitored")} />
        <TextField name="lastReviewedAt" label="Last reviewed" type="date" defaultValue={str("lastReviewedAt")} errors={e.lastReviewedAt} />
      </Fieldset>
      <Fieldset legend="Emergency disconnect" description="Who can cut this channel, how fast, and when that was last tried.">
        <TextField name="killSwitchOwner" label="Who can cut it" defaultValue={str("killSwitchOwner")} errors={e.killSwitchOwner} />
        <TextField name="killSwitchTargetMinutes" label="Target time to cut (minutes)" type="number" min={0} defaultValue={str("killSwitchTargetMinutes")} errors={e.killSwitchTargetMinutes} />
        <TextField name="killSwitchTestedAt" label="Last tested" type="date" defaultValue={str("killSwitchTestedAt")} errors={e.killSwitchTestedAt} />
      </Fieldset>
      <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}

// Unchecked checkboxes are absent from a submission: after a refused save they must stay unchecked.
function booleansFrom(values: Record<string, string | string[]>) {
  const keys = ["mfaEnforced", "ipAllowListed", "alwaysOn", "consoleInternetExposed", "monitored"];
  return Object.fromEntries(keys.map((k) => [k, values[k] ?? ""]));
}
