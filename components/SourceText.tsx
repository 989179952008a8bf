import { memo, type ReactNode } from "react";
import { markTree, type MarkNode, type Passage } from "@/lib/text/marks";
import styles from "./reader.module.css";

type Props = { text: string; passages: Passage[]; activeId: string | null; labels: Record<string, string> };

/**
 * The stored text, unaltered, with every passage as a <mark>. Overlapping passages
 * are nested; one that runs past its parent continues in a second mark without an id.
 * Only text nodes go inside, so DOM offsets equal offsets into the text.
 */
export const SourceText = memo(function SourceText({ text, passages, activeId, labels }: Props) {
  const render = (nodes: MarkNode[]): ReactNode[] =>
    nodes.map((node) => {
      if (node.kind === "text") return text.slice(node.start, node.end);
      const className = [styles.mark, node.depth > 0 ? styles.nested : "", node.passageId === activeId ? styles.active : ""].join(" ");
      return (
        <mark
          key={`${node.passageId}-${node.first ? "a" : "b"}-${keyOf(node)}`}
          id={node.first ? `excerpt-${node.passageId}` : undefined}
          data-excerpt={node.passageId}
          tabIndex={node.first ? 0 : -1}
          title={labels[node.passageId]}
          className={className}
        >
          {render(node.children)}
        </mark>
      );
    });
  return <>{render(markTree(text.length, passages))}</>;
});

function keyOf(node: MarkNode): number {
  const first = node.kind === "text" ? node : node.children[0];
  return first ? (first.kind === "text" ? first.start : keyOf(first)) : 0;
}
