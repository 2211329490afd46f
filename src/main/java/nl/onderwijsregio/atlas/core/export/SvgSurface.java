package nl.onderwijsregio.atlas.core.export;

import java.util.List;
import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.render.Surface;

/**
 * The painter's surface as an SVG document that PowerPoint, Keynote and Inkscape read alike:
 * colours only as {@code #rrggbb} with separate {@code fill-opacity}/{@code stroke-opacity} (never
 * {@code rgba()} or {@code transparent}), even-odd fills, overlap stripes as real shapes, text as
 * {@code <text>}, and every group the painter opens as a {@code <g id>} so designers can restyle a region.
 * A region's parts outside its group (its stripes in overlaps, its label or its number in the key) carry
 * {@code class="region-<id>"} and {@code data-region="<id>"}, as its own fill does, so one selector finds
 * them all. Each label and each number in the key is one {@code <g class="label|key-number" data-region>} holding
 * two {@code <text>}s, halo and letters (PowerPoint ignores {@code paint-order}), a name on two lines as
 * {@code <tspan>}s of each, so it is edited, moved and retyped as one object.
 */
public final class SvgSurface implements Surface {

    private final double width;
    private final double height;
    private final boolean transparent;
    private final StringBuilder body = new StringBuilder(1 << 20);
    private final StringBuilder path = new StringBuilder(1 << 12);
    /** Where in {@link #path} each piece (what one moveTo begins) starts, and its bounds. */
    private final PathPieces pieces = new PathPieces();
    private int openGroups;
    private String part;
    private String indent = "  ";
    private boolean frameDefined;

    /** The id of the clip path of the picture's frame. */
    static final String FRAME = "picture-frame";

    /** A surface of {@code width} × {@code height} pixels; a transparent one draws no background. */
    public SvgSurface(double width, double height, boolean transparent) {
        this.width = width;
        this.height = height;
        this.transparent = transparent;
    }

    @Override
    public void beginGroup(String id) {
        openGroup(id, "");
    }

    private void openGroup(String id, String attributes) {
        body.append(indent).append("<g id=\"").append(escape(id)).append('"').append(attributes).append(">\n");
        openGroups++;
        indent += "  ";
    }

    /**
     * A plain SVG 1.1 {@code <clipPath>} of the picture's frame on the group: PowerPoint's "Convert to
     * Shape" keeps what a browser hides beyond the view box.
     */
    @Override
    public void beginClippedGroup(String id) {
        if (!frameDefined) {
            body.append(indent).append("<defs>\n").append(indent).append("  <clipPath id=\"").append(FRAME)
                    .append("\">\n").append(indent).append("    <rect x=\"0\" y=\"0\" width=\"");
            num(body, width).append("\" height=\"");
            num(body, height).append("\"/>\n").append(indent).append("  </clipPath>\n").append(indent)
                    .append("</defs>\n");
            frameDefined = true;
        }
        openGroup(id, " clip-path=\"url(#" + FRAME + ")\"");
    }

    @Override
    public void endGroup() {
        if (openGroups > 0) {
            openGroups--;
            indent = indent.substring(2);
            body.append(indent).append("</g>\n");
        }
    }

    @Override
    public void beginMark(String kind, String regionId) {
        String id = escape(regionId);
        openGroup(kind + "-" + regionId, " class=\"" + escape(kind) + "\" data-region=\"" + id + "\"");
        partOf(regionId);
    }

    @Override
    public void endMark() {
        partOf(null);
        endGroup();
    }

    @Override
    public void partOf(String regionId) {
        part = regionId;
    }

    /** Marks the element being written as part of the current region, if any. */
    private void part(StringBuilder sb) {
        if (part != null) {
            String id = escape(part);
            sb.append(" class=\"region-").append(id).append("\" data-region=\"").append(id).append('"');
        }
    }

    @Override
    public void beginPath() {
        path.setLength(0);
        pieces.clear();
    }

    @Override
    public void moveTo(double x, double y) {
        pieces.begin(path.length(), x, y);
        path.append('M');
        num(path, x).append(' ');
        num(path, y);
    }

    @Override
    public void lineTo(double x, double y) {
        pieces.extend(x, y);
        path.append('L');
        num(path, x).append(' ');
        num(path, y);
    }

    @Override
    public void closePath() {
        path.append('Z');
    }

    @Override
    public void fillPath(Rgb colour, double opacity) {
        // A ring wholly beyond the frame changes nothing inside it, even-odd or not.
        String d = pieces.within(path, width, height, 0);
        if (d.isEmpty()) {
            return;
        }
        body.append(indent).append("<path d=\"").append(d).append("\" fill=\"").append(colour.hex())
                .append("\" fill-rule=\"evenodd\"");
        part(body);
        opacity(body, "fill-opacity", opacity);
        body.append("/>\n");
    }

    @Override
    public void strokePath(Rgb colour, double opacity, double strokeWidth) {
        stroke(colour, opacity, strokeWidth, 0, 0);
    }

    @Override
    public void strokeDashedPath(Rgb colour, double opacity, double width, double dash, double gap) {
        stroke(colour, opacity, width, dash, gap);
    }

    private void stroke(Rgb colour, double opacity, double strokeWidth, double dash, double gap) {
        // A line beyond the frame shows only while half its width reaches over the edge.
        String d = pieces.within(path, width, height, strokeWidth / 2);
        if (d.isEmpty()) {
            return;
        }
        body.append(indent).append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"")
                .append(colour.hex()).append("\" stroke-width=\"");
        num(body, strokeWidth).append("\" stroke-linejoin=\"round\"");
        part(body);
        if (dash > 0) {
            num(num(body.append(" stroke-dasharray=\""), dash).append(' '), gap).append('"');
        }
        opacity(body, "stroke-opacity", opacity);
        body.append("/>\n");
    }

    @Override
    public boolean transparentBackground() {
        return transparent;
    }

    @Override
    public void fillBackground(Rgb colour, double opacity) {
        if (transparent) {
            return;
        }
        body.append(indent).append("<rect id=\"background\" x=\"0\" y=\"0\" width=\"");
        num(body, width).append("\" height=\"");
        num(body, height).append("\" fill=\"").append(colour.hex()).append('"');
        opacity(body, "fill-opacity", opacity);
        body.append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Rgb colour, Rgb halo,
                     boolean centred) {
        writeText(List.of(text), x, y, 0, size, bold, colour, halo, centred);
    }

    @Override
    public void centredLines(List<String> lines, double x, double y, double lineHeight, double size, boolean bold,
                             Rgb colour, Rgb halo) {
        writeText(lines, x, y, lineHeight, size, bold, colour, halo, true);
    }

    private void writeText(List<String> lines, double x, double y, double lineHeight, double size, boolean bold,
                           Rgb colour, Rgb halo, boolean centred) {
        // dominant-baseline is not honoured by PowerPoint: move the baseline down ourselves instead.
        double baseline = centred ? y + 0.36 * size : y;
        if (halo != null) {
            textElement(x, baseline, size, bold, centred);
            body.append(" fill=\"").append(halo.hex()).append("\" stroke=\"").append(halo.hex())
                    .append("\" stroke-width=\"");
            num(body, Surface.haloWidth(size)).append("\" stroke-linejoin=\"round\" fill-opacity=\"0.9\""
                    + " stroke-opacity=\"0.9\">");
            lines(lines, x, lineHeight);
        }
        textElement(x, baseline, size, bold, centred);
        body.append(" fill=\"").append(colour.hex()).append("\">");
        lines(lines, x, lineHeight);
    }

    /**
     * The content of a text element and its end: one line as it is, more as a {@code <tspan>} each, every next one
     * {@code lineHeight} lower. No white space between them: a renderer would make it a space before a line.
     */
    private void lines(List<String> lines, double x, double lineHeight) {
        if (lines.size() == 1) {
            body.append(escape(lines.get(0)));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                num(body.append("<tspan x=\""), x).append('"');
                if (i > 0) {
                    num(body.append(" dy=\""), lineHeight).append('"');
                }
                body.append('>').append(escape(lines.get(i))).append("</tspan>");
            }
        }
        body.append("</text>\n");
    }

    private void textElement(double x, double y, double size, boolean bold, boolean centred) {
        body.append(indent).append("<text");
        part(body);
        body.append(" x=\"");
        num(body, x).append("\" y=\"");
        num(body, y).append("\" font-family=\"").append(ExportFonts.SVG_FAMILY).append("\" font-size=\"");
        num(body, size).append('"');
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        if (centred) {
            body.append(" text-anchor=\"middle\"");
        }
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return ExportFonts.width(text, size, bold);
    }

    /** The finished document. Groups the painter left open are closed. */
    public String toSvg() {
        while (openGroups > 0) {
            endGroup();
        }
        StringBuilder out = new StringBuilder(body.length() + 400);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"");
        num(out, width).append("\" height=\"");
        num(out, height).append("\" viewBox=\"0 0 ");
        num(out, width).append(' ');
        num(out, height).append("\">\n");
        out.append(body).append("</svg>\n");
        return out.toString();
    }

    private static void opacity(StringBuilder sb, String attribute, double opacity) {
        double o = Math.max(0, Math.min(1, opacity));
        if (o < 1) {
            sb.append(' ').append(attribute).append("=\"");
            num(sb, o).append('"');
        }
    }

    /** Appends {@code v} with at most two decimals and no exponent, whatever the default locale. */
    static StringBuilder num(StringBuilder sb, double v) {
        long hundredths = Math.round(v * 100);
        if (hundredths < 0) {
            sb.append('-');
            hundredths = -hundredths;
        }
        sb.append(hundredths / 100);
        long frac = hundredths % 100;
        if (frac != 0) {
            sb.append('.');
            if (frac < 10) {
                sb.append('0').append(frac);
            } else {
                sb.append(frac % 10 == 0 ? frac / 10 : frac);
            }
        }
        return sb;
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
