/**
 * A spinner with an optional label, in plain markup: shown before sign-in, while a page's code
 * loads and on the phone pages, where antd is not loaded at all.
 */
export function Loading({ label }: { label?: string }) {
  return (
    <div className="kl-loading" role="status" aria-busy="true">
      {label}
    </div>
  );
}
