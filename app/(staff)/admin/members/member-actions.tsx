"use client";
import { startTransition, useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { InlineSelect } from "@/components/ui/field";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { VendorPicker, type VendorChoice } from "@/components/vendors/vendor-picker";
import type { Role } from "@/lib/auth/roles";
import type { FormState } from "@/lib/forms";
import { changeRoleAction, removeMemberAction } from "@/lib/members/actions";
import { roleOptions } from "./role-options";
import { InlineResult } from "@/components/ui/alert";

export function MemberActions({
  membershipId,
  name,
  role,
  vendor,
}: {
  membershipId: string;
  name: string;
  role: Role;
  vendor: VendorChoice | null;
}) {
  const [roleState, changeRole, saving] = useActionState(changeRoleAction, {} as FormState);
  const [removeState, remove] = useActionState(removeMemberAction, {} as FormState);
  const [selected, setSelected] = useState<string>(role);
  // A vendor contact keeps its vendor unless the administrator asks to change it.
  const [changingVendor, setChangingVendor] = useState(role !== "VENDOR");
  const feedback = [roleState, removeState].find((s) => s.message);
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      {/* Submitted by hand, not through the form's action: React resets a form after its action, which put the role
          select back on the option it was first rendered with while the page showed the saved role. */}
      <form
        className="flex items-center gap-1.5"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          startTransition(() => changeRole(data));
        }}
      >
        <input type="hidden" name="membershipId" value={membershipId} />
        <label className="sr-only" htmlFor={`role-${membershipId}`}>
          Role of {name}
        </label>
        <InlineSelect id={`role-${membershipId}`} name="role" value={selected} onChange={(e) => setSelected(e.target.value)} options={roleOptions} />
        {selected === "VENDOR" && !changingVendor && (
          <button type="button" onClick={() => setChangingVendor(true)} className="text-xs text-accent-800 hover:underline dark:text-accent-300">
            Change vendor<span className="sr-only"> of {name}</span>
          </button>
        )}
        {selected === "VENDOR" && changingVendor && (
          <div className="w-56">
            <VendorPicker name="vendorId" id={`vendor-${membershipId}`} label={`Vendor of ${name}`} labelHidden initial={vendor} />
          </div>
        )}
        {(selected !== role || (role === "VENDOR" && changingVendor)) && (
          <Button type="submit" variant="secondary" disabled={saving} aria-disabled={saving}>
            {saving ? "Saving…" : "Save role"}
          </Button>
        )}
      </form>
      <form action={remove}>
        <input type="hidden" name="membershipId" value={membershipId} />
        <ConfirmButton
          title={`Remove ${name}?`}
          body={`${name} loses access to your organization at once; their open sessions end. Their past actions stay in the audit log.`}
          confirmLabel="Remove member"
        >
          Remove
        </ConfirmButton>
      </form>
      <InlineResult state={feedback} className="w-full text-right" />
    </div>
  );
}
