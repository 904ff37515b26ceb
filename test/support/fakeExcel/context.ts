/**
 * The request machinery of the in-memory Excel: proxies queue requests, context.sync() sends
 * them as one batch (refused whole when its payload passes the limit), runs them in order
 * until one fails, and hands loaded properties back. Properties read before a load and a sync
 * throw, as in Office.js.
 */
import { excelError, FakeErrorCode, FakeOfficeError, notLoaded } from "./errors";
import type { BookState } from "./state";

/** One queued request: what it changes or reads, and the bytes it adds to the payload. */
interface Request {
  readonly location: string;
  readonly bytes: number;
  readonly run: () => void;
}

/** Bytes of a value as UTF-8 JSON: the measure of a request's payload. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** True when version "a.b" is at least "c.d", compared part by part as numbers. */
export function versionAtLeast(version: string, minimum: string): boolean {
  const have = version.split(".").map(Number);
  const need = minimum.split(".").map(Number);
  for (let i = 0; i < Math.max(have.length, need.length); i++) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** True when the host supports the requirement set `name` at `minimum` or later. */
export function supports(book: BookState, name: string, minimum = "1.1"): boolean {
  const key = Object.keys(book.requirementSets).find((k) => k.toLowerCase() === name.toLowerCase());
  return key !== undefined && versionAtLeast(book.requirementSets[key], minimum);
}

/** Hooks a test sets to play a co-author: runs before a sync's requests reach the document. */
export type SyncHook = (syncNumber: number, book: BookState) => void;

/** The request context of one Excel.run batch. */
export class FakeContextCore {
  private queue: Request[] = [];
  private responseBytes = 0;
  private traced: string[] = [];

  constructor(
    readonly book: BookState,
    private readonly beforeSync: SyncHook[],
  ) {}

  /** Queues a request to run at the next sync. */
  enqueue(location: string, bytes: number, run: () => void): void {
    this.queue.push({ location, bytes, run });
  }

  /**
   * Queues the check that the host has `api`, new in ExcelApi `version`: on an older host the
   * sync fails there with ApiNotFound, as Excel fails a request it does not know.
   */
  requires(version: string, api: string): void {
    this.enqueue(api, 0, () => {
      if (supports(this.book, "ExcelApi", version)) return;
      throw excelError(FakeErrorCode.apiNotFound,
        `${api} is part of ExcelApi ${version}, which this Excel does not support.`, api);
    });
  }

  /** Queues a trace message: a failed sync reports those that ran before its error. */
  trace(message: string): void {
    this.enqueue("RequestContext.trace", jsonBytes(message), () => this.traced.push(message));
  }

  /** Counts bytes a load brings back, for the response limit. */
  addResponse(bytes: number): void {
    this.responseBytes += bytes;
  }

  /** True when requests wait for a sync. */
  get pending(): boolean {
    return this.queue.length > 0;
  }

  /**
   * Sends the queued requests as one batch.
   * @throws FakeOfficeError RequestPayloadSizeLimitExceeded when the batch is over the limit
   * (nothing runs), or the error of the first request that fails (the ones before it ran).
   */
  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    this.traced = [];
    const stats = this.book.stats;
    const number = ++stats.syncs;
    const bytes = batch.reduce((sum, r) => sum + r.bytes, 0);
    stats.requestBytes.push(bytes);
    await Promise.resolve();
    for (const hook of this.beforeSync) hook(number, this.book);
    if (bytes > this.book.requestLimitBytes) {
      stats.responseBytes.push(0);
      throw excelError(
        FakeErrorCode.requestPayloadSizeLimitExceeded,
        `The request payload (${bytes} bytes) is over the limit of ${this.book.requestLimitBytes}.`,
        "RequestContext.sync",
      );
    }
    try {
      for (const request of batch) request.run();
    } catch (err) {
      const failed = err instanceof FakeOfficeError
        ? err
        : excelError(FakeErrorCode.generalException, String(err), "RequestContext.sync");
      failed.traceMessages = this.book.reportTraces ? this.traced : [];
      throw failed;
    } finally {
      stats.responseBytes.push(this.responseBytes);
    }
    if (this.responseBytes > this.book.responseLimitBytes) {
      throw excelError(
        FakeErrorCode.responsePayloadSizeLimitExceeded,
        `The response (${this.responseBytes} bytes) is over the limit.`,
        "RequestContext.sync",
      );
    }
  }
}

/** Splits "a, b" or ["a", "b"] or { select: "a,b" } into property paths. */
export function propertyList(props: unknown): string[] {
  if (props === undefined || props === null) return [];
  if (Array.isArray(props)) return props.flatMap((p) => propertyList(p));
  if (typeof props === "object") return propertyList((props as { select?: unknown }).select);
  return String(props).split(",").map((p) => p.trim()).filter(Boolean);
}

/**
 * A proxy for one object of the document. Its target is found when its first request runs
 * (so a missing object fails at sync, in order), and kept for later requests and syncs.
 */
export abstract class FakeObject<T> {
  private target: T | null | undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly core: FakeContextCore,
    private readonly find: () => T | null,
    /** The class name Excel uses in error locations ("Worksheet"). */
    protected readonly kind: string,
    private readonly nullable = false,
  ) {}

  /** The object as the document holds it; a null object resolves to null. */
  resolveTarget(): T | null {
    if (this.target === undefined || (this.target !== null && this.isGone(this.target))) {
      this.target = this.find();
      this.nullState = this.target === null;
      if (this.target === null && !this.nullable) {
        throw excelError(FakeErrorCode.itemNotFound, `The ${this.kind} does not exist.`, this.kind);
      }
    }
    return this.target;
  }

  /** The object, for a request that changes it. @throws ItemNotFound for a null object. */
  protected need(location: string): T {
    const t = this.resolveTarget();
    if (t === null) {
      throw excelError(
        FakeErrorCode.itemNotFound,
        `The ${this.kind} does not exist (a null object cannot be changed).`,
        location,
      );
    }
    return t;
  }

  /** Whether what a plain method reaches from this proxy may be a null object. */
  protected get nullableProxy(): boolean {
    return this.nullable && this.core.book.nullChildren === "null";
  }

  /** True when the document object was deleted since it was found. */
  protected isGone(_target: T): boolean {
    return false;
  }

  /** Queues the lookup of this object so a missing one fails at this point of the batch. */
  protected lookup(): this {
    this.core.enqueue(`${this.kind}.lookup`, 0, () => void this.resolveTarget());
    return this;
  }

  /** Queues a change to the object. */
  protected change(property: string, value: unknown, apply: (target: T) => void): void {
    const location = `${this.kind}.${property}`;
    this.core.enqueue(location, jsonBytes(value) + property.length, () => {
      if (value === null || value === undefined) {
        const message = `${location} cannot be set to null.`;
        throw excelError(FakeErrorCode.invalidArgument, message, location);
      }
      apply(this.need(location));
    });
  }

  /** Queues a method call on the object. */
  protected call(method: string, args: unknown[], apply: (target: T) => void): void {
    const location = `${this.kind}.${method}`;
    this.core.enqueue(location, jsonBytes(args) + method.length, () => apply(this.need(location)));
  }

  /** A loaded property. @throws PropertyNotLoaded when it was not loaded and synced. */
  protected loadedValue<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(this.kind, property);
    return this.loaded.get(property) as V;
  }

  /** Reads a property from the document, for load(). */
  protected abstract read(target: T, property: string): unknown;

  /** Queues loading of properties; they can be read after the next sync. */
  load(props?: unknown): this {
    const names = propertyList(props);
    this.core.enqueue(`${this.kind}.load`, 0, () => {
      const target = this.resolveTarget();
      for (const name of names) {
        const value = target === null ? null : this.read(target, name);
        this.core.addResponse(jsonBytes(value));
        this.loaded.set(name, value);
      }
    });
    return this;
  }

  /** True for a null object from a *OrNullObject call. @throws PropertyNotLoaded before a sync. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded(this.kind, "isNullObject");
    return this.nullState;
  }

  /** Lets a proxy track its object across syncs (nothing to do in memory). */
  track(): this {
    return this;
  }

  /** Lets a proxy stop tracking its object (nothing to do in memory). */
  untrack(): this {
    return this;
  }
}
