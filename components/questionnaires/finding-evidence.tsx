"use client";
import { useState } from "react";
import { EvidenceField, type EvidenceFile } from "./assessment-form";

export function FindingEvidence({ findingId, initialFiles, editable }: { findingId: string; initialFiles: EvidenceFile[]; editable: boolean }) {
  const [files, setFiles] = useState(initialFiles);
  return <EvidenceField target={{ findingId }} files={files} onFiles={setFiles} editable={editable} required={false} label="Evidence of the fix" />;
}
