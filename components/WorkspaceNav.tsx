"use client";

import { usePathname } from "next/navigation";

// In the order an analyst works: the contested record, the texts, the team's review, the output.
const sections = [
  { path: "", label: "Disputes" },
  { path: "/claims", label: "Claims" },
  { path: "/incidents", label: "Incidents" },
  { path: "/timeline", label: "Timeline" },
  { path: "/sources", label: "Sources" },
  { path: "/search", label: "Search" },
  { path: "/lookup", label: "Lookup" },
  { path: "/sessions", label: "Sessions" },
  { path: "/memos", label: "Memos" },
  { path: "/members", label: "Members" },
  { path: "/backup", label: "Backup" },
  { path: "/account", label: "Account" },
];

export function WorkspaceNav({ slug }: { slug: string }) {
  const pathname = usePathname();
  const base = `/w/${slug}`;
  const current = (path: string) =>
    path === "" ? pathname === base || pathname.startsWith(`${base}/disputes`) : pathname.startsWith(`${base}${path}`);
  return (
    <nav aria-label="Workspace">
      {sections.map((s) => (
        <a key={s.label} href={`${base}${s.path}`} aria-current={current(s.path) ? "page" : undefined}>
          {s.label}
        </a>
      ))}
    </nav>
  );
}
