// Objects Office.js creates by name (ObjectPathType 2, "new object") to talk to the host rather than
// to the workbook: the add-in-commands service it notifies at start-up
// (AddinInternalService.notifyActionHandlerReady, sent by every Excel-on-the-web task pane) and the
// custom-functions service the runtime reports to (ready, enabled features, invocation results).

import { does, object, type ExcelObject, type TypeDef } from "../fake-excel/types";

/** One result the custom-functions runtime reported: [invocationId, succeeded, value, errorCode?, outboundData?]. */
export type InvocationResult = readonly unknown[];

/** What the host has heard from the add-in's runtime. */
export type HostServiceLog = {
  actionHandlerReady: boolean;
  customFunctionsReady: boolean;
  /** Every SetInvocationArrayResults entry, in arrival order. */
  invocationResults: InvocationResult[];
};

export function newHostServiceLog(): HostServiceLog {
  return { actionHandlerReady: false, customFunctionsReady: false, invocationResults: [] };
}

export type HostServices = {
  readonly types: ReadonlyMap<string, TypeDef<unknown>>;
  /** The object a new-object path of this name stands for. */
  create(name: string): ExcelObject | undefined;
  readonly log: HostServiceLog;
  /** Called after every request the services answered (tests wait on start-up and results). */
  onChange: (() => void) | null;
};

export function hostServices(): HostServices {
  const log = newHostServiceLog();
  const services: HostServices = {
    log,
    onChange: null,
    types: new Map<string, TypeDef<unknown>>([
      [
        "AddinInternalService",
        {
          name: "AddinInternalService",
          scalars: {},
          methods: {
            notifyActionHandlerReady: does(() => {
              log.actionHandlerReady = true;
            }),
          },
        },
      ],
      [
        "CustomFunctions",
        {
          name: "CustomFunctions",
          scalars: {},
          methods: {
            _SetOsfControlContainerReadyForCustomFunctions: does(() => {
              log.customFunctionsReady = true;
            }),
            _GetEnabledFeatures: does(() => []),
            setInvocationArrayResults: does((_t, [results]) => {
              if (Array.isArray(results)) {
                for (const result of results) if (Array.isArray(result)) log.invocationResults.push(result);
              }
            }),
          },
        },
      ],
    ]),
    create(name) {
      if (name === "Microsoft.InternalService.AddinInternalService")
        return object("AddinInternalService", log);
      if (name === "Microsoft.ExcelServices.CustomFunctions") return object("CustomFunctions", log);
      return undefined;
    },
  };
  return services;
}
