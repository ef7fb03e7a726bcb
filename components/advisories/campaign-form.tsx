"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createCampaignAction } from "@/lib/advisories/actions";
import { formKey, type FormState } from "@/lib/forms";

export interface CampaignCandidate {
  id: string;
  name: string;
  reasons: string[];
  direct: boolean;
  recipients: string[];
}

/** Step two of a campaign: which of the vendors the product concerns to ask, by when, and with what words. */
export function CampaignForm({
  product,
  candidates,
  defaults,
}: {
  product: { kevVendor: string; kevProduct: string; cveId: string };
  candidates: CampaignCandidate[];
  defaults: { title: string; dueDate: string; details: string };
}) {
  const [state, action] = useActionState(createCampaignAction, {} as FormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const chosen = v.vendorIds ? new Set([v.vendorIds].flat()) : new Set(candidates.filter((c) => c.direct).map((c) => c.id));
  return (
    <form action={action} className="space-y-4" key={formKey(state)}>
      <input type="hidden" name="kevVendor" value={product.kevVendor} />
      <input type="hidden" name="kevProduct" value={product.kevProduct} />
      <input type="hidden" name="cveId" value={product.cveId} />
      <FormMessage state={state} />
      <fieldset className="space-y-2" aria-describedby="vendorIds-help">
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Vendors to ask</legend>
        <p id="vendorIds-help" className="text-xs text-slate-600 dark:text-slate-400">
          Vendors that run the product or reach us through it are chosen; those that only depend on its maker are listed for you to decide.
        </p>
        {candidates.map((c) => (
          <label key={c.id} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="vendorIds" value={c.id} defaultChecked={chosen.has(c.id)} className="mt-0.5 h-4 w-4 accent-accent-700" />
            <span>
              <span className="font-medium">{c.name}</span> <span className="text-slate-600 dark:text-slate-400">— {c.reasons.join("; ")}</span>
              <span className="block text-xs text-slate-600 dark:text-slate-400">
                {c.recipients.length ? `Email to ${c.recipients.join(", ")}` : "No contact with an email address: you will record this vendor's answer yourself."}
              </span>
            </span>
          </label>
        ))}
        {e.vendorIds && <p className="text-xs font-medium text-red-700 dark:text-red-400">{e.vendorIds.join(" ")}</p>}
      </fieldset>
      <TextField name="title" label="Title" required maxLength={200} defaultValue={(v.title as string) ?? defaults.title} errors={e.title} />
      <TextField name="dueDate" label="Answer by" type="date" required defaultValue={(v.dueDate as string) ?? defaults.dueDate} errors={e.dueDate} />
      <TextAreaField
        name="details"
        label="What we want to know (optional)"
        rows={4}
        help="Sent with the three questions: affected? patched? compensating controls?"
        defaultValue={(v.details as string) ?? defaults.details}
        errors={e.details}
      />
      {e.cveId && <p className="text-xs font-medium text-red-700 dark:text-red-400">{e.cveId.join(" ")}</p>}
      <SubmitButton pendingText="Sending…">Send to the chosen vendors</SubmitButton>
    </form>
  );
}
