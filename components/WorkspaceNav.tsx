"use client";

import { usePathname } from "next/navigation";

const sections = [
  { path: "", label: "Disputes" },
  { path: "/claims", label: "Claims" },
  { path: "/sources", label: "Sources" },
  { path: "/incidents", label: "Incidents" },
  { path: "/members", label: "Members" },
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
