import { DomUtils, parseDocument } from "htmlparser2";
import type { ExtractedDocument, SuggestedMetadata } from "./extracted-document";

type AnyNode = ReturnType<typeof parseDocument>["children"][number];
type Element = Extract<AnyNode, { attribs: Record<string, string> }>;
type TextNode = Extract<AnyNode, { data: string }>;
const isElement = (node: AnyNode): node is Element => "attribs" in node;
const isText = (node: AnyNode): node is TextNode => node.type === "text";

// Never reading text: code, styling, forms, embedded media.
const dropped = new Set(["script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "form", "button", "select", "input", "textarea", "head"]);
// Page furniture around an article: menus, banners, side bars, footers.
const furniture = new Set(["nav", "aside", "footer", "header", "menu", "dialog"]);
const furnitureRoles = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert"]);
// Elements that start a new paragraph.
const blocks = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
  "blockquote", "pre", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "caption", "address", "hr", "details", "summary", "body",
]);

const hidden = (el: Element) =>
  "hidden" in el.attribs || el.attribs["aria-hidden"] === "true" || /display\s*:\s*none/i.test(el.attribs.style ?? "");

/** The article itself when the page marks it (one <main>, or one <article>); else the whole body. */
function contentRoot(doc: AnyNode[]): { root: AnyNode[]; marked: boolean } {
  const mains = DomUtils.getElementsByTagName("main", doc, true);
  if (mains.length === 1) return { root: [mains[0]], marked: true };
  const articles = DomUtils.getElementsByTagName("article", doc, true);
  if (articles.length === 1) return { root: [articles[0]], marked: true };
  return { root: doc, marked: false };
}

/**
 * Walks the tree writing paragraphs: white space inside a paragraph collapses as a
 * browser would show it, <pre> keeps its own, block elements and <br> break lines,
 * and paragraphs are separated by one blank line.
 */
function readableText(nodes: AnyNode[], insideMarkedContent: boolean): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = (pre: boolean) => {
    const text = pre
      ? current.replace(/^\n+|\s+$/g, "")
      : current.replace(/[ \t\f\r\n]*\n[ \t\f\r\n]*/g, "\n").replace(/ {2,}/g, " ").replace(/^[ \t\f\r\n]+|[ \t\f\r\n]+$/g, "");
    if (text) paragraphs.push(text);
    current = "";
  };
  const walk = (node: AnyNode, pre: boolean, depth: number) => {
    if (isText(node)) {
      current += pre ? node.data : node.data.replace(/[ \t\f\r\n]+/g, " ");
      return;
    }
    if (!isElement(node)) return;
    const name = node.name.toLowerCase();
    if (dropped.has(name) || hidden(node)) return;
    // Inside a page's marked <main>/<article>, a <header> holds the headline and byline: keep it.
    const isFurniture = (furniture.has(name) && !(insideMarkedContent && depth > 0 && name === "header")) || furnitureRoles.has(node.attribs.role ?? "");
    if (isFurniture) return;
    if (name === "br") {
      current += "\n";
      return;
    }
    const block = blocks.has(name);
    const inPre = pre || name === "pre";
    if (block) flush(pre);
    if (name === "td" || name === "th") current += current && !current.endsWith("\t") ? "\t" : "";
    for (const child of node.children) walk(child, inPre, depth + 1);
    if (block) flush(inPre);
  };
  for (const node of nodes) walk(node, false, 0);
  flush(false);
  return paragraphs.join("\n\n");
}

const attr = (doc: AnyNode[], test: (el: Element) => boolean, name: string): string | undefined => {
  const found = DomUtils.findOne((el) => test(el) && Boolean(el.attribs[name]?.trim()), doc, true);
  return found?.attribs[name]?.trim() || undefined;
};
const meta = (doc: AnyNode[], ...keys: string[]) => {
  for (const key of keys) {
    const value = attr(doc, (el) => el.name === "meta" && [el.attribs.property, el.attribs.name, el.attribs.itemprop].some((k) => k?.toLowerCase() === key), "content");
    if (value) return value;
  }
  return undefined;
};
const collapse = (text: string | undefined) => text?.replace(/\s+/g, " ").trim() || undefined;

/** Defaults for the source's metadata from the page's own head: title, byline, date, canonical URL, language. */
function pageMetadata(doc: AnyNode[]): SuggestedMetadata {
  const titleEl = DomUtils.findOne((el) => el.name === "title", doc, true);
  const h1 = DomUtils.findOne((el) => el.name === "h1", doc, true);
  const author = meta(doc, "author", "article:author", "byl", "dc.creator");
  const published = meta(doc, "article:published_time", "datepublished", "date", "dc.date", "pubdate") ?? attr(doc, (el) => el.name === "time", "datetime");
  const canonical = attr(doc, (el) => el.name === "link" && (el.attribs.rel ?? "").toLowerCase().split(/\s+/).includes("canonical"), "href") ?? meta(doc, "og:url");
  const lang = attr(doc, (el) => el.name === "html", "lang") ?? meta(doc, "og:locale", "language", "content-language");
  return {
    title: collapse(meta(doc, "og:title", "twitter:title")) ?? collapse(titleEl ? DomUtils.textContent(titleEl) : undefined) ?? collapse(h1 ? DomUtils.textContent(h1) : undefined),
    publisher: collapse(meta(doc, "og:site_name", "publisher")),
    // A profile URL is not a name.
    authors: author && !/^https?:/i.test(author) ? author.split(/\s*[;,]\s*|\s+and\s+/).filter(Boolean) : undefined,
    published: published?.slice(0, 10),
    url: canonical && /^https?:\/\//i.test(canonical) ? canonical : undefined,
    language: lang?.replace("_", "-"),
  };
}

/** The charset an HTML page declares in its first kilobytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1];
}

export function extractHtml(html: string): ExtractedDocument {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true }).children;
  const { root, marked } = contentRoot(doc);
  return { text: readableText(root, marked), suggested: pageMetadata(doc) };
}
