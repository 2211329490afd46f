package nl.onderwijsregio.atlas.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A form's fields, each with its name: the names in a column beside the fields while both fit abreast, the fields
 * still wide enough to read, else each name above its field. In a grid the names were what gave way, and at Extra
 * groot in a narrow pane "Schoolbesturen po" and "Schoolbesturen vo" both read "Scho…", so the fields could not be
 * told apart. A name is never shortened: it wraps where even a line of its own is too narrow for it.
 */
final class NamedFields extends Region {

    private static final double GAP = 6;
    /** Between a name and the field under it: it belongs to that field, not to the one above. */
    private static final double NAME_GAP = 2;
    /** The least width a field keeps beside the names, in em: a region's name or a figure still reads in it. */
    private static final double FIELD_EM = 9;

    private record Row(Label name, Node field) {
    }

    private final List<Row> rows = new ArrayList<>();

    NamedFields() {
        getStyleClass().add("named-fields");
    }

    /** A field named {@code name}. */
    void add(String name, Node field) {
        Label label = new Label(name);
        label.setWrapText(true);
        label.setLabelFor(field);
        rows.add(new Row(label, field));
        getChildren().addAll(label, field);
    }

    /** A field without a name of its own, under the one before it (a check box says what it is itself). */
    void add(Node field) {
        rows.add(new Row(null, field));
        getChildren().add(field);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** As wide as the widest name, whole. */
    private double namesWidth() {
        double widest = 0;
        for (Row row : rows) {
            if (row.name() != null) {
                widest = Math.max(widest, row.name().prefWidth(-1));
            }
        }
        return Math.ceil(widest);
    }

    private double fieldLeast() {
        return Math.max(FIELD_EM * fontSize(), widestField(f -> f.minWidth(-1)));
    }

    /** The largest of {@code width} over the fields. */
    private double widestField(ToDoubleFunction<Node> width) {
        double widest = 0;
        for (Row row : rows) {
            widest = Math.max(widest, width.applyAsDouble(row.field()));
        }
        return widest;
    }

    private double fontSize() {
        return rows.stream().filter(r -> r.name() != null).findFirst()
                .map(r -> r.name().getFont().getSize()).orElse(javafx.scene.text.Font.getDefault().getSize());
    }

    private boolean abreastIn(double inside) {
        return inside >= namesWidth() + GAP + fieldLeast();
    }

    private double inside(double width) {
        return width - snappedLeftInset() - snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + widestField(f -> f.minWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double fields = widestField(f -> f.prefWidth(-1));
        return snappedLeftInset() + namesWidth() + GAP + Math.max(fields, fieldLeast()) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inside = width < 0 ? inside(computePrefWidth(-1)) : inside(width);
        double height = 0;
        for (Row row : rows) {
            height += rowHeight(row, inside, abreastIn(inside));
        }
        height += Math.max(0, rows.size() - 1) * GAP;
        return snappedTopInset() + height + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    private double rowHeight(Row row, double inside, boolean abreast) {
        if (abreast) {
            double fieldWidth = inside - namesWidth() - GAP;
            double name = row.name() == null ? 0 : row.name().prefHeight(namesWidth());
            return Math.max(name, row.field().prefHeight(fieldWidth(row.field(), fieldWidth)));
        }
        double name = row.name() == null ? 0 : row.name().prefHeight(inside) + NAME_GAP;
        return name + row.field().prefHeight(fieldWidth(row.field(), inside));
    }

    /** The room there is, or the field's own width where it does not stretch (a check box). */
    private static double fieldWidth(Node field, double room) {
        double most = Math.max(field.minWidth(-1), field.maxWidth(-1));
        return Math.min(room, most);
    }

    @Override
    protected void layoutChildren() {
        double inside = inside(getWidth());
        boolean abreast = abreastIn(inside);
        double names = abreast ? namesWidth() : inside;
        double x = snappedLeftInset();
        double fieldX = abreast ? x + names + GAP : x;
        double fieldRoom = abreast ? inside - names - GAP : inside;
        double y = snappedTopInset();
        for (Row row : rows) {
            double height = rowHeight(row, inside, abreast);
            double width = fieldWidth(row.field(), fieldRoom);
            double fieldHeight = row.field().prefHeight(width);
            if (abreast) {
                if (row.name() != null) {
                    double nameHeight = row.name().prefHeight(names);
                    row.name().resizeRelocate(x, y + (height - nameHeight) / 2, names, nameHeight);
                }
                row.field().resizeRelocate(fieldX, y + (height - fieldHeight) / 2, width, fieldHeight);
            } else {
                double fieldY = y;
                if (row.name() != null) {
                    double nameHeight = row.name().prefHeight(names);
                    row.name().resizeRelocate(x, y, names, nameHeight);
                    fieldY += nameHeight + NAME_GAP;
                }
                row.field().resizeRelocate(fieldX, fieldY, width, fieldHeight);
            }
            y += height + GAP;
        }
    }
}
