/** Runtime configuration, served as /config.json so one build serves every environment. */
export interface AppConfig {
  oidcAuthority: string;
  oidcClientId: string;
}

export function parseConfig(value: unknown): AppConfig {
  const config = value as Partial<AppConfig> | null;
  if (!config || typeof config !== "object") {
    throw new Error("config.json is not a JSON object");
  }
  for (const key of ["oidcAuthority", "oidcClientId"] as const) {
    if (typeof config[key] !== "string" || config[key].length === 0) {
      throw new Error(`config.json: "${key}" must be a non-empty string`);
    }
  }
  return config as AppConfig;
}

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch("/config.json", { cache: "no-store" });
  if (!response.ok) {
    throw new Error(`config.json could not be loaded (HTTP ${response.status})`);
  }
  return parseConfig(await response.json());
}
