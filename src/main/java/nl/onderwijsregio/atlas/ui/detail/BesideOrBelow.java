package nl.onderwijsregio.atlas.ui.detail;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The region's names with the locator map beside them while the names keep their words whole there, else the map
 * under them. Side by side always, the pane at Extra groot in a laptop's window either ran past the window's edge
 * (a title's longest word and the map were its least width) or laid the map over the title ("Oost-Nederlan").
 */
final class BesideOrBelow extends Region {

    private final Region names;
    private final Region aside;
    private final double gap;

    /** {@code names} fills the width left of {@code aside}, which keeps its own size, {@code gap} apart. */
    BesideOrBelow(Region names, Region aside, double gap) {
        this.names = names;
        this.aside = aside;
        this.gap = gap;
        getChildren().addAll(names, aside);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private boolean besideIn(double width) {
        return !aside.isManaged() || width >= names.minWidth(-1) + gap + aside.prefWidth(-1);
    }

    @Override
    protected double computeMinWidth(double height) {
        double least = aside.isManaged() ? Math.max(names.minWidth(-1), aside.prefWidth(-1)) : names.minWidth(-1);
        return snappedLeftInset() + least + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double beside = names.prefWidth(-1) + (aside.isManaged() ? gap + aside.prefWidth(-1) : 0);
        return snappedLeftInset() + beside + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inside = width < 0 ? computePrefWidth(-1) - snappedLeftInset() - snappedRightInset()
                : width - snappedLeftInset() - snappedRightInset();
        double height;
        if (!aside.isManaged()) {
            height = names.prefHeight(inside);
        } else if (besideIn(inside)) {
            height = Math.max(names.prefHeight(inside - gap - aside.prefWidth(-1)), aside.prefHeight(-1));
        } else {
            height = names.prefHeight(inside) + gap + aside.prefHeight(-1);
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
        double inside = getWidth() - x - snappedRightInset();
        if (!aside.isManaged()) {
            names.resizeRelocate(x, y, inside, names.prefHeight(inside));
            return;
        }
        double asideWidth = aside.prefWidth(-1);
        double asideHeight = aside.prefHeight(-1);
        if (besideIn(inside)) {
            double namesWidth = inside - gap - asideWidth;
            names.resizeRelocate(x, y, namesWidth, names.prefHeight(namesWidth));
            aside.resizeRelocate(x + namesWidth + gap, y, asideWidth, asideHeight);
        } else {
            double namesHeight = names.prefHeight(inside);
            names.resizeRelocate(x, y, inside, namesHeight);
            aside.resizeRelocate(x, y + namesHeight + gap, asideWidth, asideHeight);
        }
    }
}
