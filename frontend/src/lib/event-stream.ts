import { useEffect, useRef, useState } from "react";
import { currentAccessToken } from "./api-client";

export interface LiveEvent {
  name: string;
  data: { incidentId: number; entryId: number; kind: string };
}

/** Splits a text/event-stream into events; returns what is left of an unfinished event. */
export function parseEvents(buffer: string, emit: (event: LiveEvent) => void): string {
  const blocks = buffer.split(/\r?\n\r?\n/);
  const rest = blocks.pop() ?? "";
  for (const block of blocks) {
    let name = "message";
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith("event:")) name = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).trim());
    }
    if (data.length === 0 || !name.startsWith("incident.")) continue;
    try {
      emit({ name, data: JSON.parse(data.join("\n")) });
    } catch {
      // not an event of ours
    }
  }
  return rest;
}

/**
 * Follows a live stream of the API (fetch, so the access token goes in a header), reconnecting
 * after a failure. Calls onEvent for every incident event and onReconnect after a reconnect, when
 * events may have been missed.
 */
export function useLiveEvents(
  path: string,
  onEvent: (event: LiveEvent) => void,
  onReconnect: () => void,
): boolean {
  const [connected, setConnected] = useState(false);
  const handlers = useRef({ onEvent, onReconnect });
  useEffect(() => {
    handlers.current = { onEvent, onReconnect };
  });
  useEffect(() => {
    const controller = new AbortController();
    let attempt = 0;
    const run = async () => {
      while (!controller.signal.aborted) {
        try {
          const token = currentAccessToken();
          const response = await fetch(`/api/v1${path}`, {
            headers: {
              Accept: "text/event-stream",
              ...(token ? { Authorization: `Bearer ${token}` } : {}),
            },
            signal: controller.signal,
          });
          if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
          if (attempt > 0) handlers.current.onReconnect();
          attempt = 0;
          setConnected(true);
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = "";
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer = parseEvents(buffer + value, (event) => handlers.current.onEvent(event));
          }
        } catch {
          if (controller.signal.aborted) return;
        }
        setConnected(false);
        attempt += 1;
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * attempt, 10_000)));
      }
    };
    void run();
    return () => controller.abort();
  }, [path]);
  return connected;
}
