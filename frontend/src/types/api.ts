// Generated from the backend's OpenAPI document by `npm run gen:api`. Do not edit.

export interface paths {
  "/api/v1/incidents": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List incidents, newest first */
    get: operations["listIncidents"];
    put?: never;
    /**
     * Report a fault
     * @description Any signed-in person may report. The reporter is taken from the token.
     */
    post: operations["reportIncident"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/incidents/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read one incident; its ETag is its version */
    get: operations["getIncident"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/incidents/{id}/timeline": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The incident's timeline, oldest first */
    get: operations["getIncidentTimeline"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who the caller is and which roles they hold */
    get: operations["getMe"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @enum {string} */
    BusinessLine: "PROCUREMENT" | "WAREHOUSE" | "LOGISTICS" | "SALES";
    /** @description Affected systems, business lines and regions; at least one must be named */
    ImpactScope: {
      affectedSystems?: string[];
      businessLines?: components["schemas"]["BusinessLine"][];
      regions?: string[];
    };
    Incident: {
      /** Format: int64 */
      id: number;
      /**
       * Format: int64
       * @description Version; the ETag of the incident
       */
      version: number;
      title: string;
      phenomenon: string;
      occurredAt: components["schemas"]["Instant"];
      scope: components["schemas"]["ImpactScope"];
      contact?: string;
      status: components["schemas"]["IncidentStatus"];
      reporter: components["schemas"]["Person"];
      reportedAt: components["schemas"]["Instant"];
      updatedAt: components["schemas"]["Instant"];
    };
    /** @enum {string} */
    IncidentStatus:
      "REPORTED" | "ASSESSING" | "RESPONDING" | "VERIFYING" | "RESOLVED" | "REVIEWED" | "CANCELLED";
    /**
     * Format: date-time
     * @example 2022-03-10T16:15:50Z
     */
    Instant: string;
    Me: {
      subject: string;
      username: string;
      displayName: string;
      roles: string[];
      /** @description Response groups of the plan the caller belongs to */
      groups: string[];
    };
    /**
     * Format: date-time
     * @example 2022-03-10T12:15:50-04:00
     */
    OffsetDateTime: string;
    PageResponseIncidentView: {
      items: components["schemas"]["Incident"][];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    Person: {
      subject: string;
      name: string;
    };
    /** @description A fault reported by a person */
    ReportIncident: {
      /** @description Short title */
      title: string;
      /** @description 故障现象: what is observed */
      phenomenon: string;
      /** @description 发生时间: when it started, ISO-8601 with offset; at most 5 minutes ahead */
      occurredAt: components["schemas"]["OffsetDateTime"];
      /** @description 影响范围: what is affected */
      scope: components["schemas"]["ImpactScope"];
      /** @description Optional contact (name, phone) */
      contact?: string;
    };
    TimelineEntry: {
      /** Format: int64 */
      id: number;
      kind: components["schemas"]["TimelineKind"];
      actor: components["schemas"]["Person"];
      message: string;
      occurredAt: components["schemas"]["Instant"];
    };
    /** @enum {string} */
    TimelineKind: "REPORTED" | "NOTE";
    FieldError: {
      field: string;
      message: string;
    };
    /** @description RFC 9457 problem details; detail and errors are safe to show */
    Problem: {
      type: string;
      title: string;
      status: number;
      detail?: string;
      instance?: string;
      errors?: components["schemas"]["FieldError"][];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listIncidents: {
    parameters: {
      query?: {
        page?: number;
        size?: number;
        /** @description reportedAt,desc (default), reportedAt,asc, occurredAt,desc or occurredAt,asc */
        sort?: string;
        /** @description Only these statuses (repeatable) */
        status?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PageResponseIncidentView"];
        };
      };
      /** @description Invalid input; errors[] names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not Authorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not Allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Unexpected failure; the detail carries an error id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  reportIncident: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ReportIncident"];
      };
    };
    responses: {
      /** @description Stored as REPORTED with its first timeline entry */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not Authorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not Allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Body over the size limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Unexpected failure; the detail carries an error id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getIncident: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": unknown;
        };
      };
      /** @description Not Authorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not Allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Unexpected failure; the detail carries an error id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getIncidentTimeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TimelineEntry"][];
        };
      };
      /** @description Not Authorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not Allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Unexpected failure; the detail carries an error id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Me"];
        };
      };
      /** @description Not Authorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not Allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Unexpected failure; the detail carries an error id */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
}
