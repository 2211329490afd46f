package nl.onderwijsregio.atlas.ui.presenter;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import nl.onderwijsregio.atlas.core.export.Caption;
import nl.onderwijsregio.atlas.core.export.ExportPictures;
import nl.onderwijsregio.atlas.core.export.LegendEntry;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.model.Theme;
import nl.onderwijsregio.atlas.core.render.Rgb;
import nl.onderwijsregio.atlas.core.summary.SectorOverview;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.map.CanvasSurface;
import nl.onderwijsregio.atlas.ui.themes.RegionsElsewhere;

/**
 * The large card in the presenter's lower left: the spotlighted region with its key figures, a theme
 * with its introduction, or the sector's overview. Its heading shrinks for long names instead of
 * breaking inside a word.
 */
final class PresenterCaption extends VBox {

    private final Label heading = new Label();
    private final Label subheading = new Label();
    private final GridPane figures = new GridPane();
    private final Label intro = new Label();
    /** Notes on the figures, then the key to the stripes. */
    private final VBox notes = new VBox();
    /** The key's swatch in full-HD pixels, a little over its text's size as in the legend. */
    private static final double KEY_SWATCH = 26;

    PresenterCaption() {
        getChildren().addAll(heading, subheading, figures, notes, intro);
        getStyleClass().add("caption");
        setId("presenter-caption");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        heading.getStyleClass().add("caption-heading");
        heading.setId("presenter-heading");
        subheading.getStyleClass().add("caption-sub");
        subheading.setWrapText(true);
        intro.getStyleClass().add("caption-intro");
        intro.setWrapText(true);
        figures.getStyleClass().add("caption-figures");
        notes.getStyleClass().add("caption-notes");
        notes.setId("presenter-caption-notes");
    }

    /**
     * A step of the region tour: the region's card as its slide has it ({@link ExportPictures#caption}), the name,
     * its number of municipalities, its published figures and the notes on them.
     */
    void showRegion(Caption card) {
        show(card.heading(), card.headingStep(), card.subheading(), null);
        int row = 0;
        for (Caption.Figure f : card.figures()) {
            Label number = new Label(f.value());
            number.getStyleClass().add("figure-value");
            // units under units, so figures compare at a glance; exported slides align them alike (CaptionCard)
            GridPane.setHalignment(number, HPos.RIGHT);
            Label label = new Label(f.label());
            label.getStyleClass().add("figure-label");
            figures.addRow(row++, number, label);
        }
        figures.setManaged(true);
        for (String text : card.notes()) {
            Label note = new Label(text);
            note.getStyleClass().add("caption-note");
            note.setWrapText(true);
            notes.getChildren().add(note);
        }
        if (card.key() != null) {
            notes.getChildren().add(key(card.key()));
        }
        notes.setManaged(!notes.getChildren().isEmpty());
    }

    /** The key's swatch, painted by the slide's own swatch painter, beside its text. */
    private Node key(LegendEntry entry) {
        Canvas swatch = CanvasSurface.swatch(entry, KEY_SWATCH, new Rgb(102, 102, 102));
        Label text = new Label(entry.label());
        text.getStyleClass().add("caption-note");
        HBox row = new HBox(14, swatch, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("presenter-caption-key");
        row.getStyleClass().add("caption-key");
        return row;
    }

    /**
     * A step of the theme tour: the theme, how many regions have cases on it ({@code shown} on this sector's
     * map), and our introduction. Regions with cases that this map lacks are named with their sector, so a map
     * with none lit up still says where the cases are. A theme shown on this map because the tour's own sector,
     * {@code detouredFrom}, has none (null when it is the tour's own) says so: the audience sees another map.
     */
    void showTheme(Theme theme, int shown, List<Region> elsewhere, Sector detouredFrom) {
        String names = RegionsElsewhere.named(elsewhere);
        String name = theme.name().in(locale());
        String count = elsewhere.isEmpty() ? Messages.t("presenter.themeRegions", shown)
                : Messages.t("presenter.themeRegionsOfAll", shown, shown + elsewhere.size(), names);
        show(name, Caption.headingStep(name), detouredFrom == null ? count
                        : Messages.t("presenter.themeNotOnTourSector", count, detouredFrom.name()),
                theme.introduction() == null ? "" : theme.introduction().in(locale()));
    }

    /**
     * The whole country before the first step: how many regions the tour steps through, and how the
     * municipalities are covered, which is what the map shows as stripes and as grey-hatched gaps.
     */
    void showOverview(Sector sector, int regions, SectorOverview cover) {
        // The national regions are not on the map, but the audience should not think the sector lacks them, nor wonder
        // which they are.
        String count = cover.national().isEmpty() ? Messages.t("presenter.regionCount", regions)
                : Messages.t("presenter.regionCountWithout", regions,
                        cover.national().stream().map(Region::displayName).collect(Collectors.joining(", ")));
        String title = Messages.t("presenter.overview." + sector.name());
        show(title, Caption.headingStep(title), count,
                Messages.t("presenter.cover", cover.inSeveralRegions(), cover.uncovered().size()));
    }

    String headingText() {
        return heading.getText();
    }

    private void show(String title, int headingStep, String sub, String introduction) {
        figures.getChildren().clear();
        figures.setManaged(false);
        notes.getChildren().clear();
        notes.setManaged(false);
        intro.setText(introduction == null ? "" : introduction);
        intro.setManaged(introduction != null);
        heading.setText(title);
        fitHeading(headingStep);
        subheading.setText(sub);
    }

    private static Locale locale() {
        return Messages.current().locale();
    }

    /** Long names step down in size ({@code step}, see {@link Caption#headingStep}) rather than break inside a word. */
    private void fitHeading(int step) {
        String text = heading.getText();
        heading.getStyleClass().removeAll("long", "very-long");
        heading.setStyle("");
        switch (step) {
            case 2 -> heading.getStyleClass().add("very-long");
            case 1 -> heading.getStyleClass().add("long");
            default -> { }
        }
        applyCss();
        heading.applyCss();
        double room = getMaxWidth() > 0 ? getMaxWidth() - snappedLeftInset() - snappedRightInset() : Double.MAX_VALUE;
        Font font = heading.getFont();
        double size = headingSize(text, font, room);
        if (size < font.getSize()) {
            heading.setStyle("-fx-font-size: " + size + "px;");
        }
    }

    /**
     * The largest size, at most {@code font}'s, at which no word of {@code text} is wider than
     * {@code room}. JavaFX wraps only at white space and cuts a word that does not fit anywhere, so a
     * hyphenated name ("Zaanstreek-Waterland") counts as one word.
     */
    static double headingSize(String text, Font font, double room) {
        double size = font.getSize();
        Text probe = new Text();
        for (String piece : text.split("\\s+")) {
            probe.setText(piece);
            probe.setFont(font);
            double w = probe.getLayoutBounds().getWidth();
            if (w > room) {
                size = Math.min(size, Math.floor(font.getSize() * room / w));
            }
        }
        return Math.max(12, size);
    }
}
