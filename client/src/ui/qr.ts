/**
 * A QR code of an address, drawn as SVG elements (no HTML string, so nothing the page did not
 * build itself, and nothing the Content-Security-Policy would block). The `qrcode` package
 * computes the modules; nothing is fetched at run time.
 */
import QRCode from "qrcode";

const SVG = "http://www.w3.org/2000/svg";
/** The blank margin around the code, in modules (the standard asks for four). */
const QUIET = 4;

export function qrSvg(text: string, label: string): SVGSVGElement {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = modules.size + QUIET * 2;
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  svg.setAttribute("class", "qr-code");
  svg.setAttribute("shape-rendering", "crispEdges");
  const background = document.createElementNS(SVG, "rect");
  for (const [k, v] of [["width", size], ["height", size], ["fill", "#fff"]] as const) background.setAttribute(k, String(v));
  svg.append(background);
  // One path of unit squares: a few hundred modules stay one element.
  let d = "";
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
  }
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", d);
  path.setAttribute("fill", "#000");
  svg.append(path);
  return svg;
}
