const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML or SVG element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => HTML_ESCAPES[char]!);
}

/**
 * Serialises data for a `<script type="application/json">` element. Every `<` becomes `\u003c`,
 * so no input text (a scraped `</script>` or `<!--`) can end the element early; JSON.parse reads
 * the escape back as `<`.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</gu, '\\u003c');
}
