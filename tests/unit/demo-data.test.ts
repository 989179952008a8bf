import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isValidScaleValue } from "../../lib/ratings/scales";
import { demoWorkspace as ws, type DemoClaim, type DemoIncident } from "../../prisma/demo/workspace";

const texts = new Map(
  ws.sources.map((source) => [
    source.key,
    readFileSync(new URL(`../../prisma/demo/texts/${source.file}`, import.meta.url), "utf8"),
  ]),
);

function occurrencesOf(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

function keysOf(items: { key: string }[]): Set<string> {
  return new Set(items.map((item) => item.key));
}

function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const sourceKeys = keysOf(ws.sources);
const actorKeys = keysOf(ws.actors);
const excerptKeys = keysOf(ws.excerpts);
const claimKeys = keysOf(ws.claims);
const incidentKeys = keysOf(ws.incidents);
const disputeKeys = keysOf(ws.disputes);

describe("demo workspace data", () => {
  it("has enough of each kind of record", () => {
    expect(ws.sources.length).toBeGreaterThanOrEqual(5);
    expect(ws.claims.length).toBeGreaterThanOrEqual(12);
    expect(ws.disputes.length).toBeGreaterThanOrEqual(4);
    expect(ws.incidents.length).toBeGreaterThanOrEqual(10);
    expect(ws.evidence.length).toBeGreaterThanOrEqual(15);
  });

  it("uses unique keys within each collection", () => {
    for (const items of [ws.sources, ws.actors, ws.excerpts, ws.claims, ws.incidents, ws.disputes]) {
      expect(keysOf(items).size).toBe(items.length);
    }
    expect(new Set(ws.actors.map((actor) => actor.name)).size).toBe(ws.actors.length);
    expect(new Set(ws.tags.map((tag) => tag.name)).size).toBe(ws.tags.length);
  });

  it("keeps each source text available and non-empty", () => {
    for (const source of ws.sources) {
      expect(texts.get(source.key)?.length, source.file).toBeGreaterThan(0);
    }
  });

  it("finds every excerpt verbatim in its source", () => {
    for (const excerpt of ws.excerpts) {
      const text = texts.get(excerpt.source);
      expect(text, `${excerpt.key}: unknown source ${excerpt.source}`).toBeDefined();
      expect(excerpt.exact.length, excerpt.key).toBeGreaterThan(0);
      const found = occurrencesOf(text!, excerpt.exact);
      if (excerpt.occurrence === undefined) {
        expect(found.length, `${excerpt.key} must occur exactly once`).toBe(1);
      } else {
        expect(found.length, `${excerpt.key} occurrence ${excerpt.occurrence}`).toBeGreaterThan(excerpt.occurrence);
      }
    }
  });

  it("resolves every reference", () => {
    const expectIn = (set: Set<string>, key: string | undefined, where: string) => {
      if (key !== undefined) expect(set.has(key), `${where} -> ${key}`).toBe(true);
    };
    for (const affiliation of ws.affiliations) {
      expectIn(actorKeys, affiliation.person, "affiliation.person");
      expectIn(actorKeys, affiliation.organisation, "affiliation.organisation");
    }
    for (const claim of ws.claims) {
      expectIn(actorKeys, claim.claimant, `${claim.key}.claimant`);
      expectIn(actorKeys, claim.onBehalfOf, `${claim.key}.onBehalfOf`);
      expect(claim.appearances.length, `${claim.key} needs an appearance`).toBeGreaterThan(0);
      for (const key of claim.appearances) expectIn(excerptKeys, key, `${claim.key}.appearances`);
      for (const tag of claim.tags ?? []) {
        expect(ws.tags.some((t) => t.name === tag), `${claim.key} tag ${tag}`).toBe(true);
      }
    }
    for (const link of ws.claimLinks) {
      expectIn(claimKeys, link.from, "claimLink.from");
      expectIn(claimKeys, link.to, "claimLink.to");
      expectIn(incidentKeys, link.incident, "claimLink.incident");
      expect(Number(link.to !== undefined) + Number(link.incident !== undefined), `link from ${link.from}`).toBe(1);
    }
    for (const dispute of ws.disputes) {
      for (const member of dispute.claims) expectIn(claimKeys, member.claim, `${dispute.key}.claims`);
      expect(new Set(dispute.claims.map((member) => member.claim)).size).toBe(dispute.claims.length);
    }
    for (const incident of ws.incidents) {
      for (const role of incident.actors) expectIn(actorKeys, role.actor, `${incident.key}.actors`);
      for (const key of incident.mentions ?? []) expectIn(excerptKeys, key, `${incident.key}.mentions`);
      for (const toll of incident.tolls) {
        expectIn(actorKeys, toll.reportedBy, `${incident.key}.toll.reportedBy`);
        expectIn(sourceKeys, toll.source, `${incident.key}.toll.source`);
        expectIn(excerptKeys, toll.excerpt, `${incident.key}.toll.excerpt`);
        if (toll.excerpt && toll.source) {
          const excerpt = ws.excerpts.find((e) => e.key === toll.excerpt)!;
          expect(excerpt.source, `${incident.key} toll excerpt belongs to its source`).toBe(toll.source);
        }
      }
    }
    for (const evidence of ws.evidence) {
      expectIn(claimKeys, evidence.claim, "evidence.claim");
      expectIn(excerptKeys, evidence.excerpt, "evidence.excerpt");
      expectIn(incidentKeys, evidence.incident, "evidence.incident");
      expectIn(claimKeys, evidence.fromClaim, "evidence.fromClaim");
    }
    for (const rating of ws.ratings) {
      expectIn(sourceKeys, rating.source, "rating.source");
      expectIn(claimKeys, rating.claim, "rating.claim");
    }
    expect(disputeKeys.size).toBe(ws.disputes.length);
  });

  it("puts at least one claim on each side of every dispute", () => {
    for (const dispute of ws.disputes) {
      const sides = new Set(dispute.claims.map((member) => member.side));
      expect(sides.has("AFFIRMS"), `${dispute.key} AFFIRMS`).toBe(true);
      expect(sides.has("DISPUTES"), `${dispute.key} DISPUTES`).toBe(true);
    }
  });

  it("gives each evidence link exactly one of excerpt, incident or claim", () => {
    for (const evidence of ws.evidence) {
      const count = [evidence.excerpt, evidence.incident, evidence.fromClaim].filter((v) => v !== undefined).length;
      expect(count, `evidence for ${evidence.claim}`).toBe(1);
      expect(evidence.fromClaim, "a claim is not evidence for itself").not.toBe(evidence.claim);
    }
  });

  it("gives ratings valid values for their scale and exactly one target", () => {
    for (const rating of ws.ratings) {
      expect(isValidScaleValue(rating.scale, rating.value), `${rating.scale} ${rating.value}`).toBe(true);
      expect(Number(rating.source !== undefined) + Number(rating.claim !== undefined)).toBe(1);
      if (rating.scale === "SOURCE_RELIABILITY") expect(rating.source).toBeDefined();
      else expect(rating.claim).toBeDefined();
      expect(rating.rationale.trim().length).toBeGreaterThan(0);
    }
  });

  it("writes dates as real calendar days, each with a precision", () => {
    for (const source of ws.sources) {
      for (const value of [source.publishedAt, source.accessedAt]) {
        if (value !== undefined) expect(isRealDay(value), `${source.key} ${value}`).toBe(true);
      }
      if (source.publishedAt) expect(source.publishedPrecision, source.key).toBeDefined();
    }
    for (const claim of ws.claims as DemoClaim[]) {
      if (claim.madeAt !== undefined) {
        expect(isRealDay(claim.madeAt), `${claim.key} ${claim.madeAt}`).toBe(true);
        expect(claim.madePrecision, claim.key).toBeDefined();
      }
    }
    for (const incident of ws.incidents as DemoIncident[]) {
      if (incident.occurredOn !== undefined) expect(isRealDay(incident.occurredOn), incident.key).toBe(true);
    }
  });

  it("keeps numeric claims and tolls coherent", () => {
    for (const claim of ws.claims) {
      if (claim.kind === "NUMERIC") expect(claim.numeric, `${claim.key} needs numbers`).toBeDefined();
      const n = claim.numeric;
      if (!n) continue;
      expect([n.value, n.low, n.high].some((v) => v !== undefined), claim.key).toBe(true);
      if (n.low !== undefined && n.high !== undefined) expect(n.low).toBeLessThanOrEqual(n.high);
    }
    const ordered = (low?: number, best?: number, high?: number) => {
      const values = [low, best, high].filter((v): v is number => v !== undefined);
      return values.every((v, i) => Number.isInteger(v) && v >= 0 && (i === 0 || values[i - 1] <= v));
    };
    for (const incident of ws.incidents) {
      for (const toll of [...incident.tolls, ...(incident.reconciled ? [incident.reconciled] : [])]) {
        expect(ordered(toll.killedLow, toll.killedBest, toll.killedHigh), incident.key).toBe(true);
        expect(ordered(toll.injuredLow, toll.injuredBest, toll.injuredHigh), incident.key).toBe(true);
      }
      if (incident.latitude !== undefined || incident.longitude !== undefined) {
        expect(incident.latitude).toBeGreaterThan(29);
        expect(incident.latitude).toBeLessThan(39);
        expect(incident.longitude).toBeGreaterThan(60);
        expect(incident.longitude).toBeLessThan(75);
      }
    }
  });
});
