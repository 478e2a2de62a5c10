import { createRoot } from "react-dom/client";
import "@/app/global.css";
import { App } from "@/app/App";
import { loadConfig } from "@/lib/config";
import { initI18n } from "@/lib/i18n";

const root = createRoot(document.getElementById("root")!);

async function start() {
  await initI18n();
  try {
    const config = await loadConfig();
    root.render(<App config={config} />);
  } catch (error) {
    root.render(
      <p role="alert" style={{ padding: 24 }}>
        {String(error instanceof Error ? error.message : error)}
      </p>,
    );
  }
}

void start();
