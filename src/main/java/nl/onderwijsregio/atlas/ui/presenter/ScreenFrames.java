package nl.onderwijsregio.atlas.ui.presenter;

import java.nio.IntBuffer;
import java.util.function.Consumer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The presenter's screen images: two, composed into by turns and shown without a copy. Writing
 * through a {@code PixelWriter} cost a full-HD frame a conversion to bytes on the FX thread and one
 * back on the renderer's; a {@link PixelBuffer} in the renderer's own format costs neither.
 *
 * <p>Two, because the renderer may still be drawing the frame shown last while the next one is
 * composed. JavaFX hands a new frame to the renderer only after it finished the one before, so the
 * image written now was shown two frames ago and nobody reads it any more.
 */
final class ScreenFrames {

    private final int width;
    private final int height;
    private final IntBuffer[] pixels = new IntBuffer[2];
    private final PixelBuffer<?>[] buffers = new PixelBuffer<?>[2];
    private final WritableImage[] images = new WritableImage[2];
    private int shown;

    ScreenFrames(int width, int height) {
        this.width = width;
        this.height = height;
        for (int i = 0; i < 2; i++) {
            pixels[i] = IntBuffer.allocate(width * height);
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(width, height, pixels[i],
                    PixelFormat.getIntArgbPreInstance());
            buffers[i] = buffer;
            images[i] = new WritableImage(buffer);
        }
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The image to show before anything is composed: blank. */
    WritableImage first() {
        return images[shown];
    }

    /**
     * Lets {@code compose} fill the free image's pixels (premultiplied ARGB, row by row) and shows
     * that image in {@code view}. On the FX thread only.
     */
    void show(Consumer<int[]> compose, ImageView view) {
        int next = 1 - shown;
        compose.accept(pixels[next].array());
        buffers[next].updateBuffer(b -> null);
        view.setImage(images[next]);
        shown = next;
    }

    /** The pixels on screen now, as a separate image (for a cross-fade). */
    WritableImage copyOfShown() {
        WritableImage copy = new WritableImage(width, height);
        copy.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(),
                IntBuffer.wrap(pixels[shown].array()), width);
        return copy;
    }
}
