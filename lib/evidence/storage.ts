// Where evidence file bytes live: a local directory (default) or an S3-compatible bucket (AWS S3, MinIO, …). Objects
// are addressed by random keys only; names and metadata belong in the database. Server-only code (node:crypto, fs).
import { createHash, createHmac, randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { readEnv, type Env } from "@/lib/env";

export interface EvidenceStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The stored bytes, or null when there is no object with this key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9_-]{16,100}$/;

/** Keys become file names and URL paths, so only this alphabet is accepted (no "../", no slashes). */
function checkKey(key: string): void {
  if (!KEY.test(key)) throw new Error("Invalid evidence storage key.");
}

/** A new random object key: 32 random bytes, base64url (43 characters). */
export function newStorageKey(): string {
  return randomBytes(32).toString("base64url");
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException)?.code === "ENOENT";

/** Files in `dir` (created with mode 0700), one per key, mode 0600. */
export function localEvidenceStore(dir: string): EvidenceStore {
  return {
    async put(key, bytes) {
      checkKey(key);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      // Write a temporary file (the dot keeps it outside the key alphabet) and rename it: readers never see half a file.
      const tmp = path.join(dir, `${key}.${randomBytes(6).toString("hex")}.tmp`);
      const file = await open(tmp, "wx", 0o600);
      try {
        await file.writeFile(bytes);
        await file.sync();
        await file.close();
        await rename(tmp, path.join(dir, key));
      } catch (e) {
        await file.close().catch(() => {});
        await rm(tmp, { force: true });
        throw e;
      }
    },
    async get(key) {
      checkKey(key);
      try {
        return new Uint8Array(await readFile(path.join(dir, key)));
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
    },
    async delete(key) {
      checkKey(key);
      await rm(path.join(dir, key), { force: true });
    },
  };
}

/** In this process's memory only: for DATA_DIR=memory:// (tests, demos), like the embedded database. */
export function memoryEvidenceStore(): EvidenceStore {
  const objects = new Map<string, Uint8Array>();
  return {
    async put(key, bytes) {
      checkKey(key);
      objects.set(key, new Uint8Array(bytes));
    },
    async get(key) {
      checkKey(key);
      const bytes = objects.get(key);
      return bytes ? new Uint8Array(bytes) : null;
    },
    async delete(key) {
      checkKey(key);
      objects.delete(key);
    },
  };
}

export interface AwsSignInput {
  method: string;
  url: string | URL;
  region: string;
  /** "s3" unless told otherwise. */
  service?: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Hex SHA-256 of the body (sent as x-amz-content-sha256). */
  payloadHash: string;
  /** Further headers to sign and send (e.g. range, content-type). */
  headers?: Record<string, string>;
  /** The signing time; now by default (tests pass a fixed one). */
  date?: Date;
}

// RFC 3986 unreserved characters stay; everything else is %XX (encodeURIComponent leaves !'()* alone).
const uriEncode = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();

/**
 * AWS Signature Version 4 (header form). Returns the headers to send: the given ones (names lower-cased) plus
 * x-amz-date, x-amz-content-sha256 and authorization. Host is signed from the URL but not returned: fetch sets it.
 */
export function signAwsRequest(input: AwsSignInput): Record<string, string> {
  const url = new URL(input.url);
  const service = input.service ?? "s3";
  const amzDate = (input.date ?? new Date()).toISOString().replace(/[-:]|\.\d{3}/g, ""); // 20130524T000000Z
  const day = amzDate.slice(0, 8);

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers ?? {})) headers[name.toLowerCase()] = value;
  delete headers.host;
  headers["x-amz-date"] = amzDate;
  headers["x-amz-content-sha256"] = input.payloadHash;

  const signed = Object.entries({ ...headers, host: url.host })
    .map(([name, value]) => [name, value.trim().replace(/\s+/g, " ")] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const signedHeaders = signed.map(([name]) => name).join(";");
  // S3 signs the path encoded once (other services encode it twice; evidence keys never need either).
  const canonicalUri = url.pathname
    .split("/")
    .map((segment) => uriEncode(decodeURIComponent(segment)))
    .join("/");
  const canonicalQuery = [...url.searchParams]
    .map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`)
    .sort()
    .join("&");
  const canonicalRequest = [
    input.method.toUpperCase(),
    canonicalUri,
    canonicalQuery,
    ...signed.map(([name, value]) => `${name}:${value}`),
    "",
    signedHeaders,
    input.payloadHash,
  ].join("\n");

  const scope = `${day}/${input.region}/${service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  let key = hmac(`AWS4${input.secretAccessKey}`, day);
  for (const part of [input.region, service, "aws4_request"]) key = hmac(key, part);
  const signature = createHmac("sha256", key).update(stringToSign).digest("hex");

  headers.authorization =
    `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope},` +
    `SignedHeaders=${signedHeaders},Signature=${signature}`;
  return headers;
}

export interface S3Config {
  /** e.g. https://s3.eu-west-1.amazonaws.com or http://minio:9000 */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `${endpoint}/${bucket}/${key}` (MinIO and most S3-compatible servers) instead of `${bucket}.${host}/${key}`. */
  forcePathStyle?: boolean;
}

const S3_TIMEOUT_MS = 120_000;

/** Objects in an S3-compatible bucket, signed with SigV4. Errors name the operation and HTTP status, never secrets. */
export function s3EvidenceStore(config: S3Config, fetchImpl: typeof fetch = fetch): EvidenceStore {
  const endpoint = new URL(config.endpoint);
  const basePath = endpoint.pathname.replace(/\/+$/, "");
  const objectUrl = (key: string) => {
    checkKey(key);
    return config.forcePathStyle
      ? `${endpoint.origin}${basePath}/${encodeURIComponent(config.bucket)}/${key}`
      : `${endpoint.protocol}//${config.bucket}.${endpoint.host}${basePath}/${key}`;
  };

  async function send(method: "PUT" | "GET" | "DELETE", key: string, body?: Uint8Array): Promise<Response> {
    const url = objectUrl(key);
    const headers = signAwsRequest({
      method,
      url,
      region: config.region,
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      payloadHash: sha256Hex(body ?? new Uint8Array()),
      headers: body ? { "content-type": "application/octet-stream" } : {},
    });
    // fetch's types take only ArrayBuffer-backed views; copy the rare SharedArrayBuffer-backed one.
    const payload = body && (body.buffer instanceof ArrayBuffer ? (body as Uint8Array<ArrayBuffer>) : new Uint8Array(body));
    return fetchImpl(url, { method, headers, body: payload, signal: AbortSignal.timeout(S3_TIMEOUT_MS) });
  }

  const failed = async (method: string, response: Response) => {
    await response.body?.cancel().catch(() => {}); // the error body may echo request details: do not include it
    return new Error(`Evidence storage ${method} failed with HTTP ${response.status}.`);
  };

  return {
    async put(key, bytes) {
      const response = await send("PUT", key, bytes);
      if (!response.ok) throw await failed("PUT", response);
      await response.body?.cancel().catch(() => {});
    },
    async get(key) {
      const response = await send("GET", key);
      if (response.status === 404) {
        await response.body?.cancel().catch(() => {});
        return null;
      }
      if (!response.ok) throw await failed("GET", response);
      return new Uint8Array(await response.arrayBuffer());
    },
    async delete(key) {
      const response = await send("DELETE", key);
      if (!response.ok && response.status !== 404) throw await failed("DELETE", response);
      await response.body?.cancel().catch(() => {});
    },
  };
}

const stores = new Map<string, EvidenceStore>();

/**
 * The configured store, one instance per configuration: S3 when EVIDENCE_S3_BUCKET is set, otherwise files in
 * EVIDENCE_DIR (default DATA_DIR/evidence), or memory when DATA_DIR is memory:// (like the embedded database).
 */
export function evidenceStore(env: Env = readEnv()): EvidenceStore {
  let config: { type: "s3"; s3: S3Config } | { type: "local"; dir: string } | { type: "memory" };
  if (env.EVIDENCE_S3_BUCKET) {
    config = {
      type: "s3",
      s3: {
        endpoint: env.EVIDENCE_S3_ENDPOINT ?? `https://s3.${env.EVIDENCE_S3_REGION}.amazonaws.com`,
        region: env.EVIDENCE_S3_REGION,
        bucket: env.EVIDENCE_S3_BUCKET,
        accessKeyId: env.EVIDENCE_S3_ACCESS_KEY_ID!,
        secretAccessKey: env.EVIDENCE_S3_SECRET_ACCESS_KEY!,
        forcePathStyle: env.EVIDENCE_S3_FORCE_PATH_STYLE,
      },
    };
  } else if (!env.EVIDENCE_DIR && env.DATA_DIR.startsWith("memory://")) {
    config = { type: "memory" };
  } else {
    config = { type: "local", dir: path.resolve(/*turbopackIgnore: true*/ env.EVIDENCE_DIR ?? path.join(env.DATA_DIR, "evidence")) };
  }
  const cacheKey = JSON.stringify(config);
  let store = stores.get(cacheKey);
  if (!store) {
    store = config.type === "s3" ? s3EvidenceStore(config.s3) : config.type === "local" ? localEvidenceStore(config.dir) : memoryEvidenceStore();
    stores.set(cacheKey, store);
  }
  return store;
}

/** The upload size limit in bytes (EVIDENCE_MAX_MB, 25 MB by default). */
export const evidenceMaxBytes = (env: Env = readEnv()) => env.EVIDENCE_MAX_MB * 1024 * 1024;
