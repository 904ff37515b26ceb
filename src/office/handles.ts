/** The proxies one write reuses across its syncs, all within one Excel.run. */

/** The sheets and tables the write looked up or created, by lower-case name. */
export interface Handles {
  readonly context: Excel.RequestContext;
  readonly sheets: Map<string, Excel.Worksheet>;
  readonly tables: Map<string, Excel.Table>;
}

/** The proxy of a sheet the write looked up or created. */
export function sheetOf(h: Handles, name: string): Excel.Worksheet {
  const ws = h.sheets.get(name.toLowerCase());
  if (!ws) throw new Error(`The sheet "${name}" was neither looked up nor created.`);
  return ws;
}
