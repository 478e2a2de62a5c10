import type { Messages } from "./zh-CN";

const en: Messages = {
  app: {
    name: "Kuailv Emergency Response",
    shortName: "Kuailv Emergency",
  },
  nav: {
    incidents: "Incidents",
    report: "Report a fault",
    menu: "Menu",
  },
  auth: {
    signingIn: "Taking you to the sign-in page…",
    signOut: "Sign out",
    signInAgain: "Sign in again",
    failed: "Sign-in did not complete: {{message}}",
  },
  language: {
    label: "Language",
    switchTo: "中文",
  },
  common: {
    loading: "Loading…",
    retry: "Retry",
    back: "Back",
    none: "None",
  },
  incident: {
    fields: {
      id: "No.",
      title: "Title",
      phenomenon: "What is happening",
      occurredAt: "Started at",
      scope: "Scope of impact",
      affectedSystems: "Affected systems",
      businessLines: "Affected business lines",
      regions: "Affected regions",
      contact: "Contact",
      status: "Status",
      reporter: "Reported by",
      reportedAt: "Reported at",
    },
    status: {
      REPORTED: "Reported",
      ASSESSING: "Assessing",
      RESPONDING: "Responding",
      VERIFYING: "Verifying",
      RESOLVED: "Resolved",
      REVIEWED: "Reviewed",
      CANCELLED: "Cancelled",
    },
    businessLine: {
      PROCUREMENT: "Procurement",
      WAREHOUSE: "Warehouse",
      LOGISTICS: "Logistics",
      SALES: "Sales / CS",
    },
    timelineKind: {
      REPORTED: "reported the fault",
      NOTE: "added a note",
    },
    list: {
      title: "Incidents",
      filterStatus: "Filter by status",
      allStatuses: "All statuses",
      empty: "No incidents yet",
      total: "{{count}} in total",
    },
    detail: {
      timeline: "Timeline",
      notFound: "This incident does not exist; the number may be wrong.",
    },
    report: {
      title: "Report a fault",
      intro:
        "Say what you see, when it started and what it affects. The command center is told at once.",
      submit: "Submit report",
      submitting: "Submitting…",
      success: "Reported as No. {{id}}",
      titlePlaceholder: "e.g. Orders cannot be submitted",
      phenomenonPlaceholder: "Error messages, which actions fail, how many orders or trucks…",
      systemsPlaceholder: "Type a system and press Enter, e.g. OMS",
      regionsPlaceholder: "Type a region and press Enter, e.g. Beijing",
      contactPlaceholder: "Name and phone (optional)",
      scopeHint: "Name at least one: affected system, business line or region.",
      scopeRequired: "Name at least one part of the scope",
      required: "Please fill in {{field}}",
      tooLong: "{{field}} can be at most {{max}} characters",
      future: "The start time cannot be more than 5 minutes from now",
    },
  },
  errors: {
    validation: "Some fields need attention; check the marked fields and submit again.",
    unauthorized: "Your session has expired; please sign in again.",
    forbidden: "Your role does not allow this; ask the command center if you need it.",
    notFound: "What you are looking for does not exist.",
    conflict: "Someone else changed this; reload and try again.",
    tooLarge: "That is too much data; shorten it and submit again.",
    tooMany: "Too many requests; wait a moment and try again.",
    server:
      "The service hit an error; try again, and if it keeps happening give the technical team the error id. {{detail}}",
    network: "Cannot reach the server; check the network and try again.",
    unknown: "Something unexpected happened; please try again.",
  },
};

export default en;
