import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Counterclaim", template: "%s · Counterclaim" },
  description: "Claim-versus-counterclaim verification workbench",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
