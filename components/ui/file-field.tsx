"use client";
import { useState, type ComponentProps } from "react";
import type { UploadLimit } from "@/lib/uploads";
import { TextField, type FieldProps } from "./field";

/**
 * A file input that refuses a file over its limit as soon as it is chosen: the browser will not submit the form, and
 * the reason shows next to the field. Without it, a file over the server's body limit ends on the error page.
 */
export function FileField({ limit, help, errors, onChange, ...props }: FieldProps & Omit<ComponentProps<"input">, "type"> & { limit: UploadLimit }) {
  const [tooLarge, setTooLarge] = useState(false);
  return (
    <TextField
      {...props}
      type="file"
      help={
        <>
          {help} At most {Math.round(limit.maxBytes / 1024 / 1024)} MB.
        </>
      }
      errors={tooLarge ? [limit.tooLarge] : errors}
      onChange={(event) => {
        const input = event.currentTarget;
        const large = Array.from(input.files ?? []).some((file) => file.size > limit.maxBytes);
        input.setCustomValidity(large ? limit.tooLarge : "");
        setTooLarge(large);
        if (large) input.reportValidity();
        onChange?.(event);
      }}
    />
  );
}
