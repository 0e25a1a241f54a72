import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { t } from "@mend/core";
import PDFDocument from "pdfkit";
import type { ReportSnapshot } from "./snapshot.ts";

// DejaVu Sans covers Latin, Greek, Cyrillic and much more, so names and words in most European
// scripts print as typed; pdfkit embeds only the glyphs used.
const fontDir = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
const REGULAR = join(fontDir, "DejaVuSans.ttf");
const BOLD = join(fontDir, "DejaVuSans-Bold.ttf");

/** Renders a report snapshot as an A4 PDF. */
export function renderReportPdf(snapshot: ReportSnapshot, generatedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: t("report.title"), Creator: "Mend" },
  });
  doc.registerFont("body", REGULAR);
  doc.registerFont("bold", BOLD);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const heading = (text: string, size = 14) =>
    doc.moveDown(0.6).font("bold").fontSize(size).text(text).moveDown(0.2);
  const line = (text: string) => doc.font("body").fontSize(10).text(text, { paragraphGap: 2 });
  const none = () => line(t("report.none"));

  doc.font("bold").fontSize(20).text(t("report.title"));
  line(
    t("report.subtitle", { partners: snapshot.partners.join(" & "), from: snapshot.from, to: snapshot.to }),
  );
  line(t("report.generated", { at: generatedAt.toISOString().slice(0, 16).replace("T", " ") }));
  line(t("report.scope"));

  if (snapshot.checkins) {
    heading(t("report.section.checkins"));
    if (snapshot.checkins.length === 0) none();
    for (const c of snapshot.checkins) {
      doc.font("bold").fontSize(11).text(c.revealedAt.slice(0, 10));
      for (const a of c.answers) {
        line(t("report.checkin.ratings", { name: a.name, safety: a.safety, trust: a.trust }));
        line(`  ${t("report.checkin.appreciation")}: ${a.appreciation}`);
        line(`  ${t("report.checkin.worry")}: ${a.worry}`);
        line(`  ${t("report.checkin.request")}: ${a.request}`);
      }
    }
  }
  if (snapshot.commitments) {
    heading(t("report.section.commitments"));
    if (snapshot.commitments.length === 0) none();
    for (const c of snapshot.commitments) {
      line(
        t("report.commitment", {
          title: c.title,
          by: c.by,
          kept: c.kept30,
          due: c.due30,
          kept90: c.kept90,
          due90: c.due90,
        }),
      );
    }
  }
  if (snapshot.repairs) {
    heading(t("report.section.repairs"));
    if (snapshot.repairs.length === 0) none();
    for (const r of snapshot.repairs) {
      line(t("report.repair", { title: r.title, date: r.createdAt.slice(0, 10), status: r.status }));
      for (const amend of r.amends) line(`  • ${amend}`);
      if (r.ritual) line(`  ${t("report.repair.ritual")}: ${r.ritual}`);
    }
  }
  if (snapshot.boundaries) {
    heading(t("report.section.boundaries"));
    if (snapshot.boundaries.length === 0) none();
    for (const b of snapshot.boundaries)
      line(t("report.boundary", { body: b.body, by: b.by, status: b.status, version: b.version }));
  }
  if (snapshot.goals) {
    heading(t("report.section.goals"));
    if (snapshot.goals.length === 0) none();
    for (const g of snapshot.goals) {
      line(
        t("report.goal", {
          title: g.title,
          by: g.by,
          status: g.status,
          done: g.milestonesDone,
          total: g.milestones,
        }),
      );
    }
  }
  if (snapshot.assessments) {
    heading(t("report.section.assessments"));
    if (snapshot.assessments.length === 0) none();
    for (const a of snapshot.assessments) {
      doc
        .font("bold")
        .fontSize(11)
        .text(`${a.instrument} — ${a.by}, ${a.at.slice(0, 10)}`);
      for (const s of a.scores) line(`  ${s.name}: ${s.score}${s.band ? ` (${s.band})` : ""}`);
    }
  }
  doc.moveDown(1);
  doc.font("body").fontSize(8).text(t("report.footer"));
  doc.end();
  return done;
}
