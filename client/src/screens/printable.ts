/**
 * A screen's sections as a document of its own, to save and print (the debrief's summary): the
 * elements are the page's own (text nodes only, escaped by the serialiser), with a print
 * stylesheet for A4 and Letter.
 */
import { currentLanguage } from "../../../shared/i18n";

const PRINT_CSS = `
@page { margin: 1.5cm; }
body { font: 11pt/1.4 system-ui, sans-serif; color: #111; background: #fff; margin: 0 auto; max-width: 18cm; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.2em; border-bottom: 1px solid #999; } h3 { font-size: 12pt; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0; } th, td { border: 1px solid #bbb; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
ul, ol { margin: 0.2em 0; padding-left: 1.2em; } .hint { color: #444; }
.cards, .charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.4cm; }
.card, .chart-figure { border: 1px solid #bbb; padding: 0.2cm 0.3cm; break-inside: avoid; }
.objectives, .timeline-turn ul { list-style: none; padding: 0; }
.chart { width: 100%; height: auto; } .chart .grid { stroke: #bbb; } .chart .axis { fill: #333; font-size: 11px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.no-print, button { display: none !important; }
section { break-inside: auto; } tr, li, h2, h3 { break-inside: avoid; } h2, h3 { break-after: avoid; }
`;

export function printableDocument(title: string, body: HTMLElement): string {
  const heading = document.createElement("title");
  heading.textContent = title;
  const h1 = document.createElement("h1");
  h1.textContent = title;
  return `<!doctype html>\n<html lang="${currentLanguage()}"><head><meta charset="utf-8">${heading.outerHTML}<style>${PRINT_CSS}</style></head><body><main>${h1.outerHTML}${body.innerHTML}</main></body></html>\n`;
}
