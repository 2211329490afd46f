package nl.onderwijsregio.atlas.core.export;

import java.awt.image.BufferedImage;

/** Pixel comparisons for export tests. */
final class ImageCompare {

    private ImageCompare() {
    }

    /** Box-filters {@code img} down to {@code w} × {@code h} (an integer factor smaller). */
    static BufferedImage downscale(BufferedImage img, int w, int h) {
        int f = img.getWidth() / w;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                long a = 0;
                long r = 0;
                long g = 0;
                long b = 0;
                for (int dy = 0; dy < f; dy++) {
                    for (int dx = 0; dx < f; dx++) {
                        int p = img.getRGB(x * f + dx, y * f + dy);
                        a += p >>> 24;
                        r += (p >> 16) & 0xff;
                        g += (p >> 8) & 0xff;
                        b += p & 0xff;
                    }
                }
                int n = f * f;
                out.setRGB(x, y, (int) (a / n) << 24 | (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n));
            }
        }
        return out;
    }

    /** Mean absolute difference per colour channel (0-255), over all pixels, composited on white. */
    static double meanDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(onWhite(p, shift) - onWhite(q, shift));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    /**
     * The largest mean absolute channel difference of any {@code block} × {@code block} tile (composited
     * on white): a missing label or overlap is a small part of the whole picture, but a large part of
     * the tiles it lies in.
     */
    static double worstBlockDifference(BufferedImage a, BufferedImage b, int block) {
        double worst = 0;
        for (int by = 0; by + block <= a.getHeight(); by += block) {
            for (int bx = 0; bx + block <= a.getWidth(); bx += block) {
                long sum = 0;
                for (int y = by; y < by + block; y++) {
                    for (int x = bx; x < bx + block; x++) {
                        int p = a.getRGB(x, y);
                        int q = b.getRGB(x, y);
                        for (int shift = 0; shift <= 16; shift += 8) {
                            sum += Math.abs(onWhite(p, shift) - onWhite(q, shift));
                        }
                    }
                }
                worst = Math.max(worst, sum / (3.0 * block * block));
            }
        }
        return worst;
    }

    private static int onWhite(int argb, int shift) {
        int alpha = argb >>> 24;
        int c = (argb >> shift) & 0xff;
        return (c * alpha + 255 * (255 - alpha)) / 255;
    }
}
