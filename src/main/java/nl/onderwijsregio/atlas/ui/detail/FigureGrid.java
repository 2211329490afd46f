package nl.onderwijsregio.atlas.ui.detail;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The key-figure tiles, two abreast while both keep their number whole and their label's words unbroken, else
 * one under the other: a figure cut to "144..." or a label broken to "schoolbesture / n" misinforms.
 */
final class FigureGrid extends GridPane {

    private static final double GAP = 10;
    private int columns;

    FigureGrid() {
        getStyleClass().add("figure-grid");
        setHgap(GAP);
        setVgap(GAP);
        arrange(2);
    }

    void setTiles(List<? extends Region> tiles) {
        getChildren().setAll(tiles);
        for (Region tile : tiles) {
            tile.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(tile, Priority.ALWAYS);
        }
        columns = 0;
        arrange(2);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + widestTile() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width > 0) {
            arrange(columnsFor(width));
        }
        return super.computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        arrange(columnsFor(getWidth()));
        super.layoutChildren();
    }

    private int columnsFor(double width) {
        double inside = width - snappedLeftInset() - snappedRightInset();
        return inside >= 2 * widestTile() + GAP ? 2 : 1;
    }

    /** The least width of the widest tile: its number whole, its label's longest word, its padding. */
    private double widestTile() {
        double widest = 0;
        for (Node tile : getChildren()) {
            widest = Math.max(widest, tile.minWidth(-1));
        }
        return widest;
    }

    private void arrange(int count) {
        if (count == columns) {
            return;
        }
        columns = count;
        ColumnConstraints[] shares = new ColumnConstraints[count];
        for (int c = 0; c < count; c++) {
            shares[c] = new ColumnConstraints();
            shares[c].setPercentWidth(100.0 / count);
        }
        getColumnConstraints().setAll(shares);
        List<Node> tiles = getChildren();
        for (int i = 0; i < tiles.size(); i++) {
            GridPane.setConstraints(tiles.get(i), i % count, i / count);
        }
    }
}
