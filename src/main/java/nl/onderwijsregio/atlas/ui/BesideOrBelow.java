package nl.onderwijsregio.atlas.ui;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * Two parts side by side while the first keeps its least width beside the second, else the second under the first.
 * Side by side always, a narrow pane at Extra groot either ran past the window's edge (the two together were its
 * least width) or laid one part over the other: the locator map over a region's title ("Oost-Nederlan"), the
 * chart's figure box squeezed to "Le…" beside its sector.
 */
public final class BesideOrBelow extends Region {

    private final Region first;
    private final Region second;
    private final double gap;
    private final boolean secondAtTheEnd;

    private BesideOrBelow(Region first, Region second, double gap, boolean secondAtTheEnd) {
        this.first = first;
        this.second = second;
        this.gap = gap;
        this.secondAtTheEnd = secondAtTheEnd;
        getChildren().addAll(first, second);
    }

    /** {@code first} fills the width, {@code second} (its own size) at its right end: a title and its map. */
    public static BesideOrBelow secondAtTheEnd(Region first, Region second, double gap) {
        return new BesideOrBelow(first, second, gap, true);
    }

    /** {@code second} right after {@code first}, neither wider than it asks: a box after its name. */
    public static BesideOrBelow secondAfterFirst(Region first, Region second, double gap) {
        return new BesideOrBelow(first, second, gap, false);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private boolean besideIn(double inside) {
        return !second.isManaged() || inside >= first.minWidth(-1) + gap + second.prefWidth(-1);
    }

    /** How wide the first part is beside the second in {@code inside}. */
    private double firstBeside(double inside) {
        double room = inside - gap - second.prefWidth(-1);
        return secondAtTheEnd ? room : Math.max(first.minWidth(-1), Math.min(first.prefWidth(-1), room));
    }

    private double inside(double width) {
        return width - snappedLeftInset() - snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        double least = second.isManaged() ? Math.max(first.minWidth(-1), second.prefWidth(-1)) : first.minWidth(-1);
        return snappedLeftInset() + least + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double beside = first.prefWidth(-1) + (second.isManaged() ? gap + second.prefWidth(-1) : 0);
        return snappedLeftInset() + beside + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inside = width < 0 ? inside(computePrefWidth(-1)) : inside(width);
        double height;
        if (!second.isManaged()) {
            height = first.prefHeight(inside);
        } else if (besideIn(inside)) {
            height = Math.max(first.prefHeight(firstBeside(inside)), second.prefHeight(-1));
        } else {
            height = first.prefHeight(inside) + gap + second.prefHeight(-1);
        }
        return snappedTopInset() + height + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inside = inside(getWidth());
        if (!second.isManaged()) {
            first.resizeRelocate(x, y, inside, first.prefHeight(inside));
            return;
        }
        double secondWidth = second.prefWidth(-1);
        double secondHeight = second.prefHeight(-1);
        if (besideIn(inside)) {
            double firstWidth = firstBeside(inside);
            double firstHeight = first.prefHeight(firstWidth);
            double height = Math.max(firstHeight, secondHeight);
            // Side by side on one line: a box beside its name sits level with it.
            double firstY = secondAtTheEnd ? y : y + (height - firstHeight) / 2;
            double secondY = secondAtTheEnd ? y : y + (height - secondHeight) / 2;
            first.resizeRelocate(x, firstY, firstWidth, firstHeight);
            second.resizeRelocate(x + firstWidth + gap, secondY, secondWidth, secondHeight);
        } else {
            double firstHeight = first.prefHeight(inside);
            first.resizeRelocate(x, y, inside, firstHeight);
            second.resizeRelocate(x, y + firstHeight + gap, secondWidth, secondHeight);
        }
    }
}
