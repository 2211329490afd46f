package nl.onderwijsregio.atlas.ui.themes;

import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.ui.FocusInView;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * A practice example as a card: title, ABC&amp;S chips and theme, the first lines of our summary;
 * "Lees meer" expands it to the whole text and names the source, saying the summary is in our own words. Used by
 * the detail pane and the theme panel.
 */
public final class CaseCard extends VBox {

    /** Collapsed cards show this many characters, cut at a word. */
    static final int TEASER_LENGTH = 140;

    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded", false);

    /**
     * A line to put above a list of cases for a reader of another language than the cases': without it an English
     * reader finds Dutch titles and summaries under English headings and cannot tell whether that is meant.
     * Null for a reader of the cases' own language.
     */
    public static Label languageNote() {
        if (Messages.current().locale().getLanguage().equals(CaseStory.LANGUAGE.getLanguage())) {
            return null;
        }
        Label note = new Label(Messages.t("detail.cases.language"));
        note.getStyleClass().addAll("detail-note", "cases-language-note");
        note.setWrapText(true);
        return note;
    }

    /**
     * @param themeName   the theme's name for its id
     * @param abcsName    the full name of an ABC&amp;S letter, for the chip's tooltip
     * @param regionName  the region the case belongs to, shown as a link, or null to leave it out
     * @param openRegion  what clicking the region link does, or null
     */
    public CaseCard(CaseStory story, Function<String, String> themeName, Function<AbcsLetter, String> abcsName,
                    String regionName, Runnable openRegion) {
        getStyleClass().add("case-card");
        setId("case-" + story.id());
        Label title = new Label(story.title());
        title.getStyleClass().add("case-title");
        title.setWrapText(true);

        FlowPane tags = new FlowPane(4, 4);
        tags.getStyleClass().add("case-tags");
        for (AbcsLetter letter : story.abcs()) {
            Label chip = new Label(letter.name());
            chip.getStyleClass().addAll("abcs-chip", "abcs-" + letter.name());
            String name = abcsName.apply(letter);
            chip.setTooltip(new Tooltip(name));
            chip.setAccessibleText(name);
            tags.getChildren().add(chip);
        }
        if (story.themeId() != null) {
            Label theme = new Label(Messages.t("detail.case.theme", themeName.apply(story.themeId())));
            theme.getStyleClass().add("case-theme");
            tags.getChildren().add(theme);
        }

        Label text = new Label();
        text.getStyleClass().add("case-text");
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.control.Control.USE_PREF_SIZE);
        // A case without a source gets no source line: a bare "Bron: " would read as if the source had been lost.
        boolean hasSource = story.source() != null && !story.source().isBlank();

        Hyperlink toggle = new Hyperlink();
        toggle.getStyleClass().add("case-toggle");
        toggle.setOnAction(e -> expanded.set(!expanded.get()));
        String teaser = teaser(story.summary());
        boolean expandable = !teaser.equals(story.summary()) || hasSource;
        toggle.setVisible(expandable);
        toggle.setManaged(expandable);
        expanded.addListener((obs, o, open) -> {
            text.setText(open ? story.summary() : teaser);
            nameToggle(toggle, open, story.title());
            if (open) {
                // The text grew under the pane's edge, and with it the link that has the focus.
                FocusInView.reveal(this);
            }
        });
        text.setText(teaser);
        nameToggle(toggle, false, story.title());

        getChildren().addAll(title, tags);
        if (regionName != null) {
            Hyperlink region = new Hyperlink(Messages.t("themes.case.region", regionName));
            region.getStyleClass().add("case-region");
            if (openRegion != null) {
                region.setOnAction(e -> openRegion.run());
            }
            getChildren().add(region);
        }
        getChildren().add(text);
        if (hasSource) {
            getChildren().add(sourceLine(story.source()));
        }
        getChildren().add(toggle);
    }

    /**
     * "Lees meer" or "Minder", and for a screen reader with the title: a list of cards has a "Lees meer" each, which
     * heard one after another must say which practice example they open.
     */
    private static void nameToggle(Hyperlink toggle, boolean open, String title) {
        toggle.setText(Messages.t(open ? "detail.case.less" : "detail.case.more"));
        toggle.setAccessibleText(Messages.t(open ? "detail.case.less.accessible" : "detail.case.more.accessible", title));
    }

    /**
     * "Samenvatting in eigen woorden · bron: …", shown with the whole text: right after the summary a bare "Bron: …"
     * read as if the summary were the publication's words.
     */
    private Label sourceLine(String source) {
        Label line = new Label(Messages.t("detail.case.source", source));
        line.getStyleClass().add("case-source");
        line.setWrapText(true);
        line.visibleProperty().bind(expanded);
        line.managedProperty().bind(expanded);
        return line;
    }

    public BooleanProperty expandedProperty() {
        return expanded;
    }

    /** The start of {@code text}, cut at a word with an ellipsis, or the whole text when it is short. */
    static String teaser(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= TEASER_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', TEASER_LENGTH);
        return text.substring(0, cut > 0 ? cut : TEASER_LENGTH).stripTrailing() + "…";
    }
}
