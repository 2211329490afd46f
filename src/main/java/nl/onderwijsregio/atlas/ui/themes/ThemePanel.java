package nl.onderwijsregio.atlas.ui.themes;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.ui.FocusInView;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The theme panel: ABC&amp;S letters and the publication's themes as toggles; the chosen one shows
 * its introduction and cases, and the map marks its regions. Binds to a {@link ThemesViewModel}.
 */
public final class ThemePanel extends ScrollPane {

    private final ThemesViewModel vm;
    private final Function<AbcsLetter, String> abcsName;
    private final ToggleGroup group = new ToggleGroup();
    private final VBox letters = new VBox(4);
    private final VBox themes = new VBox(4);
    private final Label none = new Label(Messages.t("themes.none"));
    private final Label chosenTitle = new Label();
    private final Label chosenIntro = new Label();
    private final VBox cases = new VBox(8);
    private boolean syncing;

    public ThemePanel(ThemesViewModel vm, Function<AbcsLetter, String> abcsName) {
        this.vm = vm;
        this.abcsName = abcsName;
        setId("theme-panel");
        getStyleClass().add("theme-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label choose = new Label(Messages.t("themes.choose"));
        choose.setWrapText(true);
        choose.getStyleClass().add("detail-note");
        none.setWrapText(true);
        none.getStyleClass().add("detail-note");
        Label lettersTitle = new Label(Messages.t("themes.abcs"));
        lettersTitle.getStyleClass().add("detail-section-title");
        Label initials = new Label(Messages.t("themes.abcs.initials"));
        initials.setId("abcs-initials");
        initials.setWrapText(true);
        initials.getStyleClass().add("detail-note");
        initials.visibleProperty().bind(vm.lettersNamedOtherwiseProperty());
        initials.managedProperty().bind(initials.visibleProperty());
        Label themesTitle = new Label(Messages.t("themes.themes"));
        themesTitle.getStyleClass().add("detail-section-title");

        chosenTitle.getStyleClass().add("theme-title");
        chosenTitle.setWrapText(true);
        chosenIntro.getStyleClass().add("theme-intro");
        chosenIntro.setWrapText(true);
        Label introNote = new Label();
        introNote.setId("theme-intro-source");
        introNote.setWrapText(true);
        introNote.getStyleClass().add("case-source");
        introNote.textProperty().bind(vm.introductionNoteProperty());
        introNote.visibleProperty().bind(vm.introductionNoteProperty().isNotEmpty());
        introNote.managedProperty().bind(introNote.visibleProperty());
        Label highlight = new Label();
        highlight.setId("theme-highlight");
        highlight.setWrapText(true);
        highlight.getStyleClass().add("detail-note");
        highlight.textProperty().bind(vm.highlightTextProperty());
        Button clear = new Button(Messages.t("themes.clear"));
        clear.setId("theme-clear");
        clear.setOnAction(e -> vm.clear());
        VBox chosen = new VBox(6, chosenTitle, chosenIntro, introNote, highlight, clear, cases);
        chosen.getStyleClass().add("theme-chosen");
        chosen.visibleProperty().bind(vm.chosenProperty().isNotNull());
        chosen.managedProperty().bind(chosen.visibleProperty());

        VBox content = new VBox(10, choose, none, lettersTitle, initials, letters, themesTitle, themes, chosen);
        content.setPadding(new Insets(14, 16, 18, 16));
        setContent(content);
        FocusInView.install(this);
        // Tab goes from the chosen theme to this button: the introduction above it is read with it.
        FocusInView.showWith(clear, chosenTitle, chosenIntro, introNote, highlight);

        group.selectedToggleProperty().addListener((obs, o, t) -> {
            if (!syncing) {
                vm.choose(t == null ? null : (String) t.getUserData());
                if (t != null) {
                    // The theme's introduction opens below the list: a theme chosen near its end would have it, and
                    // the button that clears the marks, out of sight. Once laid out, scrolled up into view.
                    Platform.runLater(() -> FocusInView.reveal(clear));
                }
            }
        });
        vm.letters().addListener((ListChangeListener<ThemesViewModel.Entry>) c -> rebuildToggles());
        vm.themes().addListener((ListChangeListener<ThemesViewModel.Entry>) c -> rebuildToggles());
        vm.chosenProperty().addListener((obs, o, e) -> showChosen(e));
        vm.cases().addListener((ListChangeListener<ThemesViewModel.CaseItem>) c -> rebuildCases());
        rebuildToggles();
    }

    private void rebuildToggles() {
        syncing = true;
        try {
            letters.getChildren().clear();
            themes.getChildren().clear();
            group.getToggles().clear();
            for (ThemesViewModel.Entry e : vm.letters()) {
                ToggleButton b = toggle(e);
                Label chip = new Label(e.id());
                chip.getStyleClass().addAll("abcs-chip", "abcs-" + e.id());
                b.setGraphic(chip);
                b.setTooltip(new Tooltip(abcsName.apply(AbcsLetter.valueOf(e.id()))));
                b.setMaxWidth(Double.MAX_VALUE);
                b.getStyleClass().add("theme-toggle");
                letters.getChildren().add(b);
            }
            for (ThemesViewModel.Entry e : vm.themes()) {
                ToggleButton b = toggle(e);
                b.setMaxWidth(Double.MAX_VALUE);
                b.getStyleClass().add("theme-toggle");
                themes.getChildren().add(b);
            }
            boolean nothing = vm.themes().isEmpty() && vm.letters().stream().allMatch(e -> e.caseCount() == 0);
            none.setVisible(nothing);
            none.setManaged(nothing);
        } finally {
            syncing = false;
        }
        showChosen(vm.chosenProperty().get());
    }

    private ToggleButton toggle(ThemesViewModel.Entry e) {
        ToggleButton b = new ToggleButton(Messages.t("themes.entry", e.name(), e.caseCount()));
        b.setId("theme-" + e.id());
        b.setUserData(e.id());
        b.setToggleGroup(group);
        b.setAccessibleText(Messages.t("themes.entry.spoken", e.name(), Messages.t("themes.cases", e.caseCount())));
        return b;
    }

    private void showChosen(ThemesViewModel.Entry e) {
        syncing = true;
        try {
            group.getToggles().forEach(t -> t.setSelected(e != null && e.id().equals(t.getUserData())));
        } finally {
            syncing = false;
        }
        chosenTitle.setText(e == null ? "" : e.letter() ? Messages.t("themes.letter", e.id(), e.name()) : e.name());
        chosenIntro.setText(e == null ? "" : e.introduction());
        chosenIntro.setVisible(e != null && !e.introduction().isBlank());
        chosenIntro.setManaged(chosenIntro.isVisible());
    }

    private void rebuildCases() {
        cases.getChildren().clear();
        Label language = CaseCard.languageNote();
        if (language != null && !vm.cases().isEmpty()) {
            cases.getChildren().add(language);
        }
        for (ThemesViewModel.CaseItem c : vm.cases()) {
            cases.getChildren().add(new CaseCard(c.story(), vm::themeName, abcsName, c.regionName(),
                    () -> vm.openRegion(c.regionId())));
        }
    }
}
